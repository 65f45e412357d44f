package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.Robustness.Row;
import vn.i4impact.portal.jury.internal.ranking.Robustness.Settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.flat;

class RobustnessTest {

	@Test
	void aClearLineIsStableEverywhere() {
		Aggregation round = round(Map.of(1L, new int[] { 9, 9, 8 }, 2L, new int[] { 8, 8, 8 }, 3L,
				new int[] { 2, 3, 2 }, 4L, new int[] { 1, 1, 2 }));
		Robustness report = Robustness.of(round, 1, Method.MEAN, TieBreak.none(), Settings.top(2));
		assertThat(report.rows()).extracting(Row::dossier, Row::rank, Row::above, Row::probabilityAbove,
				Row::tooCloseToCall)
				.containsExactly(tuple(1L, 1, true, 1.0, false), tuple(2L, 2, true, 1.0, false),
						tuple(3L, 3, false, 0.0, false), tuple(4L, 4, false, 0.0, false));
		assertThat(report.rows()).allSatisfy(r -> {
			assertThat(r.methods()).isEmpty();
			assertThat(r.jurors()).isEmpty();
		});
	}

	@Test
	void aSideThatAnotherMethodWouldChangeIsTooCloseToCall() {
		// 1: 90, 10, 80 (mean 60, median 80); 2: 70, 70, 70
		Aggregation round = round(Map.of(1L, new int[] { 9, 1, 8 }, 2L, new int[] { 7, 7, 7 }));
		Robustness report = Robustness.of(round, 1, Method.MEAN, TieBreak.none(), Settings.top(1));
		assertThat(report.rows()).extracting(Row::dossier, Row::above, Row::methods, Row::tooCloseToCall)
				.containsExactly(tuple(2L, true, Set.of(Method.MEDIAN), true),
						tuple(1L, false, Set.of(Method.MEDIAN), true));
	}

	@Test
	void leavingOneJurorOutNamesTheJurorsWhoWouldMoveTheLine() {
		// dossier 1 by jurors 1-3: 90, 90, 0 (mean 60); dossier 2 by jurors 4-6: 65 each; dossier 3 by jurors 4-6: 10
		List<Sheet> sheets = List.of(flat(1, 1, 1, 9), flat(2, 1, 1, 9), flat(3, 1, 1, 0),
				Sheets.sheet(4, 2, 1, 5, 8, 7), Sheets.sheet(5, 2, 1, 5, 8, 7), Sheets.sheet(6, 2, 1, 5, 8, 7),
				flat(4, 3, 1, 1), flat(5, 3, 1, 1), flat(6, 3, 1, 1));
		Aggregation round = Aggregation.of(List.of(new Entry(1, 1, 3), new Entry(2, 1, 3), new Entry(3, 1, 3)),
				sheets);
		Robustness report = Robustness.of(round, 1, Method.MEAN, TieBreak.none(), new Settings(1, 200, 7, 0.1, 0.9));
		assertThat(report.rows()).extracting(Row::dossier, Row::jurors)
				.containsExactly(tuple(2L, List.of(3L)), tuple(1L, List.of(3L)), tuple(3L, List.of()));
		assertThat(report.rows().get(0).tooCloseToCall()).isTrue();
		assertThat(report.rows().get(2).tooCloseToCall()).isFalse();
	}

	@Test
	void theBootstrapEstimatesTheChanceOfBeingAboveAndTiesAtTheLineCountAsAbove() {
		// dossier 1 always 50; dossier 2 draws 40, 40, 70: above when at least one 70 is drawn (a tie at 50 counts)
		Aggregation round = round(Map.of(1L, new int[] { 5, 5, 5 }, 2L, new int[] { 4, 4, 7 }));
		Robustness report = Robustness.of(round, 1, Method.MEAN, TieBreak.none(), new Settings(1, 20_000, 1, 0.1,
				0.9));
		Row first = report.rows().get(0);
		Row second = report.rows().get(1);
		assertThat(first.dossier()).isEqualTo(1);
		assertThat(first.probabilityAbove()).as("below only when two or three 70s are drawn").isCloseTo(20 / 27.0,
				within(0.02));
		assertThat(second.probabilityAbove()).isCloseTo(19 / 27.0, within(0.02));
		assertThat(first.tooCloseToCall()).isTrue();
	}

