package vn.i4impact.portal.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.shared.UnitType;

/** What a unit types to register. Cross-field rules (passwords match, tax code) are checked in the controller. */
public class RegistrationForm {

	@NotBlank(message = "{field.required}")
	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String email;

	@NotBlank(message = "{field.required}")
	private String password;

	@NotBlank(message = "{field.required}")
	private String passwordConfirm;

	@NotBlank(message = "{field.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String fullName;

	@NotBlank(message = "{field.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String position;

	@NotBlank(message = "{field.required}")
	@Size(max = 30, message = "{field.tooLong}")
	private String phone;

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String unitName;

	@NotNull(message = "{field.required}")
	private UnitType unitType;

	@NotBlank(message = "{field.required}")
	private String provinceCode;

	@Size(max = 20, message = "{field.tooLong}")
	private String taxCode;

	@AssertTrue(message = "{register.consent.required}")
	private boolean consent;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordConfirm() {
		return passwordConfirm;
	}

	public void setPasswordConfirm(String passwordConfirm) {
		this.passwordConfirm = passwordConfirm;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getUnitName() {
		return unitName;
	}

	public void setUnitName(String unitName) {
		this.unitName = unitName;
	}

	public UnitType getUnitType() {
		return unitType;
	}

	public void setUnitType(UnitType unitType) {
		this.unitType = unitType;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public void setProvinceCode(String provinceCode) {
		this.provinceCode = provinceCode;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
