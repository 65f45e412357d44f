package vn.i4impact.portal.shared.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.shared.PortalTime;

/**
 * Date formatting for templates ({@code ${@dates.date(x)}}): dd/MM/yyyy and dd/MM/yyyy HH:mm ({@link PortalTime#DATE},
 * {@link PortalTime#DATE_TIME}) in Asia/Ho_Chi_Minh, whatever the server's zone.
 */
@Component("dates")
public class Dates {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(PortalTime.ZONE);

	public String date(Instant instant) {
		return instant == null ? "" : PortalTime.DATE.format(instant);
	}

	public String dateTime(Instant instant) {
		return instant == null ? "" : PortalTime.DATE_TIME.format(instant);
	}

	public String time(Instant instant) {
		return instant == null ? "" : TIME.format(instant);
	}

	/**
	 * Machine-readable form for {@code <time datetime>} and the countdown script, in whole seconds (HTML does not
	 * accept the microseconds PostgreSQL keeps).
	 */
	public String iso(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(PortalTime.ZONE)
					.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** Whole days left, rounded up, for the server-rendered countdown (the script refines it in the browser). */
	public long daysUntil(Instant from, Instant to) {
		return wholeDaysUntil(from, to);
	}

	/** The same count for Java callers: 0 once the moment has passed, a started day counts as a day. */
	public static long wholeDaysUntil(Instant from, Instant to) {
		long seconds = Duration.between(from, to).getSeconds();
		return seconds <= 0 ? 0 : (seconds + 86399) / 86400;
	}

}