	@Test
	void theSameSeedGivesTheSameReportAndTheThresholdsAreParameters() {
		Aggregation round = round(Map.of(1L, new int[] { 5, 5, 5 }, 2L, new int[] { 4, 4, 7 }, 3L,
				new int[] { 3, 6, 6 }));
		Settings settings = new Settings(1, 500, 42, 0.1, 0.9);
		List<Double> once = probabilities(Robustness.of(round, 1, Method.MEDIAN, TieBreak.none(), settings));
		assertThat(probabilities(Robustness.of(round, 1, Method.MEDIAN, TieBreak.none(), settings))).isEqualTo(once);
		assertThat(probabilities(Robustness.of(round, 1, Method.MEDIAN, TieBreak.none(),
				new Settings(1, 500, 43, 0.1, 0.9)))).isNotEqualTo(once);

		Aggregation clear = round(Map.of(1L, new int[] { 9, 9, 9 }, 2L, new int[] { 6, 6, 8 }));
		Row runnerUp = Robustness.of(clear, 1, Method.MEAN, TieBreak.none(), Settings.top(1)).rows().get(1);
		assertThat(runnerUp.probabilityAbove()).isZero();
		assertThat(runnerUp.tooCloseToCall()).isFalse();
		assertThat(Robustness.of(clear, 1, Method.MEAN, TieBreak.none(), new Settings(1, 100, 1, 0, 0.5)).rows()
				.get(1).tooCloseToCall()).as("low = 0 takes in a dossier never above").isTrue();
	}

	@Test
	void anUnresolvedTieAcrossTheLineIsTooCloseToCall() {
		Aggregation round = round(Map.of(1L, new int[] { 9, 9, 9 }, 2L, new int[] { 6, 6, 6 }, 3L,
				new int[] { 6, 6, 6 }));
		List<Row> rows = Robustness.of(round, 1, Method.MEAN, TieBreak.none(), Settings.top(2)).rows();
		assertThat(rows).extracting(Row::dossier, Row::rank, Row::above, Row::tiedAcrossLine, Row::tooCloseToCall)
				.containsExactly(tuple(1L, 1, true, false, false), tuple(2L, 2, true, true, true),
						tuple(3L, 2, true, true, true));
	}

	@Test
	void nearTheLineIsAWindowOfPlacesPlusEveryUnstableDossier() {
		Map<Long, int[]> scores = new TreeMap<>();
		for (long d = 1; d <= 10; d++) {
			int s = (int) (11 - d);
			scores.put(d, new int[] { Math.min(s, 10), Math.max(s - 1, 0), Math.min(s, 10) });
		}
		Robustness report = Robustness.of(round(scores), 1, Method.MEAN, TieBreak.none(), Settings.top(5));
		assertThat(report.nearLine(2)).extracting(Row::rank).containsExactly(4, 5, 6, 7);
	}

	@Test
	void theCutoffFollowsAChainOfTiesDownwards() {
		double[] buffer = new double[4];
		assertThat(Robustness.Bootstrap.cutoff(new double[] { 5, 3, 3, 1 }, buffer, 2)).isEqualTo(3);
		assertThat(Robustness.Bootstrap.cutoff(new double[] { 5, 3, 3 - 0.9e-9, 1 }, buffer, 1)).isEqualTo(5);
		assertThat(Robustness.Bootstrap.cutoff(new double[] { 5, 3, 3 - 0.9e-9, 1 }, buffer, 2))
				.isEqualTo(3 - 0.9e-9);
		assertThat(Robustness.Bootstrap.cutoff(new double[] { 5, 3, 3, 1 }, buffer, 4)).isEqualTo(
				Double.NEGATIVE_INFINITY);
		assertThat(Robustness.Bootstrap.cutoff(new double[] { 5, 3, 3, 1 }, buffer, 0)).isEqualTo(
				Double.POSITIVE_INFINITY);
	}

	private static List<Double> probabilities(Robustness report) {
		return report.rows().stream().map(Row::probabilityAbove).toList();
	}

	/** Award 1, each dossier scored flat by jurors 1, 2, 3 with the given scores (totals ten times those). */
	private static Aggregation round(Map<Long, int[]> scores) {
		List<Entry> entries = new ArrayList<>();
		List<Sheet> sheets = new ArrayList<>();
		scores.forEach((dossier, byJuror) -> {
			entries.add(new Entry(dossier, 1, byJuror.length));
			for (int j = 0; j < byJuror.length; j++) {
				sheets.add(flat(j + 1, dossier, 1, byJuror[j]));
			}
		});
		return Aggregation.of(entries, sheets);
	}
}
