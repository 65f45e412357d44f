package vn.i4impact.portal.results.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.results.internal.ResultsQuery.Honouree;

/**
 * For the unit's own dossier screens ({@code ${@myResults...}} in templates): the result shows only once the edition's
 * results are published; until then an honoured or not honoured dossier reads "under review".
 */
@Component("myResults")
public class MyResults {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ResultsQuery results;

	MyResults(JdbcClient jdbc, Clock clock, ResultsQuery results) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.results = results;
	}

	public boolean published(long editionId) {
		return jdbc.sql("select count(*) from results_edition where edition_id = ? and publish_at <= ?")
			.params(editionId, Timestamp.from(clock.instant())).query(Integer.class).single() > 0;
	}

	/** The message key of the status the unit may see now. */
	public String statusKey(long editionId, NominationStatus status) {
		boolean result = status == NominationStatus.HONOURED || status == NominationStatus.NOT_HONOURED;
		return result && !published(editionId) ? "results.my.underReview" : status.messageKey();
	}

	/** The published honour of a dossier, or null (not honoured, or not published yet). */
	public Honouree honour(long editionId, long nominationId) {
		if (!published(editionId)) {
			return null;
		}
		List<Honouree> found = results.forNominations(List.of(nominationId));
		return found.isEmpty() ? null : found.get(0);
	}

	public String editionCode(long editionId) {
		return jdbc.sql("select code from edition where id = ?").param(editionId).query(String.class).single();
	}

}
