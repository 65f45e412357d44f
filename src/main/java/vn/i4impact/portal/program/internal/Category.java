package vn.i4impact.portal.program.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.Localized;

@Entity
@Table(name = "category")
public class Category extends BaseEntity {

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "edition_id")
	private Edition edition;

	private String code;

	private String nameVi;

	private String nameEn;

	private String descriptionVi;

	private String descriptionEn;

	private int sortOrder;

	@OneToMany(mappedBy = "category")
	@OrderBy("sortOrder, id")
	private List<Award> awards = new ArrayList<>();

	protected Category() {
	}

	public Category(Edition edition, String code, int sortOrder) {
		this.edition = edition;
		this.code = code;
		this.sortOrder = sortOrder;
	}

	public void describe(String code, String nameVi, String nameEn, String descriptionVi, String descriptionEn) {
		this.code = code;
		this.nameVi = nameVi;
		this.nameEn = nameEn;
		this.descriptionVi = descriptionVi;
		this.descriptionEn = descriptionEn;
	}

	public void setSortOrder(int sortOrder) {
		this.sortOrder = sortOrder;
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

	public String description(Locale locale) {
		return Localized.pick(locale, descriptionVi, descriptionEn);
	}

	public int getSortOrder() {
		return sortOrder;
	}

	public List<Award> getAwards() {
		return awards;
	}

	/** Archive editions without sub-awards carry one award named like its category; it is then shown once. */
	public boolean isSingleAward() {
		return awards.size() == 1 && awards.get(0).getNameVi().equals(nameVi);
	}

}
