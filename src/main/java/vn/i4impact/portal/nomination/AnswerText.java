package vn.i4impact.portal.nomination;

import java.util.Locale;

import org.springframework.context.MessageSource;

import vn.i4impact.portal.program.Question;

/** An answer as a person reads it: a choice's label, yes or no, a number with its unit; "—" when empty. */
public final class AnswerText {

	private AnswerText() {
	}

	public static String format(Question q, String raw, Locale locale, MessageSource messages) {
		if (raw == null || raw.isBlank()) {
			return "—";
		}
		return switch (q.kind()) {
			case YES_NO -> messages.getMessage("true".equals(raw) ? "receipt.yes" : "receipt.no", null, locale);
			case SINGLE_CHOICE -> {
				try {
					yield q.options(locale).get(Integer.parseInt(raw.strip()));
				}
				catch (RuntimeException ex) {
					yield raw;
				}
			}
			default -> {
				String unit = q.kind().hasUnit() ? q.unit(locale) : null;
				yield unit == null ? raw : raw + " " + unit;
			}
		};
	}

}
