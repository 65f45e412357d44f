package vn.i4impact.portal.nomination;

/**
 * The code a submitted dossier is known by, e.g. {@code I4IA-2026-2.3-0017}: program, year, award, and a number
 * counted per award.
 */
public record ReferenceCode(String prefix, int year, String awardCode, int number) {

	public static final String DEFAULT_PREFIX = "I4IA";

	public ReferenceCode {
		if (number < 1 || number > 9999) {
			throw new IllegalArgumentException("number out of range: " + number);
		}
		if (!awardCode.matches("[0-9A-Za-z.]{1,20}")) {
			throw new IllegalArgumentException("award code: " + awardCode);
		}
	}

	@Override
	public String toString() {
		return "%s-%d-%s-%04d".formatted(prefix, year, awardCode, number);
	}

}
