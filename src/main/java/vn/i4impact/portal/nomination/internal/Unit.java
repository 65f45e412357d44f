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

	protected Unit() {
	}

	Unit(String name, UnitType unitType, String provinceCode, String taxCode, Instant now) {
		this.name = name;
		this.unitType = unitType;
		this.provinceCode = provinceCode;
		this.taxCode = taxCode;
		this.createdAt = now;
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
