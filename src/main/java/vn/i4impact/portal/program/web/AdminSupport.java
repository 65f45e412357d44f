package vn.i4impact.portal.program.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.springframework.validation.BindingResult;

import vn.i4impact.portal.program.internal.RuleException;
import vn.i4impact.portal.shared.PortalTime;

/** Small helpers shared by the admin controllers: Vietnam-time date fields and rule messages on fields. */
final class AdminSupport {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy H:mm");

	private AdminSupport() {
	}

	/** The value of a {@code datetime-local} input: seconds only when they matter (seeded deadlines end at :59). */
	static String toInput(Instant instant) {
		if (instant == null) {
			return null;
		}
		LocalDateTime local = LocalDateTime.ofInstant(instant, PortalTime.ZONE);
		return (local.getSecond() == 0 ? MINUTES : SECONDS).format(local);
	}

	/**
	 * Reads what the browser sends for a {@code datetime-local} input, or dd/MM/yyyy HH:mm typed by hand where the
	 * browser has no date picker; always Vietnam time.
	 * @throws DateTimeParseException when it is neither
	 */
	static Instant fromInput(String text) {
		String value = text.strip();
		LocalDateTime local;
		if (value.contains("/")) {
			local = LocalDateTime.parse(value, TYPED);
		}
		else {
			local = LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		}
		return local.atZone(PortalTime.ZONE).toInstant();
	}

	/**
	 * Runs a save when the form has no field errors; a rule of the program that refuses it becomes a message on the
	 * field it names. @return whether it was saved
	 */
	static boolean saved(BindingResult result, Runnable save) {
		if (result.hasErrors()) {
			return false;
		}
		try {
			save.run();
			return true;
		}
		catch (RuleException e) {
			reject(result, e);
			return false;
		}
	}

	static void reject(BindingResult result, RuleException e) {
		if (e.getField() == null) {
			result.reject(e.getMessageKey(), e.getArgs(), e.getMessageKey());
		}
		else {
			result.rejectValue(e.getField(), e.getMessageKey(), e.getArgs(), e.getMessageKey());
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

}
