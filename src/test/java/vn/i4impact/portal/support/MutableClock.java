package vn.i4impact.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * A clock tests can move: real time plus an offset, so what tests create keeps its natural order, while a test can
 * jump past a deadline with {@link #advance} (and must {@link #reset} afterwards: the context is shared).
 */
public class MutableClock extends Clock {

	private final Clock base;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(Clock base) {
		this.base = base;
	}

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void reset() {
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock c = new MutableClock(base.withZone(zone));
		c.offset = offset;
		return c;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset);
	}

}
