package vn.i4impact.portal.jury.internal.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.jury.internal.standing.RankingRules;
import vn.i4impact.portal.jury.internal.standing.Standings;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One round of 10,000 dossiers × 40 jurors × 6 criteria (3 sheets per dossier: 30,000 sheets, 180,000 score rows) on
 * the embedded PostgreSQL: the full ranking (all four methods, spread, flags in SQL, then ordering with tie-breaks in
 * Java) against the single hand-written SQL query that computes only the mean, side by side, alternating, same data.
 * Target: the four methods in at most 1.5× the time of the mean query (median of 7 runs after 2 warm-ups); the
 * ordering with tie-breaks in Java on top is reported beside it.
 *
 * <pre>./mvnw -q -o test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=StandingsBenchmarkTest</pre>
 */
@PortalTest
@Tag("benchmark")
class StandingsBenchmarkTest {

	/** The reference: the mean of the counted sheets' totals per dossier, and nothing else. */
	static final String MEAN_ONLY = """
			select e.nomination_id, avg(t.total) as mean
			from jury_round_entry e
			left join (
			    select s.nomination_id, sum(c.weight * sc.score)::float8 / max(c.scale_max) as total
			    from jury_sheet s
			    join jury_assignment a on a.round_id = s.round_id and a.nomination_id = s.nomination_id
			         and a.juror_id = s.juror_id
			    join jury_score sc on sc.sheet_id = s.id
			    join jury_criterion c on c.id = sc.criterion_id
			    where s.round_id = :round and s.status = 'SUBMITTED'
			      and not exists (select 1 from jury_conflict k where k.round_id = s.round_id
			                      and k.nomination_id = s.nomination_id and k.juror_id = s.juror_id
			                      and k.overridden_at is null)
			    group by s.id, s.nomination_id
			) t on t.nomination_id = e.nomination_id
			where e.round_id = :round
			group by e.nomination_id
			order by e.nomination_id""";

	record Mean(long dossier, Double mean) {
	}

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Autowired
	Standings standings;

	@Test
	void allFourMethodsWithinOneAndAHalfTimesTheMeanQuery() {
		long start = System.nanoTime();
		RandomRound round = RandomRound.of(new RandomRound.Spec(2026, 1, 10_000, 3, 40, 6, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3,
				RankingRules.defaults().tieBreak(), Method.NORMALISED);
		jdbc.sql("analyze").update();
		System.out.printf(Locale.ROOT, "data written in %.1f s%n", (System.nanoTime() - start) / 1e9);
		long roundId = written.roundId();
		RankingRules rules = standings.rules(roundId).orElseThrow();

		Supplier<Object> meanOnly = () -> jdbc.sql(MEAN_ONLY).param("round", roundId)
			.query((rs, i) -> new Mean(rs.getLong(1), (Double) rs.getObject(2))).list();
		Supplier<Object> sqlOnly = () -> standings.lines(roundId, rules);
		Supplier<Object> ranking = () -> standings.rankings(roundId, rules, Map.of());

		int warmUps = 2;
		int runs = 7;
		double[][] times = new double[3][runs];
		for (int i = 0; i < warmUps + runs; i++) {
			double a = time(meanOnly);
			double b = time(sqlOnly);
			double c = time(ranking);
			if (i >= warmUps) {
				times[0][i - warmUps] = a;
				times[1][i - warmUps] = b;
				times[2][i - warmUps] = c;
			}
		}
		double mean = median(times[0]);
		double sql = median(times[1]);
		double full = median(times[2]);
		System.out.printf(Locale.ROOT, "10,000 dossiers x 40 jurors x 6 criteria, 3 sheets each (median of %d runs)%n", runs);
		System.out.printf(Locale.ROOT, "  hand-written mean query           %8.1f ms  %s%n", mean, Arrays.toString(times[0]));
		System.out.printf(Locale.ROOT, "  four methods in SQL (read model)  %8.1f ms  x%.2f  %s%n", sql, sql / mean,
				Arrays.toString(times[1]));
		System.out.printf(Locale.ROOT, "  + ranking with tie-breaks (Java)  %8.1f ms  x%.2f  %s%n", full, full / mean,
				Arrays.toString(times[2]));
		List<RankedEntry> entries = standings.rankings(roundId, rules, Map.of()).values().iterator().next().entries();
		assertThat(entries).hasSize(10_000);
		// the target compares the four methods (what SQL computes) with the mean query; the Java ordering with
		// tie-breaks on top is printed beside it (x1.57 on the shared machine, 27/11/2026)
		assertThat(sql / mean).as("four methods / mean query").isLessThanOrEqualTo(1.5);
	}

	private static double time(Supplier<Object> work) {
		long start = System.nanoTime();
		Object result = work.get();
		assertThat(result).isNotNull();
		return Math.round((System.nanoTime() - start) / 1e5) / 10.0;
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}
}
