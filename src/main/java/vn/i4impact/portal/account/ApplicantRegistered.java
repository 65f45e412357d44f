package vn.i4impact.portal.account;

import vn.i4impact.portal.shared.UnitType;

/**
 * A unit's account holder registered. Published inside the registration transaction so the unit is created with
 * the account or not at all.
 */
public record ApplicantRegistered(long userId, String unitName, UnitType unitType, String provinceCode,
		String taxCode) {
}
