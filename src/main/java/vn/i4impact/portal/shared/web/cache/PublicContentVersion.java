package vn.i4impact.portal.shared.web.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The generation of the public content, as this node knows it. It changes when the database counter
 * ({@code public_content_version}, bumped by triggers in the writing transaction on any node) changes, or when the
 * clock passes a scheduled change (a publication instant). The counter is read at most once per check interval, by
 * one thread while the others go on with the generation they know: a change made on another node is seen within
 * that interval; one made on this node at the next request (see {@link #recheck()}).
 */
@Component
public class PublicContentVersion {

	private record State(long dbVersion, long generation, Instant nextChange, long checkedAtNanos) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<PublicChangeSchedule> schedules;

	private final long intervalNanos;

	private final AtomicBoolean checking = new AtomicBoolean();

	private volatile State state;

	private volatile boolean recheck = true;

	PublicContentVersion(JdbcClient jdbc, Clock clock, ObjectProvider<PublicChangeSchedule> schedules,
			@Value("${portal.public-cache.check-interval:PT0.25S}") Duration interval) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.schedules = schedules;
		this.intervalNanos = interval.toNanos();
		this.state = new State(-1, 0, null, System.nanoTime());
	}

	/** The current generation: cheap (two volatile reads and a clock read) except once per check interval. */
	public long generation() {
		State s = state;
		long nanos = System.nanoTime();
		if ((recheck || nanos - s.checkedAtNanos >= intervalNanos) && checking.compareAndSet(false, true)) {
			try {
				recheck = false;
				long db = jdbc.sql("select version from public_content_version where id = 1").query(Long.class).single();
				s = read(db, nanos);
			}
			finally {
				checking.set(false);
			}
		}
		if (s.nextChange != null && !clock.instant().isBefore(s.nextChange)) {
			s = passed(s);
		}
		return s.generation;
	}

	/** The next request reads the counter again (after a change committed on this node). */
	public void recheck() {
		recheck = true;
	}

	private synchronized State read(long db, long nanos) {
		State s = state;
		state = s = db == s.dbVersion ? new State(db, s.generation, s.nextChange, nanos)
				: new State(db, s.generation + 1, nextChange(), nanos);
		return s;
	}

	private synchronized State passed(State seen) {
		State s = state;
		if (s.generation == seen.generation) {
			state = s = new State(s.dbVersion, s.generation + 1, nextChange(), s.checkedAtNanos);
		}
		return s;
	}

	private Instant nextChange() {
		Instant now = clock.instant();
		List<Instant> next = schedules.orderedStream().map(p -> p.nextChangeAfter(now).orElse(null))
			.filter(i -> i != null).sorted().toList();
		return next.isEmpty() ? null : next.get(0);
	}

}
