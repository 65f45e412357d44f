package vn.i4impact.portal.jury.internal.standing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.ranking.Aggregation;
import vn.i4impact.portal.jury.internal.ranking.Entry;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Seal;
import vn.i4impact.portal.jury.internal.ranking.Sheet;

/**
 * {@code /verify}: the seal stored when the round closed (trigger in V120) against the seal recomputed now, both in
 * SQL and independently in Java from the same rows; and the SQL ranking against the Java core's ranking of those rows.
 */
@Component
@Transactional(readOnly = true)
public class SealCheck {

	/** The outcome; {@code stored} is null when the round has no seal yet (not closed). */
	public record Verification(String stored, Instant sealedAt, Integer storedRows, String recomputed, String javaSeal,
			int rows, int dossiers, boolean rankingMatches) {

		public boolean sealed() {
			return stored != null;
		}

		public boolean sealMatches() {
			return stored != null && stored.equals(recomputed) && stored.equals(javaSeal);
		}
	}

	/** One counted score row (jury_counted_scores). */
	record Row(long award, long dossier, long juror, long criterion, int weight, int scaleMax, int score) {
	}

	private record Stored(String sha256, Instant at, int rows) {
	}

	private final JdbcClient jdbc;

	private final Standings standings;

	SealCheck(JdbcClient jdbc, Standings standings) {
		this.jdbc = jdbc;
		this.standings = standings;
	}

	public Verification verify(long roundId) {
		Optional<Stored> stored = jdbc.sql("select sha256, sealed_at, score_rows from jury_round_seal where round_id = ?")
			.param(roundId)
			.query((rs, i) -> new Stored(rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getInt(3))).optional();
		String recomputed = jdbc.sql("select jury_round_seal_of(?)").param(roundId).query(String.class).single();
		List<Row> rows = rows(jdbc, roundId);
		List<Sheet> sheets = sheets(rows);
		RankingRules rules = standings.rules(roundId).orElseThrow();
		List<Standings.Line> lines = standings.lines(roundId, rules);
		Map<Long, Ranking> sql = standings.rankings(lines, rules, Map.of());
		List<Entry> entries = lines.stream()
			.map(l -> new Entry(l.score().dossier(), l.score().award(), l.score().requiredSheets())).toList();
		Aggregation java = Aggregation.of(entries, sheets, rules.disagreementThreshold());
		boolean same = true;
		for (Map.Entry<Long, Ranking> award : sql.entrySet()) {
			Long criterion = lines.stream().filter(l -> l.score().award() == award.getKey())
				.map(Standings.Line::tieCriterion).filter(c -> c != null).findFirst().orElse(null);
			Ranking reference = Ranking.of(java, award.getKey(), rules.official(), rules.tieBreak(criterion, Map.of()));
			same &= agree(reference.entries(), award.getValue().entries());
		}
		return new Verification(stored.map(Stored::sha256).orElse(null), stored.map(Stored::at).orElse(null),
				stored.map(Stored::rows).orElse(null), recomputed, Seal.of(sheets), rows.size(), lines.size(), same);
	}

	/** The counted score rows of a round, in the seal's order. */
	static List<Row> rows(JdbcClient jdbc, long roundId) {
		return jdbc.sql("""
				select award_id, nomination_id, juror_id, criterion_id, weight, scale_max, score
				from jury_counted_scores(?) order by award_id, nomination_id, juror_id, criterion_id""").param(roundId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7)))
			.list();
	}

	private static boolean agree(List<RankedEntry> expected, List<RankedEntry> actual) {
		if (expected.size() != actual.size()) {
			return false;
		}
		for (int i = 0; i < expected.size(); i++) {
			RankedEntry e = expected.get(i);
			RankedEntry a = actual.get(i);
			if (e.dossier() != a.dossier() || e.rank() != a.rank() || !e.flags().equals(a.flags())
					|| !close(e.score().mean(), a.score().mean()) || !close(e.score().median(), a.score().median())
					|| !close(e.score().trimmedMean(), a.score().trimmedMean())
					|| !close(e.score().normalised(), a.score().normalised())) {
				return false;
			}
		}
		return true;
	}

	private static boolean close(double a, double b) {
		return Double.isNaN(a) ? Double.isNaN(b) : Math.abs(a - b) <= 1e-9;
	}

	/** The rows as the core's sheets: one per dossier and juror, with the weights and scale that applied. */
	static List<Sheet> sheets(List<Row> rows) {
		Map<List<Long>, List<Row>> bySheet = new LinkedHashMap<>();
		rows.forEach(r -> bySheet.computeIfAbsent(List.of(r.award(), r.dossier(), r.juror()), k -> new ArrayList<>()).add(r));
		List<Sheet> sheets = new ArrayList<>(bySheet.size());
		bySheet.forEach((key, own) -> {
			Map<Long, Integer> scores = new HashMap<>();
			Map<Long, Integer> weights = new HashMap<>();
			own.forEach(r -> {
				scores.put(r.criterion(), r.score());
				weights.put(r.criterion(), r.weight());
			});
			sheets.add(new Sheet(key.get(2), key.get(1), key.get(0), scores, weights, own.get(0).scaleMax()));
		});
		return sheets;
	}
}
