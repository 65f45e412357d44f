package vn.i4impact.portal.jury.internal.ranking;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.flat;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.sheet;

class AggregationTest {

	private static final double EXACT = 1e-12;

	@Test
	void aSheetsTotalIsTheWeightedSumMappedOntoHundred() {
		Sheet sheet = new Sheet(1, 1, 1, Map.of(5L, 7, 6L, 5), Map.of(5L, 40, 6L, 60), 10);
		assertThat(sheet.weightedSum()).isEqualTo(580);
		assertThat(sheet.total()).isEqualTo(58.0);
		assertThat(new Sheet(1, 1, 1, Map.of(5L, 9, 6L, 0), Map.of(5L, 40, 6L, 60), 9).total()).isEqualTo(40.0);
		assertThat(flat(1, 1, 1, 10).total()).isEqualTo(100.0);
		assertThat(flat(1, 1, 1, 0).total()).isZero();
	}

	@Test
	void aSheetMustMatchItsCriteria() {
		assertThatThrownBy(() -> new Sheet(1, 1, 1, Map.of(5L, 7, 6L, 5), Map.of(5L, 40, 6L, 59), 10))
				.hasMessageContaining("sum to 100");
		assertThatThrownBy(() -> new Sheet(1, 1, 1, Map.of(5L, 11, 6L, 5), Map.of(5L, 40, 6L, 60), 10))
				.hasMessageContaining("outside 0..10");
		assertThatThrownBy(() -> new Sheet(1, 1, 1, Map.of(5L, 7), Map.of(5L, 40, 6L, 60), 10))
				.hasMessageContaining("every weighted criterion");
	}

	@Test
	void meanMedianAndTrimmedMeanBelowFiveSheets() {
		DossierScore d = only(List.of(flat(1, 7, 1, 1), flat(2, 7, 1, 2), flat(3, 7, 1, 3), flat(4, 7, 1, 9)), 4);
		assertThat(d.mean()).isCloseTo(37.5, within(EXACT));
		assertThat(d.median()).as("mean of the two middle totals").isCloseTo(25, within(EXACT));
		assertThat(d.trimmedMean()).as("four sheets: nothing dropped").isCloseTo(37.5, within(EXACT));
	}

	@Test
	void trimmedMeanDropsOneHighestAndOneLowestFromFiveSheets() {
		DossierScore five = only(List.of(flat(1, 7, 1, 1), flat(2, 7, 1, 2), flat(3, 7, 1, 3), flat(4, 7, 1, 4),
				flat(5, 7, 1, 10)), 5);
		assertThat(five.mean()).isCloseTo(40, within(EXACT));
		assertThat(five.median()).isCloseTo(30, within(EXACT));
		assertThat(five.trimmedMean()).isCloseTo(30, within(EXACT));

		DossierScore repeatedExtremes = only(List.of(flat(1, 7, 1, 1), flat(2, 7, 1, 1), flat(3, 7, 1, 5),
				flat(4, 7, 1, 6), flat(5, 7, 1, 9), flat(6, 7, 1, 9)), 6);
		assertThat(repeatedExtremes.trimmedMean()).as("only one of each repeated extreme goes")
				.isCloseTo((10 + 50 + 60 + 90) / 4.0, within(EXACT));
	}

	@Test
	void normalisingMapsEachJurorsZScoresOntoTheRoundsMeanAndPopulationSpread() {
		// juror 1 is harsh (20, 40, 60), juror 2 lenient (60, 80, 100) on the same three dossiers
		List<Sheet> sheets = List.of(flat(1, 1, 1, 2), flat(1, 2, 1, 4), flat(1, 3, 1, 6), flat(2, 1, 1, 6),
				flat(2, 2, 1, 8), flat(2, 3, 1, 10));
		Aggregation round = Aggregation.of(entries(3, 1, 2, 3), sheets);
		// M = 60, S = sqrt(4000 / 6); each juror: m_j ± sqrt(800 / 3), so z = ±sqrt(3/2) and S·z = ±sqrt(1000)
		assertThat(round.roundMean()).isCloseTo(60, within(EXACT));
		assertThat(round.roundSd()).isCloseTo(Math.sqrt(4000 / 6.0), within(EXACT));
		assertThat(round.dossier(1).normalised()).isCloseTo(60 - Math.sqrt(1000), within(1e-9));
		assertThat(round.dossier(2).normalised()).isCloseTo(60, within(1e-9));
		assertThat(round.dossier(3).normalised()).isCloseTo(60 + Math.sqrt(1000), within(1e-9));
		assertThat(round.dossier(1).mean()).isCloseTo(40, within(EXACT));
	}

