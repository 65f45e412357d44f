package vn.i4impact.portal.nomination.web;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.nomination.internal.Unit;
import vn.i4impact.portal.shared.UnitType;

/** The unit profile as typed; {@code version} is the one the form was opened with, to detect concurrent saves. */
public class UnitProfileForm {

	private long version;

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String name;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nameEn;

	@NotNull(message = "{field.required}")
	private UnitType unitType;

	@NotBlank(message = "{field.required}")
	private String provinceCode;

	@Size(max = 500, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String address;

	@Size(max = 20, message = "{field.tooLong}")
	private String taxCode;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "^$|^(https?://)?[^\\s<>\"]+\\.[^\\s<>\"]+$", message = "{field.url}")
	private String website;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String legalRepName;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String legalRepPosition;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String contactName;

	@Size(max = 30, message = "{field.tooLong}")
	private String contactPhone;

	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String contactEmail;

	static UnitProfileForm of(Unit unit) {
		Unit.Profile p = unit.profile();
		UnitProfileForm f = new UnitProfileForm();
		f.version = unit.getVersion();
		f.name = p.name();
		f.nameEn = p.nameEn();
		f.unitType = p.unitType();
		f.provinceCode = p.provinceCode();
		f.address = p.address();
		f.taxCode = p.taxCode();
		f.website = p.website();
		f.legalRepName = p.legalRepName();
		f.legalRepPosition = p.legalRepPosition();
		f.contactName = p.contactName();
		f.contactPhone = p.contactPhone();
		f.contactEmail = p.contactEmail();
		return f;
	}

	/** A field whose saved value differs from what was typed: its label key and the saved value. */
	public record Difference(String labelKey, String saved) {
	}

	/** What {@code saved} holds that differs from this form, field by field, for the conflict message. */
	List<Difference> differencesFrom(UnitProfileForm saved) {
		var out = new ArrayList<Difference>();
		compare(out, "unit.name", name, saved.name);
		compare(out, "unit.nameEn", nameEn, saved.nameEn);
		compare(out, "register.unitType", unitType == null ? null : unitType.name(), saved.unitType == null ? null : saved.unitType.name());
		compare(out, "register.province", provinceCode, saved.provinceCode);
		compare(out, "unit.address", address, saved.address);
		compare(out, "register.taxCode", taxCode, saved.taxCode);
		compare(out, "unit.website", website, saved.website);
		compare(out, "unit.legalRepName", legalRepName, saved.legalRepName);
		compare(out, "unit.legalRepPosition", legalRepPosition, saved.legalRepPosition);
		compare(out, "unit.contactName", contactName, saved.contactName);
		compare(out, "unit.contactPhone", contactPhone, saved.contactPhone);
		compare(out, "unit.contactEmail", contactEmail, saved.contactEmail);
		return out;
	}

	private static void compare(List<Difference> out, String key, String typed, String saved) {
		String a = typed == null ? "" : typed.strip();
		String b = saved == null ? "" : saved.strip();
		if (!a.equals(b)) {
			out.add(new Difference(key, b));
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getNameEn() {
		return nameEn;
	}

	public void setNameEn(String nameEn) {
		this.nameEn = nameEn;
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

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public String getWebsite() {
		return website;
	}

	public void setWebsite(String website) {
		this.website = website;
	}

	public String getLegalRepName() {
		return legalRepName;
	}

	public void setLegalRepName(String legalRepName) {
		this.legalRepName = legalRepName;
	}

	public String getLegalRepPosition() {
		return legalRepPosition;
	}

	public void setLegalRepPosition(String legalRepPosition) {
		this.legalRepPosition = legalRepPosition;
	}

	public String getContactName() {
		return contactName;
	}

	public void setContactName(String contactName) {
		this.contactName = contactName;
	}

	public String getContactPhone() {
		return contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public String getContactEmail() {
		return contactEmail;
	}

	public void setContactEmail(String contactEmail) {
		this.contactEmail = contactEmail;
	}

}
