package vn.i4impact.portal.results.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.shared.web.cache.PublicChangeSchedule;

/** The public pages change by themselves at the next publication instant: cached pages expire exactly then. */
@Component
class PublicationSchedule implements PublicChangeSchedule {

	private final JdbcClient jdbc;

	PublicationSchedule(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Instant> nextChangeAfter(Instant now) {
		return jdbc.sql("select min(publish_at) from results_edition where publish_at > ?").param(Timestamp.from(now))
			.query(Timestamp.class).optional().map(Timestamp::toInstant);
	}

}
