package vn.i4impact.portal.program.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.program.internal.Category;
import vn.i4impact.portal.program.internal.StructureAdministration.CategoryData;

/** A category of awards. */
public class CategoryForm {

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

	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String descriptionVi;

	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String descriptionEn;

	private long version;

	/** The form filled with a stored category, for editing. */
	static CategoryForm of(Category c) {
		CategoryForm form = new CategoryForm();
		form.code = c.getCode();
		form.nameVi = c.getNameVi();
		form.nameEn = c.getNameEn();
		form.descriptionVi = c.getDescriptionVi();
		form.descriptionEn = c.getDescriptionEn();
		form.version = c.getVersion();
		return form;
	}

	CategoryData toData() {
		return new CategoryData(code, nameVi, nameEn, descriptionVi, descriptionEn);
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

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
