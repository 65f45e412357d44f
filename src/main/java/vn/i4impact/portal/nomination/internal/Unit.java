package vn.i4impact.portal.nomination.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.UnitType;

/** The applicant organisation (đơn vị). */
@Entity
@Table(name = "unit")
public class Unit extends BaseEntity {

	private String name;

	@Enumerated(EnumType.STRING)
	private UnitType unitType;

	private String provinceCode;

	private String taxCode;

	private Instant createdAt;

	private String nameEn;

	private String address;

	private String website;

	private String legalRepName;

	private String legalRepPosition;

	private String contactName;

	private String contactPhone;

	private String contactEmail;

	private Instant updatedAt;

	protected Unit() {
	}

	Unit(String name, UnitType unitType, String provinceCode, String taxCode, Instant now) {
		this.name = name;
		this.unitType = unitType;
		this.provinceCode = provinceCode;
		this.taxCode = taxCode;
		this.createdAt = now;
	}

	/** The profile as the unit's account holder edits it; the caller has validated and normalised the values. */
	public record Profile(String name, String nameEn, UnitType unitType, String provinceCode, String address,
			String taxCode, String website, String legalRepName, String legalRepPosition, String contactName,
			String contactPhone, String contactEmail) {
	}

	void update(Profile p, Instant now) {
		this.name = p.name();
		this.nameEn = blankToNull(p.nameEn());
		this.unitType = p.unitType();
		this.provinceCode = p.provinceCode();
		this.address = blankToNull(p.address());
		this.taxCode = blankToNull(p.taxCode());
		this.website = blankToNull(p.website());
		this.legalRepName = blankToNull(p.legalRepName());
		this.legalRepPosition = blankToNull(p.legalRepPosition());
		this.contactName = blankToNull(p.contactName());
		this.contactPhone = blankToNull(p.contactPhone());
		this.contactEmail = blankToNull(p.contactEmail());
		this.updatedAt = now;
	}

	public Profile profile() {
		return new Profile(name, nameEn, unitType, provinceCode, address, taxCode, website, legalRepName,
				legalRepPosition, contactName, contactPhone, contactEmail);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public String getName() {
		return name;
	}

	public UnitType getUnitType() {
		return unitType;
	}

	public String getProvinceCode() {
		return provinceCode;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
