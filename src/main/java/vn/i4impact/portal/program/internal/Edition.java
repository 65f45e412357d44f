package vn.i4impact.portal.program.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.program.Timeline;
import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.Localized;

/** One year of a program, with its categories, awards and timeline. */
@Entity
@Table(name = "edition")
public class Edition extends BaseEntity {

	private String code;

	private int year;

	private String nameVi;

	private String nameEn;

	private String shortName;

	private String honourVi;

	private String honourEn;

	private String organiserVi;

	private String organiserEn;

	private String introVi;

	private String introEn;

	private String contactEmail;

	private String contactPhone;

	@Enumerated(EnumType.STRING)
	private EditionStatus status;

	@Column(name = "is_current")
	private boolean current;

	@Column(name = "is_demo")
	private boolean demo;

	private Instant createdAt;

	@OneToMany(mappedBy = "edition")
	@OrderBy("startsAt, id")
	private List<EditionPhase> phases = new ArrayList<>();

	protected Edition() {
	}

	public Edition(String code, int year) {
		this.code = code;
		this.year = year;
		this.status = EditionStatus.DRAFT;
		this.createdAt = Instant.now();
	}

	/** The descriptive fields the committee edits; code, status and "current" change only through their own methods. */
	public void describe(int year, String nameVi, String nameEn, String shortName, String honourVi, String honourEn,
			String organiserVi, String organiserEn, String introVi, String introEn, String contactEmail,
			String contactPhone) {
		this.year = year;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.shortName = shortName;
		this.honourVi = honourVi;
		this.honourEn = honourEn;
		this.organiserVi = organiserVi;
		this.organiserEn = organiserEn;
		this.introVi = introVi;
		this.introEn = introEn;
		this.contactEmail = contactEmail;
		this.contactPhone = contactPhone;
	}

	/** Moves the edition one step through its life; anything else is a programming or stale-page error. */
	public void moveTo(EditionStatus target) {
		if (!status.canMoveTo(target)) {
			throw new IllegalStateException("edition " + code + " cannot move from " + status + " to " + target);
		}
		if (target == EditionStatus.DRAFT && current) {
			throw new IllegalStateException("the current edition cannot go back to draft");
		}
		this.status = target;
	}

	public String getCode() {
		return code;
	}

	public int getYear() {
		return year;
	}

	public String getNameVi() {
		return nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

	public String getShortName() {
		return shortName;
	}

	public String honour(Locale locale) {
		return Localized.pick(locale, honourVi, honourEn);
	}

	public String organiser(Locale locale) {
		return Localized.pick(locale, organiserVi, organiserEn);
	}

	public String intro(Locale locale) {
		return Localized.pick(locale, introVi, introEn);
	}

	/** The introduction as paragraphs, so templates never need raw HTML. */
	public List<String> introParagraphs(Locale locale) {
		String text = intro(locale);
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return List.of(text.split("\\R\\s*\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	public String getHonourVi() {
		return honourVi;
	}

	public String getHonourEn() {
		return honourEn;
	}

	public String getOrganiserVi() {
		return organiserVi;
	}

	public String getOrganiserEn() {
		return organiserEn;
	}

	public String getIntroVi() {
		return introVi;
	}

	public String getIntroEn() {
		return introEn;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public EditionStatus getStatus() {
		return status;
	}

	public boolean isCurrent() {
		return current;
	}

	public boolean isDemo() {
		return demo;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public List<EditionPhase> getPhases() {
		return phases;
	}

	public Timeline timeline() {
		return new Timeline(phases.stream().map(EditionPhase::toEntry).toList());
	}

}
