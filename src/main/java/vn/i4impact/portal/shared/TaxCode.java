package vn.i4impact.portal.shared;

import java.util.regex.Pattern;

/**
 * Vietnamese enterprise tax code (mã số thuế): ten digits, the tenth a check digit, optionally followed by "-" and
 * three digits for a dependent unit. The check digit is 10 - (weighted sum of the first nine digits mod 11).
 */
public final class TaxCode {

	private static final Pattern FORMAT = Pattern.compile("\\d{10}(-\\d{3})?");

	private static final int[] WEIGHTS = { 31, 29, 23, 19, 17, 13, 7, 5, 3 };

	private TaxCode() {
	}

	/** Removes spaces and dots people type between digit groups. */
	public static String normalize(String raw) {
		return raw == null ? null : raw.replaceAll("[\\s.]", "");
	}

	public static boolean isValid(String raw) {
		String code = normalize(raw);
		if (code == null || !FORMAT.matcher(code).matches()) {
			return false;
		}
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += WEIGHTS[i] * (code.charAt(i) - '0');
		}
		int check = 10 - (sum % 11);
		return check < 10 && check == code.charAt(9) - '0';
	}

}
