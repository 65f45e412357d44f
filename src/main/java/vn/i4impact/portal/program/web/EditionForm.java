package vn.i4impact.portal.program.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration.EditionData;

/** What the committee types about an edition. Plain text only: the introduction is split into paragraphs on blank lines. */
public class EditionForm {

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

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String honourVi;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String honourEn;

	@NotBlank(message = "{field.required}")
	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String organiserVi;

	@Size(max = 4000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String organiserEn;

	@Size(max = 20000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String introVi;

	@Size(max = 20000, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String introEn;

	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String contactEmail;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String contactPhone;

	private long version;

	/** The form filled with a stored edition, for editing. */
	static EditionForm of(Edition e) {
		EditionForm form = new EditionForm();
		form.code = e.getCode();
		form.year = e.getYear();
		form.nameVi = e.getNameVi();
		form.nameEn = e.getNameEn();
		form.shortName = e.getShortName();
		form.honourVi = e.getHonourVi();
		form.honourEn = e.getHonourEn();
		form.organiserVi = e.getOrganiserVi();
		form.organiserEn = e.getOrganiserEn();
		form.introVi = e.getIntroVi();
		form.introEn = e.getIntroEn();
		form.contactEmail = e.getContactEmail();
		form.contactPhone = e.getContactPhone();
		form.version = e.getVersion();
		return form;
	}

	EditionData toData() {
		return new EditionData(year, nameVi, nameEn, shortName, honourVi, honourEn, organiserVi, organiserEn, introVi,
				introEn, contactEmail, contactPhone);
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

	public String getHonourVi() {
		return honourVi;
	}

	public void setHonourVi(String honourVi) {
		this.honourVi = honourVi;
	}

	public String getHonourEn() {
		return honourEn;
	}

	public void setHonourEn(String honourEn) {
		this.honourEn = honourEn;
	}

	public String getOrganiserVi() {
		return organiserVi;
	}

	public void setOrganiserVi(String organiserVi) {
		this.organiserVi = organiserVi;
	}

	public String getOrganiserEn() {
		return organiserEn;
	}

	public void setOrganiserEn(String organiserEn) {
		this.organiserEn = organiserEn;
	}

	public String getIntroVi() {
		return introVi;
	}

	public void setIntroVi(String introVi) {
		this.introVi = introVi;
	}

	public String getIntroEn() {
		return introEn;
	}

	public void setIntroEn(String introEn) {
		this.introEn = introEn;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}
}
