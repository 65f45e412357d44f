package vn.i4impact.portal.shared;

import java.util.Locale;

/** Picks the English text for English readers when there is one; Vietnamese is the program's language of record. */
public final class Localized {

	public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private Localized() {
	}

	public static boolean isEnglish(Locale locale) {
		return locale != null && "en".equals(locale.getLanguage());
	}

	public static String pick(Locale locale, String vi, String en) {
		return isEnglish(locale) && en != null && !en.isBlank() ? en : vi;
	}

}
