package vn.i4impact.portal.shared;

import java.util.Locale;

/** One of the 34 provinces and centrally-run cities in force since 1 July 2025. */
public record Province(String code, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

}
