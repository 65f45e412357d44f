package vn.i4impact.portal.shared;

import java.util.Locale;

/**
 * A text the program keeps in Vietnamese (the language of record) and, optionally, English: the one value for every
 * such pair a screen shows, so the choice of language is made in one place ({@link Localized#pick}).
 */
public record LocalizedText(String vi, String en) {

	public static LocalizedText of(String vi, String en) {
		return new LocalizedText(vi, en);
	}

	/** The text for a reader of {@code locale}: English when the reader reads English and there is one. */
	public String in(Locale locale) {
		return Localized.pick(locale, vi, en);
	}

	@Override
	public String toString() {
		return vi;
	}

}
