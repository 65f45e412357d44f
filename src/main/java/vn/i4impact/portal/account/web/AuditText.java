package vn.i4impact.portal.account.web;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.shared.web.Dates;

/**
 * The audit log in the reader's words ({@code ${@auditText.field(e.targetType, c.field)}}): field names and stored
 * values (statuses, roles, phases, unit types) through the message bundle, and every instant written into a value
 * (a timeline's "2027-03-05T01:00:00Z") as Vietnam time with the portal's date-time format. What has no words yet is
 * shown as stored, never hidden.
 */
@Component("auditText")
public class AuditText {

	private static final Pattern INSTANT = Pattern
		.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:\\d{2})");

	private final MessageSource messages;

	private final Dates dates;

	AuditText(MessageSource messages, Dates dates) {
		this.messages = messages;
		this.dates = dates;
	}

	public String action(String action) {
		return first(action, "audit.action." + action);
	}

	public String target(String targetType) {
		return first(targetType, "audit.target." + targetType);
	}

	public String field(String targetType, String field) {
		return first(field, "audit.field." + targetType + "." + field, "audit.field." + field, "phase." + field);
	}

	public String value(String targetType, String field, String value) {
		if (value == null) {
			return "—";
		}
		String words = switch (field) {
			case "status" -> "edition".equals(targetType) ? "editionStatus." + value
					: "nomination".equals(targetType) ? "nominationStatus." + value : "audit.value.status." + value;
			case "nomineeType", "nomineeTypes", "unitType" -> "unitType." + value;
			case "required", "hidden", "current" -> "audit.value.boolean." + value;
			default -> "audit.value." + field + "." + value;
		};
		String known = find(words);
		return known != null ? known : times(value);
	}

	/**
	 * An entry's summary in the reader's language when it is one of the program administration's sentences (see
	 * {@link AuditSummaries}), otherwise as written with its instants in Vietnam time.
	 */
	public String summary(String action, String summary) {
		AuditSummaries.Words words = AuditSummaries.read(action, summary);
		if (words == null) {
			return summary == null ? null : times(summary);
		}
		Object[] args = words.args().stream()
			.map(a -> a.startsWith("status:") ? first(a.substring(7), "editionStatus." + a.substring(7)) : a)
			.toArray();
		String found = find(words.key(), args);
		return found != null ? found : times(summary);
	}

	/** Every instant in a text as Vietnam time. */
	public String times(String text) {
		Matcher m = INSTANT.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String shown;
			try {
				shown = dates.dateTime(OffsetDateTime.parse(m.group()).toInstant());
			}
			catch (DateTimeParseException ex) {
				shown = m.group();
			}
			m.appendReplacement(out, Matcher.quoteReplacement(shown));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String first(String fallback, String... keys) {
		for (String key : keys) {
			String found = find(key);
			if (found != null) {
				return found;
			}
		}
		return fallback;
	}

	private String find(String key) {
		return find(key, null);
	}

	private String find(String key, Object[] args) {
		Locale locale = LocaleContextHolder.getLocale();
		try {
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return null;
		}
	}

}
