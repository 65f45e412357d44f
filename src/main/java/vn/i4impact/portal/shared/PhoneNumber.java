package vn.i4impact.portal.shared;

import java.util.regex.Pattern;

/** Vietnamese phone numbers as people write them: 0912 345 678, 0912.345.678, +84 912 345 678, (024) 3822 1234. */
public final class PhoneNumber {

	private static final Pattern NATIONAL = Pattern.compile("0\\d{9,10}");

	private PhoneNumber() {
	}

	public static String normalize(String raw) {
		if (raw == null) {
			return null;
		}
		String digits = raw.replaceAll("[\\s.()\\-]", "");
		if (digits.startsWith("+84")) {
			digits = "0" + digits.substring(3);
		}
		else if (digits.startsWith("84") && digits.length() >= 11) {
			digits = "0" + digits.substring(2);
		}
		return digits;
	}

	public static boolean isValid(String raw) {
		String n = normalize(raw);
		return n != null && NATIONAL.matcher(n).matches();
	}

}
