package vn.i4impact.portal.review.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import vn.i4impact.portal.nomination.AnswerRules;

/** What goes into one exported cell, made safe for spreadsheets (used by both the .xlsx and the .csv). */
final class Cells {

	/** Excel's limit for the text of one cell. */
	static final int MAX_TEXT = 32_767;

	private Cells() {
	}

	/**
	 * Text as a cell may hold it: characters XML 1.0 forbids are dropped and overlong text is cut; otherwise exactly as
	 * typed. Right for .xlsx, where text is written as a string cell that no spreadsheet runs as a formula.
	 */
	static String text(String raw) {
		if (raw == null || raw.isEmpty()) {
			return "";
		}
		// one character of room for csvText's apostrophe
		StringBuilder b = new StringBuilder(Math.min(raw.length(), MAX_TEXT) + 1);
		for (int i = 0; i < raw.length() && b.length() < MAX_TEXT - 1; i++) {
			char c = raw.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < raw.length() && Character.isLowSurrogate(raw.charAt(i + 1))) {
				b.append(c).append(raw.charAt(++i));
			}
			else if (c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE)) {
				b.append(c);
			}
		}
		return b.toString();
	}

	/**
	 * {@link #text} for a CSV field: a CSV cell has no type, so a spreadsheet opening it runs text that looks like a
	 * formula ({@code = + - @}, or a tab or carriage return first); such text gets a leading apostrophe (OWASP's
	 * advice against CSV injection).
	 */
	static String csvText(String raw) {
		String text = text(raw);
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
	}

	/**
	 * A whole number the form would accept (plain digits, at most 15 of them, which a spreadsheet keeps exactly);
	 * null for anything else, which the export then writes as the text typed.
	 */
	static Long integer(String raw) {
		return AnswerRules.plainInteger(raw).orElse(null);
	}

	/**
	 * A number the form would accept (plain notation, comma or point, at most 15 digits before and 6 after); null for
	 * anything else (an exponent, NaN, a draft's leftovers), which the export then writes as the text typed. Never
	 * throws: "1e999999999" once became a number no spreadsheet can hold and a plain string of a billion digits.
	 */
	static BigDecimal decimal(String raw) {
		return AnswerRules.plainDecimal(raw).orElse(null);
	}

	static LocalDate date(String raw) {
		try {
			return LocalDate.parse(raw.strip());
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
