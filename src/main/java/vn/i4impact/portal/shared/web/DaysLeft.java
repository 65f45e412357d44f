package vn.i4impact.portal.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.stereotype.Component;

/**
 * The one rule for "days left" before a deadline, for templates ({@code ${@daysLeft.until(deadline)}}) and the
 * home page's countdown script alike: the whole 24-hour days still ahead, as a countdown shows them ("3 days
 * 04:10:00" is 3 days left). Within the last day it is 0 while the deadline is still ahead ("less than a day").
 * Before, the list rounded a started day up while the countdown did not, so the same deadline read a day apart.
 */
@Component("daysLeft")
public class DaysLeft {

	private final Clock clock;

	DaysLeft(Clock clock) {
		this.clock = clock;
	}

	/** Whole days from {@code now} to {@code deadline}; 0 within the last day and after it. */
	public static long between(Instant now, Instant deadline) {
		long seconds = Duration.between(now, deadline).getSeconds();
		return seconds <= 0 ? 0 : seconds / 86_400;
	}

	public long until(Instant deadline) {
		return between(clock.instant(), deadline);
	}

	/** The same from a given instant (a page that rendered "now" once and uses it throughout). */
	public long from(Instant now, Instant deadline) {
		return between(now, deadline);
	}

	/** Still ahead, so "0 days" means "less than a day", not "passed". */
	public boolean open(Instant deadline) {
		return clock.instant().isBefore(deadline);
	}

}
