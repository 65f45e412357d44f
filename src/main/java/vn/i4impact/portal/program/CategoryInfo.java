package vn.i4impact.portal.program;

import java.util.Locale;

import vn.i4impact.portal.shared.Localized;

/** A category (hạng mục) of an edition as other modules see it; its awards carry its code. */
public record CategoryInfo(long id, long editionId, String code, String nameVi, String nameEn) {

	public String name(Locale locale) {
		return Localized.pick(locale, nameVi, nameEn);
	}

}
