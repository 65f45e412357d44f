package vn.i4impact.portal.jury.internal.selection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.jury.internal.standing.MinutesDecisions;

/**
 * The decisions the minutes print: what the committee confirmed for each dossier of the round (shortlisted or not
 * after the preliminary round, honoured or not after the final), with the reason where it deviated from the ranking.
 */
@Component
class SelectionMinutes implements MinutesDecisions {

	private final JdbcClient jdbc;

	SelectionMinutes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<Decision> of(long roundId) {
		return jdbc.sql("""
				select o.nomination_id, n.reference_code, r.kind, o.selected, o.reason, s.confirmed_at
				from jury_selection_outcome o
				join jury_selection s on s.round_id = o.round_id
				join jury_round r on r.id = o.round_id
				join nomination n on n.id = o.nomination_id
				where o.round_id = ?
				order by n.reference_code""").param(roundId)
			.query((rs, i) -> new Decision(rs.getLong(1), rs.getString(2),
					"nominationStatus." + outcome(rs.getString(3), rs.getBoolean(4)), rs.getString(5),
					rs.getTimestamp(6).toInstant()))
			.list();
	}

	private static String outcome(String roundKind, boolean selected) {
		String step = "FINAL".equals(roundKind) ? "HONOURED" : "SHORTLISTED";
		return selected ? step : "NOT_" + step;
	}

}
