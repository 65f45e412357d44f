package vn.i4impact.portal.jury.internal.standing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The committee's votes on ties of a round (each tied dossier's place, {@code jury_tie_vote}), which the tie-break's
 * vote step reads: every screen, export and check that ranks a round passes them, so a tie settled by a vote is
 * settled everywhere.
 */
@Component
public class TieVotes {

	private final JdbcClient jdbc;

	TieVotes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Dossier id → place the vote gave it (1 first). */
	public Map<Long, Integer> of(long roundId) {
		Map<Long, Integer> votes = new HashMap<>();
		jdbc.sql("select nomination_id, vote_rank from jury_tie_vote where round_id = ?").param(roundId)
			.query(rs -> {
				votes.put(rs.getLong(1), rs.getInt(2));
			});
		return votes;
	}

}
