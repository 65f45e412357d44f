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
