package vn.i4impact.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.shared.PortalTime;

/**
 * The application's clock in tests: the system clock until a test sets it (to an instant, or shifted by an offset).
 * A test that moves it puts it back with {@link #reset()}, so tests sharing the context see the real time.
 */
@Component
@Primary
public class MutableClock extends Clock {

	private volatile Instant fixed;

	private volatile Duration offset = Duration.ZERO;

	public void set(Instant instant) {
		this.fixed = instant;
	}

	public void shift(Duration offset) {
		this.fixed = null;
		this.offset = offset;
	}

	public void reset() {
		this.fixed = null;
		this.offset = Duration.ZERO;
	}

	@Override
	public Instant instant() {
		Instant f = fixed;
		return f != null ? f : Instant.now().plus(offset);
	}

	@Override
	public ZoneId getZone() {
		return PortalTime.ZONE;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return Clock.fixed(instant(), zone);
	}

}
