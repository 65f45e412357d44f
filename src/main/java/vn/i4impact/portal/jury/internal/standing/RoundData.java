package vn.i4impact.portal.jury.internal.standing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.ranking.Aggregation;
import vn.i4impact.portal.jury.internal.ranking.Entry;
import vn.i4impact.portal.jury.internal.ranking.Sheet;
import vn.i4impact.portal.nomination.DossierContent;

/**
 * A round read once for the reports (robustness, minutes, exports): the counted score rows, the Java core's
 * aggregation of them (the robustness report resamples sheets, which SQL does not), the SQL lines, the units'
 * names, and the members' codes.
 *
 * <p><b>Member codes</b>: every member with a panel seat or a counted sheet in the round, by account id, is
 * {@code TV01}, {@code TV02}… (thành viên). They are stable for a round, so the minutes, the exports and the key
 * agree; the key (code → name) is printed only in the committee's copy.
 */
@Component
@Transactional(readOnly = true)
public class RoundData {

	/** What the reports need of one round. */
	/** @param votes the committee's tie votes ({@link TieVotes}), which every ranking of the round takes into account */
	public record Loaded(long roundId, RoundKind kind, RankingRules rules, List<Standings.Line> lines, Aggregation aggregation,
			List<SealCheck.Row> rows, Map<Long, String> units, Map<Long, String> codes, Map<Long, String> names,
			Map<Long, Integer> votes) {

		public String code(long juror) {
			return codes.getOrDefault(juror, "TV?");
		}

		public Standings.Line line(long dossier) {
			return lines.stream().filter(l -> l.score().dossier() == dossier).findFirst().orElseThrow();
		}

		/** The award's criterion the rules name for the tie-break, or null. */
		public Long tieCriterion(long award) {
			return lines.stream().filter(l -> l.score().award() == award).map(Standings.Line::tieCriterion)
				.filter(c -> c != null).findFirst().orElse(null);
		}
	}

	private final JdbcClient jdbc;

	private final Standings standings;

	private final DossierContent dossiers;

	private final TieVotes tieVotes;

	RoundData(JdbcClient jdbc, Standings standings, DossierContent dossiers, TieVotes tieVotes) {
		this.tieVotes = tieVotes;
		this.jdbc = jdbc;
		this.standings = standings;
		this.dossiers = dossiers;
	}

	public Loaded load(long roundId) {
		RankingRules rules = standings.rules(roundId).orElseThrow();
		RoundKind kind = RoundKind.valueOf(jdbc.sql("select kind from jury_round where id = ?").param(roundId)
			.query(String.class).single());
		List<Standings.Line> lines = standings.lines(roundId, rules);
		List<SealCheck.Row> rows = SealCheck.rows(jdbc, roundId);
		List<Sheet> sheets = SealCheck.sheets(rows);
		List<Entry> entries = lines.stream()
			.map(l -> new Entry(l.score().dossier(), l.score().award(), l.score().requiredSheets())).toList();
		Aggregation aggregation = Aggregation.of(entries, sheets, rules.disagreementThreshold());
		Map<Long, String> units = lines.isEmpty() ? Map.of()
				: dossiers.candidates(lines.stream().map(l -> l.score().dossier()).toList()).stream()
					.collect(Collectors.toMap(DossierContent.Candidate::id, DossierContent.Candidate::unitName));
		Map<Long, String> names = new LinkedHashMap<>();
		jdbc.sql("""
				select u.id, u.full_name from app_user u
				where u.id in (select m.juror_id from jury_panel p join jury_panel_member m on m.panel_id = p.id
				               where p.round_id = :round
				               union select juror_id from jury_counted_scores(:round))
				order by u.id""").param("round", roundId)
			.query(rs -> {
				names.put(rs.getLong(1), rs.getString(2));
			});
		Map<Long, String> codes = new LinkedHashMap<>();
		names.keySet().forEach(id -> codes.put(id, "TV%02d".formatted(codes.size() + 1)));
		return new Loaded(roundId, kind, rules, lines, aggregation, rows, units, codes, names, tieVotes.of(roundId));
	}
}
