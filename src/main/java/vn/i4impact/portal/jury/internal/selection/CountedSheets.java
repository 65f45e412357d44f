package vn.i4impact.portal.jury.internal.selection;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.jury.internal.ranking.Sheet;

/** The score rows that count in a round (V120's jury_counted_scores) as the Java core's sheets. */
final class CountedSheets {

	private CountedSheets() {
	}

	static List<Sheet> read(JdbcClient jdbc, long roundId) {
		record Key(long award, long dossier, long juror) {
		}
		Map<Key, Map<Long, int[]>> bySheet = new LinkedHashMap<>();
		jdbc.sql("""
				select award_id, nomination_id, juror_id, criterion_id, weight, scale_max, score
				from jury_counted_scores(?) order by award_id, nomination_id, juror_id, criterion_id""")
			.param(roundId)
			.query(rs -> {
				bySheet.computeIfAbsent(new Key(rs.getLong(1), rs.getLong(2), rs.getLong(3)), k -> new TreeMap<>())
					.put(rs.getLong(4), new int[] { rs.getInt(5), rs.getInt(6), rs.getInt(7) });
			});
		List<Sheet> sheets = new ArrayList<>(bySheet.size());
		bySheet.forEach((key, rows) -> {
			Map<Long, Integer> scores = new TreeMap<>();
			Map<Long, Integer> weights = new TreeMap<>();
			rows.forEach((criterion, r) -> {
				weights.put(criterion, r[0]);
				scores.put(criterion, r[2]);
			});
			int scaleMax = rows.values().iterator().next()[1];
			sheets.add(new Sheet(key.juror(), key.dossier(), key.award(), scores, weights, scaleMax));
		});
		return sheets;
	}
}
