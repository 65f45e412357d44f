package vn.i4impact.portal.jury.internal.ranking;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.TieBreak.CommitteeVote;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.HigherMedian;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.MoreTopMarks;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.OnCriterion;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The robustness report for one award of 1,000 dossiers × 3 sheets over 40 jurors (5 criteria, 0–10), top 100,
 * 1,000 bootstrap draws, each official method; then one award inside a round of 10 such awards (400 jurors), where
 * under the normalised method every juror of the round is left out in turn. Target: well under 20 s.
 *
 * <pre>./mvnw -q -o test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=RobustnessBenchmarkTest</pre>
 */
@Tag("benchmark")
class RobustnessBenchmarkTest {

	private static final TieBreak RULES = new TieBreak(List.of(new OnCriterion(101), new HigherMedian(),
			new MoreTopMarks(), new CommitteeVote()), Map.of());

	@Test
	void oneAwardOfAThousandDossiers() {
		RandomRound data = RandomRound.of(new RandomRound.Spec(2026, 1, 1_000, 3, 40, 5, 10, false));
		for (int run = 1; run <= 3; run++) {
			for (Method method : Method.values()) {
				assertThat(measure("1 award, 1,000 dossiers, 40 jurors, run " + run, data, method)).isLessThan(20);
			}
		}
	}

	/** Beyond the target, for the record: under the normalised method all 400 jurors of the round are left out. */
	@Test
	void oneAwardInARoundOfTen() {
		RandomRound data = RandomRound.of(new RandomRound.Spec(2027, 10, 1_000, 3, 40, 5, 10, false));
		for (Method method : List.of(Method.MEAN, Method.NORMALISED)) {
			measure("award 1 of 10, 10,000 dossiers, 400 jurors", data, method);
		}
	}

	/** Wall seconds; also prints this thread's CPU seconds, which a busy machine inflates less. */
	private static double measure(String label, RandomRound data, Method method) {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long start = System.nanoTime();
		Aggregation round = Aggregation.of(data.entries, data.sheets);
		Robustness report = Robustness.of(round, 1, method, RULES, Robustness.Settings.top(100));
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		long tooClose = report.rows().stream().filter(Robustness.Row::tooCloseToCall).count();
		System.out.printf(Locale.ROOT, "robustness %-45s %-12s wall %6.2f s  cpu %6.2f s  (%d rows, %d too close)%n",
				label, method, seconds, cpu, report.rows().size(), tooClose);
		return seconds;
	}
}
