package vn.i4impact.portal.program.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.StructureAdministration.AwardData;
import vn.i4impact.portal.shared.UnitType;

/** An award (hạng mục con) and who may be nominated for it. */
public class AwardForm {

	@NotNull(message = "{field.required}")
	private Long categoryId;

	@NotBlank(message = "{field.required}")
	@Size(max = 20, message = "{field.tooLong}")
	@Pattern(regexp = "[0-9A-Za-z.\\-]*", message = "{admin.codeChars}")
	private String code;

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nameVi;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nameEn;

	@Size(max = 500, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String summaryVi;

	@Size(max = 500, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String summaryEn;

	@Size(max = 8000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String descriptionVi;

	@Size(max = 8000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String descriptionEn;

	@Min(value = 0, message = "{admin.award.plannedMin}")
	@Max(value = 10000, message = "{admin.award.plannedMin}")
	private Integer plannedHonourees;

	private Set<UnitType> nomineeTypes = EnumSet.noneOf(UnitType.class);

	private long version;

	/** A new award, in the category given (if any). */
	static AwardForm inCategory(Long categoryId) {
		AwardForm form = new AwardForm();
		form.categoryId = categoryId;
		return form;
	}

	/** The form filled with a stored award, for editing. */
	static AwardForm of(Award a) {
		AwardForm form = inCategory(a.getCategory().getId());
		form.code = a.getCode();
		form.nameVi = a.getNameVi();
		form.nameEn = a.getNameEn();
		form.summaryVi = a.getSummaryVi();
		form.summaryEn = a.getSummaryEn();
		form.descriptionVi = a.getDescriptionVi();
		form.descriptionEn = a.getDescriptionEn();
		form.plannedHonourees = a.getPlannedHonourees();
		form.nomineeTypes = a.getNomineeTypes();
		form.version = a.getVersion();
		return form;
	}

	AwardData toData() {
		return new AwardData(categoryId, code, nameVi, nameEn, summaryVi, summaryEn, descriptionVi, descriptionEn,
				plannedHonourees, nomineeTypes == null || nomineeTypes.isEmpty() ? EnumSet.noneOf(UnitType.class)
						: EnumSet.copyOf(nomineeTypes));
	}

	public Long getCategoryId() {
		return categoryId;
	}

	public void setCategoryId(Long categoryId) {
		this.categoryId = categoryId;
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getNameVi() {
		return nameVi;
	}

	public void setNameVi(String nameVi) {
		this.nameVi = nameVi;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
	}

	public String getSummaryVi() {
		return summaryVi;
	}

	public void setSummaryVi(String summaryVi) {
		this.summaryVi = summaryVi;
	}

	public String getSummaryEn() {
		return summaryEn;
	}

	public void setSummaryEn(String summaryEn) {
		this.summaryEn = summaryEn;
	}

	public String getDescriptionVi() {
		return descriptionVi;
	}

	public void setDescriptionVi(String descriptionVi) {
		this.descriptionVi = descriptionVi;
	}

	public String getDescriptionEn() {
		return descriptionEn;
	}

	public void setDescriptionEn(String descriptionEn) {
		this.descriptionEn = descriptionEn;
	}

	public Integer getPlannedHonourees() {
		return plannedHonourees;
	}

	public void setPlannedHonourees(Integer plannedHonourees) {
		this.plannedHonourees = plannedHonourees;
	}

	public Set<UnitType> getNomineeTypes() {
		return nomineeTypes;
	}

	public void setNomineeTypes(Set<UnitType> nomineeTypes) {
		this.nomineeTypes = nomineeTypes;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