	@Test
	void aJurorWithFewerThanThreeSheetsOrNoSpreadKeepsRawTotals() {
		List<Sheet> sheets = List.of(
				flat(1, 1, 1, 2), flat(1, 2, 1, 4), flat(1, 3, 1, 6), // normalised
				flat(2, 1, 1, 9), flat(2, 2, 1, 3), // two sheets: raw
				flat(3, 1, 1, 7), flat(3, 2, 1, 7), flat(3, 3, 1, 7)); // no spread: raw
		Aggregation round = Aggregation.of(entries(3, 1, 2, 3), sheets);
		for (Sheet sheet : sheets.subList(3, 8)) {
			assertThat(round.normalisedTotal(sheet)).isEqualTo(sheet.total());
		}
		double m = round.roundMean();
		double s = round.roundSd();
		assertThat(m).as("the round's mean counts the raw jurors too").isCloseTo((20 + 40 + 60 + 90 + 30 + 210) / 8.0,
				within(EXACT));
		double juror1Sd = Math.sqrt(800 / 3.0);
		assertThat(round.normalisedTotal(sheets.get(0))).isCloseTo(m + s * (20 - 40) / juror1Sd, within(1e-9));
		assertThat(round.normalisedTotal(sheets.get(1))).as("juror 1's own mean maps onto M").isCloseTo(m, within(1e-9));
		assertThat(round.dossier(2).normalised()).isCloseTo((m + 30 + 70) / 3, within(1e-9));
	}

	@Test
	void leavingAJurorOutIsTheSameAsAggregatingWithoutTheirSheets() {
		RandomRound data = RandomRound.of(RandomRound.Spec.of(17, 3, 25, 7));
		Aggregation round = Aggregation.of(data.entries, data.sheets);
		for (long juror : List.of(2_000L, 2_004L, 2_998L, 1_003L)) {
			Aggregation without = Aggregation.of(data.entries,
					data.sheets.stream().filter(s -> s.juror() != juror).toList());
			Aggregation quick = round.withoutJuror(juror, 2);
			assertThat(quick.roundMean()).isEqualTo(without.roundMean());
			assertThat(quick.roundSd()).isEqualTo(without.roundSd());
			assertThat(quick.award(2)).hasSize(26).allSatisfy(d -> {
				DossierScore full = without.dossier(d.dossier());
				for (Method method : Method.values()) {
					assertThat(d.score(method)).as("%s of %d without juror %d", method, d.dossier(), juror)
							.isEqualTo(full.score(method));
				}
				assertThat(d.sheets()).isEqualTo(full.sheets());
			});
		}
	}

	@Test
	void aDossierWithFewerSheetsThanRequiredIsIncompleteAndOneWithoutSheetsHasNoScore() {
		Aggregation round = Aggregation.of(entries(3, 1, 2), List.of(flat(1, 1, 1, 5), flat(2, 1, 1, 6)));
		assertThat(round.dossier(1).incomplete()).isTrue();
		assertThat(round.dossier(1).mean()).isCloseTo(55, within(EXACT));
		assertThat(round.dossier(2).incomplete()).isTrue();
		assertThat(round.dossier(2).sheets()).isZero();
		assertThat(round.dossier(2).mean()).isNaN();
		assertThat(round.dossier(2).normalised()).isNaN();
		assertThat(Aggregation.of(entries(2, 1), List.of(flat(1, 1, 1, 5), flat(2, 1, 1, 6))).dossier(1).incomplete())
				.isFalse();
	}

