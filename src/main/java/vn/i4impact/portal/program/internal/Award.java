package vn.i4impact.portal.program.internal;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.UnitType;

/** A sub-award (giải thưởng), such as 2.3 I4 AI For Life Award, and who may be nominated for it. */
@Entity
@Table(name = "award")
public class Award extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "category_id")
	private Category category;

	private String code;

	private String nameVi;

	private String nameEn;

	private String summaryVi;

	private String summaryEn;

	private String descriptionVi;

	private String descriptionEn;

	private int sortOrder;

	private Integer plannedHonourees;

	private boolean hidden;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "award_nominee_type", joinColumns = @JoinColumn(name = "award_id"))
	@Column(name = "nominee_type")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 50)
	private Set<UnitType> nomineeTypes = EnumSet.noneOf(UnitType.class);

	protected Award() {
	}

	public Award(Edition edition, Category category, String code, int sortOrder) {
		this.edition = edition;
		this.category = category;
		this.code = code;
		this.sortOrder = sortOrder;
	}

	public void describe(Category category, String code, String nameVi, String nameEn, String summaryVi,
			String summaryEn, String descriptionVi, String descriptionEn, Integer plannedHonourees,
			Set<UnitType> nomineeTypes) {
		this.category = category;
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.summaryVi = summaryVi;
		this.summaryEn = summaryEn;
		this.descriptionVi = descriptionVi;
		this.descriptionEn = descriptionEn;
		this.plannedHonourees = plannedHonourees;
		this.nomineeTypes.clear();
		this.nomineeTypes.addAll(nomineeTypes);
	}

	/** Hidden awards stay in the edition (and in nominations already made) but take no new nominations. */
	public void setHidden(boolean hidden) {
		this.hidden = hidden;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
	}

	public String getSummaryVi() {
		return summaryVi;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public String getDescriptionVi() {
		return descriptionVi;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public boolean isEnglishMissing() {
		return nameEn == null || nameEn.isBlank();
	}

	public Edition getEdition() {
		return edition;
	}

	public Category getCategory() {
		return category;
	}

	public String getCode() {
		return code;
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

	public String summary(Locale locale) {
		return Localized.pick(locale, summaryVi, summaryEn);
	}

	public String description(Locale locale) {
		return Localized.pick(locale, descriptionVi, descriptionEn);
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public Integer getPlannedHonourees() {
		return plannedHonourees;
	}

	public boolean isHidden() {
		return hidden;
	}

	/** Nominee types in the order of the enum, so pages list them consistently. */
	public Set<UnitType> getNomineeTypes() {
		return nomineeTypes.isEmpty() ? EnumSet.noneOf(UnitType.class) : EnumSet.copyOf(nomineeTypes);
	}

	public boolean acceptsPeople() {
		return nomineeTypes.contains(UnitType.INDIVIDUAL);
	}

}
