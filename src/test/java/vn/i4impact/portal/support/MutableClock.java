package vn.i4impact.portal.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests ({@link TestInfrastructure}): real time until a test moves it — by an offset
 * ({@link #advance}, {@link #shift}), so what tests create keeps its natural order, or to a fixed instant ({@link #set}).
 * A test that moves it puts it back with {@link #reset()}: the context is shared.
 */
public class MutableClock extends Clock {

	private final Clock base;

	private volatile Instant fixed;

	private volatile Duration offset = Duration.ZERO;

	public MutableClock(Clock base) {
		this.base = base;
	}

	public void advance(Duration by) {
		offset = offset.plus(by);
	}

	public void shift(Duration to) {
		fixed = null;
		offset = to;
	}

	public void set(Instant instant) {
		fixed = instant;
	}

	public void reset() {
		fixed = null;
		offset = Duration.ZERO;
	}

	@Override
	public ZoneId getZone() {
		return base.getZone();
	}

	@Override
	public Clock withZone(ZoneId zone) {
		MutableClock c = new MutableClock(base.withZone(zone));
		c.fixed = fixed;
		c.offset = offset;
		return c;
	}

	@Override
	public Instant instant() {
		Instant f = fixed;
		return f != null ? f : base.instant().plus(offset);
	}

}