	@Test
	void disagreementIsARangeStrictlyAboveTheThresholdWithTheSpreadReported() {
		// 50 and 75: a range of exactly 25 is not flagged; 50 and 76 is
		DossierScore atThreshold = only(List.of(flat(1, 7, 1, 5), sheet(2, 7, 1, 9, 7, 6)), 2);
		assertThat(atThreshold.range()).isCloseTo(25, within(EXACT));
		assertThat(atThreshold.disagreement()).isFalse();
		assertThat(atThreshold.sd()).isCloseTo(12.5, within(EXACT));
		DossierScore above = only(List.of(flat(1, 7, 1, 5), sheet(2, 7, 1, 7, 8, 8)), 2);
		assertThat(above.range()).isCloseTo(26, within(EXACT));
		assertThat(above.disagreement()).isTrue();

		Aggregation strict = Aggregation.of(entries(2, 7), List.of(flat(1, 7, 1, 5), flat(2, 7, 1, 6)), 5);
		assertThat(strict.dossier(7).disagreement()).as("a round's own threshold").isTrue();
		assertThat(only(List.of(flat(1, 7, 1, 0)), 1).disagreement()).as("one sheet never disagrees").isFalse();

		// on 0–9 with weights 25/75: 600/9 and 375/9 are exactly 25 apart, 25.000000000000007 in floating point
		Map<Long, Integer> weights = Map.of(5L, 25, 6L, 75);
		DossierScore ninths = only(List.of(new Sheet(1, 7, 1, Map.of(5L, 0, 6L, 8), weights, 9),
				new Sheet(2, 7, 1, Map.of(5L, 0, 6L, 5), weights, 9)), 2);
		assertThat(ninths.range()).isGreaterThan(25).isCloseTo(25, within(1e-12));
		assertThat(ninths.disagreement()).isFalse();
	}

	@Test
	void tieBreakInputsAreCriterionPointsAndTopMarks() {
		DossierScore d = only(List.of(sheet(1, 7, 1, 10, 5, 10), sheet(2, 7, 1, 8, 10, 0)), 2);
		assertThat(d.criterionPoints().get(Sheets.IMPACT)).isCloseTo((40 + 32) / 2.0, within(EXACT));
		assertThat(d.criterionPoints().get(Sheets.INNOVATION)).isCloseTo((15 + 30) / 2.0, within(EXACT));
		assertThat(d.topMarks()).isEqualTo(3);
	}

	@Test
	void calibrationShowsHarshAndLenientJurorsAgainstTheirPanel() {
		List<Sheet> sheets = List.of(flat(1, 1, 1, 3), flat(2, 1, 1, 5), flat(3, 1, 1, 7), flat(1, 2, 1, 4),
				flat(2, 2, 1, 6), flat(3, 2, 1, 8), flat(9, 3, 2, 1));
		List<JurorCalibration> panel = Aggregation.of(List.of(new Entry(1, 1, 3), new Entry(2, 1, 3),
				new Entry(3, 2, 1)), sheets).calibration(1);
		assertThat(panel).extracting(JurorCalibration::juror).containsExactly(1L, 2L, 3L);
		JurorCalibration harsh = panel.get(0);
		assertThat(harsh.sheets()).isEqualTo(2);
		assertThat(harsh.mean()).isCloseTo(35, within(EXACT));
		assertThat(harsh.sd()).isCloseTo(5, within(EXACT));
		assertThat(harsh.panelSheets()).as("award 2's sheet is another panel").isEqualTo(6);
		assertThat(harsh.panelMean()).isCloseTo(55, within(EXACT));
		assertThat(harsh.offset()).isCloseTo(-20, within(EXACT));
		assertThat(harsh.peerOffset()).as("30 vs (50 + 70) / 2, 40 vs (60 + 80) / 2").isCloseTo(-30, within(EXACT));
		assertThat(panel.get(2).peerOffset()).isCloseTo(30, within(EXACT));
		assertThat(panel.get(1).offset()).isCloseTo(0, within(EXACT));
	}

	@Test
	void sheetsOutsideTheRoundOrTwiceFromOneJurorAreRefused() {
		assertThatThrownBy(() -> Aggregation.of(entries(1, 1), List.of(flat(1, 2, 1, 5))))
				.hasMessageContaining("not taken in");
		assertThatThrownBy(() -> Aggregation.of(entries(1, 1), List.of(flat(1, 1, 2, 5))))
				.hasMessageContaining("not taken in");
		assertThatThrownBy(() -> Aggregation.of(entries(1, 1), List.of(flat(1, 1, 1, 5), flat(1, 1, 1, 6))))
				.hasMessageContaining("two sheets");
	}

	private static DossierScore only(List<Sheet> sheets, int required) {
		return Aggregation.of(List.of(new Entry(7, 1, required)), sheets).dossier(7);
	}

	private static List<Entry> entries(int required, long... dossiers) {
		return Arrays.stream(dossiers).mapToObj(d -> new Entry(d, 1, required)).toList();
	}
}
