package vn.i4impact.portal.results.web;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the program's public pages ({@code ${@resultsTeaser.of(id)}} in a fragment): the edition's results, once
 * published; null before, so nothing of them shows in the page.
 */
@Component("resultsTeaser")
public class ResultsTeaser {

	public record Teaser(String code, long count) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultsTeaser(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Teaser of(long editionId) {
		return jdbc.sql("""
				select e.code, (select count(*) from results_honouree h where h.edition_id = e.id)
				from results_edition r join edition e on e.id = r.edition_id
				where r.edition_id = ? and r.publish_at <= ?""")
			.params(editionId, Timestamp.from(clock.instant()))
			.query((rs, i) -> new Teaser(rs.getString(1), rs.getLong(2))).optional().orElse(null);
	}

}
