package vn.i4impact.portal.nomination;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.i4impact.portal.program.Question;

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
				if (q.kind() == vn.i4impact.portal.program.QuestionKind.SHORT_TEXT && raw.length() > 500) {
					return Optional.of("answer.tooLong");
				}
				if (q.wordLimit() != null && words(raw) > q.wordLimit()) {
					return Optional.of("answer.tooManyWords");
				}
			}
			case INTEGER -> {
				try {
					if (Long.parseLong(normalizeNumber(raw)) < 0) {
						return Optional.of("answer.negative");
					}
				}
				catch (NumberFormatException ex) {
					return Optional.of("answer.integer");
				}
			}
			case DECIMAL -> {
				try {
					if (new BigDecimal(normalizeNumber(raw)).signum() < 0) {
						return Optional.of("answer.negative");
					}
				}
				catch (NumberFormatException ex) {
					return Optional.of("answer.decimal");
				}
			}
			case DATE -> {
				try {
					LocalDate.parse(raw.strip());
				}
				catch (java.time.DateTimeException ex) {
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
				catch (java.net.URISyntaxException ex) {
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
