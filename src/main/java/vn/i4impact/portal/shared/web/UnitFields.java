package vn.i4impact.portal.shared.web;

import org.springframework.validation.BindingResult;

import vn.i4impact.portal.shared.PhoneNumber;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.TaxCode;
import vn.i4impact.portal.shared.UnitType;

/** Checks shared by every form that describes a unit (registration, unit profile): tax code, phone, province. */
public final class UnitFields {

	private UnitFields() {
	}

	/**
	 * Enterprises must give a tax code; anyone who gives one must give a valid one.
	 * @return the normalised tax code, or null when none was given
	 */
	public static String taxCode(BindingResult result, String field, String raw, UnitType type) {
		String code = TaxCode.normalize(raw);
		if (code != null && !code.isEmpty() && !TaxCode.isValid(code)) {
			result.rejectValue(field, "field.taxCode", "field.taxCode");
		}
		else if ((code == null || code.isEmpty()) && type != null && type.requiresTaxCode()) {
			result.rejectValue(field, "field.taxCodeRequired", "field.taxCodeRequired");
		}
		return code == null || code.isEmpty() ? null : code;
	}

	/** An optional phone number, checked when given. */
	public static void phone(BindingResult result, String field, String raw) {
		if (raw != null && !raw.isBlank() && !PhoneNumber.isValid(raw)) {
			result.rejectValue(field, "field.phone", "field.phone");
		}
	}

	/** A province code that is not one of the 34 is treated as not chosen. */
	public static void province(BindingResult result, String field, String code, Provinces provinces) {
		if (code != null && !code.isBlank() && provinces.find(code).isEmpty()) {
			result.rejectValue(field, "field.required", "field.required");
		}
	}

}
