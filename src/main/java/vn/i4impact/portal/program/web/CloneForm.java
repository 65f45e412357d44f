package vn.i4impact.portal.program.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.program.EditionCloning;

/** The new edition to start from an existing one; dates move by the offset. */
public class CloneForm {

	@NotBlank(message = "{field.required}")
	@Size(max = 60, message = "{field.tooLong}")
	@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "{admin.edition.codePattern}")
	private String code;

	@NotNull(message = "{field.required}")
	@Min(value = 2000, message = "{admin.edition.yearRange}")
	@Max(value = 2100, message = "{admin.edition.yearRange}")
	private Integer year;

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nameVi;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nameEn;

	@NotBlank(message = "{field.required}")
	@Size(max = 100, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String shortName;

	@NotNull(message = "{field.required}")
	@Min(value = -3660, message = "{admin.clone.offsetRange}")
	@Max(value = 3660, message = "{admin.clone.offsetRange}")
	private Integer offsetDays = 365;

	/** The new edition as the program module takes it; the copy is never a demo. */
	EditionCloning.NewEdition toNewEdition() {
		return new EditionCloning.NewEdition(code, year, nameVi, nameEn, shortName, false);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public Integer getYear() {
		return year;
	}

	public void setYear(Integer year) {
		this.year = year;
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

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public Integer getOffsetDays() {
		return offsetDays;
	}

	public void setOffsetDays(Integer offsetDays) {
		this.offsetDays = offsetDays;
	}
}
