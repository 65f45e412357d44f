package vn.i4impact.portal.results.web;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * For the program's public pages ({@code ${@resultsTeaser.of(id)}} in a fragment): the edition's results, once
 * published, or a link to the live reveal while one is under way; null otherwise, so nothing of them shows.
 */
@Component("resultsTeaser")
public class ResultsTeaser {

	/** @param live a live reveal is under way: the page links to it, with no figure that would tell what is to come */
	public record Teaser(String code, long count, boolean live) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultsTeaser(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public Teaser of(long editionId) {
		Timestamp now = Timestamp.from(clock.instant());
		return jdbc.sql("""
				select e.code, (select count(*) from results_honouree h where h.edition_id = e.id),
				       coalesce(r.publish_at <= :now, false)
				from results_edition r join edition e on e.id = r.edition_id
				where r.edition_id = :edition
				  and (r.publish_at <= :now or exists (select 1 from results_ceremony c where c.edition_id = r.edition_id))""")
			.param("now", now).param("edition", editionId)
			.query((rs, i) -> rs.getBoolean(3) ? new Teaser(rs.getString(1), rs.getLong(2), false)
					: new Teaser(rs.getString(1), 0, true))
			.optional().orElse(null);
	}

}
