package vn.i4impact.portal.nomination;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.QuestionKind;

/**
 * Checks one answer against its question. Drafts keep whatever was typed (nothing is lost); these rules say what must
 * be fixed before the dossier can be submitted. Each problem is a message key.
 */
public final class AnswerRules {

	/** The most text one answer may hold, whatever its word limit: a guard against pasted books. */
	public static final int MAX_CHARS = 20_000;

	private static final Pattern MARKUP = Pattern.compile("<\\s*[a-zA-Z/!?]");

	private static final Pattern WORD = Pattern.compile("\\S+");

	private AnswerRules() {
	}

	/** Answers over {@link #MAX_CHARS} are refused whole, never cut: the form comes back with the text as typed. */
	public static final class TooLongException extends RuntimeException {

		private final transient Map<Long, String> problems;

		TooLongException(Map<Long, String> problems) {
			super("answer.tooLong", null, false, false);
			this.problems = Map.copyOf(problems);
		}

		/** {@code answer.tooLong} by question id. */
		public Map<Long, String> problems() {
			return problems;
		}

	}

	/** @throws TooLongException when any typed answer is longer than {@link #MAX_CHARS} */
	public static void refuseTooLong(Map<Long, String> typed) {
		Map<Long, String> problems = new LinkedHashMap<>();
		typed.forEach((q, v) -> {
			if (v != null && v.length() > MAX_CHARS) {
				problems.put(q, "answer.tooLong");
			}
		});
		if (!problems.isEmpty()) {
			throw new TooLongException(problems);
		}
	}

	public static int words(String text) {
		return text == null ? 0 : (int) WORD.matcher(text).results().count();
	}

	/** Vietnamese writes decimals with a comma: "1,5" and "1.5" are both one and a half. */
	static String normalizeNumber(String raw) {
		String s = raw.strip().replace(" ", "");
		if (s.chars().filter(c -> c == ',').count() == 1 && s.indexOf('.') < 0) {
			s = s.replace(',', '.');
		}
		return s;
	}

	/** The most digits before the decimal separator: what a spreadsheet keeps exactly (a double has 15). */
	public static final int MAX_INTEGER_DIGITS = 15;

	/** The most digits after the decimal separator. */
	public static final int MAX_FRACTION_DIGITS = 6;

	// plain notation only, ASCII digits (Long.parseLong and BigDecimal would also take "1e5" or other scripts' digits)
	private static final Pattern PLAIN_INTEGER = Pattern.compile("[+-]?[0-9]{1," + MAX_INTEGER_DIGITS + "}");

	private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(?:[0-9]{1," + MAX_INTEGER_DIGITS + "}(?:\\.[0-9]{0,"
			+ MAX_FRACTION_DIGITS + "})?|\\.[0-9]{1," + MAX_FRACTION_DIGITS + "})");

	/**
	 * A whole number as the form accepts it: plain digits (at most {@value #MAX_INTEGER_DIGITS}), an optional sign,
	 * spaces ignored. Empty for anything else, never an exception (stored drafts may hold anything).
	 */
	public static Optional<Long> plainInteger(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String s = normalizeNumber(raw);
		return PLAIN_INTEGER.matcher(s).matches() ? Optional.of(Long.parseLong(s)) : Optional.empty();
	}

	/**
	 * A number as the form accepts it: plain digits, at most {@value #MAX_INTEGER_DIGITS} before and
	 * {@value #MAX_FRACTION_DIGITS} after a decimal comma or point, an optional sign; no exponent, no NaN or Infinity.
	 * Empty for anything else, never an exception.
	 */
	public static Optional<BigDecimal> plainDecimal(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		String s = normalizeNumber(raw);
		return PLAIN_DECIMAL.matcher(s).matches() ? Optional.of(new BigDecimal(s)) : Optional.empty();
	}

	/** Whether Java would read it as a number at all (in any notation): then the problem is how it is written. */
	private static Optional<BigDecimal> anyNumber(String raw) {
		try {
			return Optional.of(new BigDecimal(normalizeNumber(raw)));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	/** @return the problem with a non-empty answer, if any */
	public static Optional<String> check(Question q, String raw) {
		if (raw == null || raw.isBlank()) {
			return Optional.empty();
		}
		if (raw.length() > MAX_CHARS) {
			return Optional.of("answer.tooLong");
		}
		switch (q.kind()) {
			case SHORT_TEXT, LONG_TEXT -> {
				if (MARKUP.matcher(raw).find()) {
					return Optional.of("answer.markup");
				}
				if (q.kind() == QuestionKind.SHORT_TEXT && raw.length() > 500) {
					return Optional.of("answer.tooLong");
				}
				if (q.wordLimit() != null && words(raw) > q.wordLimit()) {
					return Optional.of("answer.tooManyWords");
				}
			}
			case INTEGER -> {
				Optional<Long> n = plainInteger(raw);
				if (n.isEmpty()) {
					// "1e5" or 20 digits is a whole number written the wrong way; "1,5" or "twelve" is not one
					boolean whole = anyNumber(raw).filter(d -> d.signum() == 0 || d.stripTrailingZeros().scale() <= 0)
						.isPresent();
					return Optional.of(whole ? "answer.integer.plain" : "answer.integer");
				}
				if (n.get() < 0) {
					return Optional.of("answer.negative");
				}
			}
			case DECIMAL -> {
				Optional<BigDecimal> n = plainDecimal(raw);
				if (n.isEmpty()) {
					return Optional.of(anyNumber(raw).isPresent() ? "answer.decimal.plain" : "answer.decimal");
				}
				if (n.get().signum() < 0) {
					return Optional.of("answer.negative");
				}
			}
			case DATE -> {
				try {
					LocalDate.parse(raw.strip());
				}
				catch (DateTimeException ex) {
					return Optional.of("answer.date");
				}
			}
			case YES_NO -> {
				if (!raw.equals("true") && !raw.equals("false")) {
					return Optional.of("answer.choice");
				}
			}
			case SINGLE_CHOICE -> {
				try {
					int i = Integer.parseInt(raw.strip());
					if (i < 0 || q.optionsVi() == null || i >= q.optionsVi().size()) {
						return Optional.of("answer.choice");
					}
				}
				catch (NumberFormatException ex) {
					return Optional.of("answer.choice");
				}
			}
			case URL -> {
				try {
					URI uri = new URI(raw.strip());
					if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
							|| uri.getHost() == null) {
						return Optional.of("answer.url");
					}
				}
				catch (URISyntaxException ex) {
					return Optional.of("answer.url");
				}
			}
			case FILE -> {
				// files are checked when uploaded
			}
		}
		return Optional.empty();
	}

}
