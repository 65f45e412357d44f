package vn.i4impact.portal.jury.internal.ranking;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RandomRoundTest {

	@Test
	void theSameSeedGivesTheSameRound() {
		RandomRound once = RandomRound.of(RandomRound.Spec.of(5, 2, 40, 9));
		RandomRound again = RandomRound.of(RandomRound.Spec.of(5, 2, 40, 9));
		assertThat(again.sheets).isEqualTo(once.sheets);
		assertThat(again.entries).isEqualTo(once.entries);
		assertThat(RandomRound.of(RandomRound.Spec.of(6, 2, 40, 9)).sheets).isNotEqualTo(once.sheets);
	}

	@Test
	void harshAndLenientJurorsShowInTheCalibration() {
		RandomRound data = RandomRound.of(RandomRound.Spec.of(11, 1, 300, 30));
		List<JurorCalibration> calibration = Aggregation.of(data.entries, data.sheets).calibration(1);
		Map<Long, Double> offsets = calibration.stream()
				.collect(Collectors.toMap(JurorCalibration::juror, JurorCalibration::peerOffset));
		data.bias.forEach((juror, bias) -> {
			if (bias < -1.5) {
				assertThat(offsets.get(juror)).as("harsh juror %d", juror).isNegative();
			}
			if (bias > 1.5) {
				assertThat(offsets.get(juror)).as("lenient juror %d", juror).isPositive();
			}
		});
	}

	@Test
	void normalisingFollowsTheHiddenQualityBetterThanTheRawMean() {
		RandomRound data = RandomRound.of(new RandomRound.Spec(23, 1, 400, 3, 30, 5, 10, false));
		List<DossierScore> scores = Aggregation.of(data.entries, data.sheets).award(1);
		double[] quality = scores.stream().mapToDouble(d -> data.quality.get(d.dossier())).toArray();
		double mean = correlation(quality, scores.stream().mapToDouble(DossierScore::mean).toArray());
		double normalised = correlation(quality, scores.stream().mapToDouble(DossierScore::normalised).toArray());
		assertThat(normalised).isGreaterThan(mean);
	}

	@Test
	void theEdgeCasesAreThere() {
		RandomRound data = RandomRound.of(RandomRound.Spec.of(3, 2, 30, 9));
		Aggregation round = Aggregation.of(data.entries, data.sheets);
		assertThat(round.dossier(100_000).incomplete()).isTrue();
		assertThat(round.dossier(100_001).sheets()).isEqualTo(5);
		DossierScore twin = round.dossier(100_030);
		for (Method method : Method.values()) {
			assertThat(twin.score(method)).isEqualTo(round.dossier(100_004).score(method));
		}
		for (Sheet sheet : data.sheets) {
			if (sheet.juror() % 1_000 >= 998) {
				assertThat(round.normalisedTotal(sheet)).isEqualTo(sheet.total());
			}
		}
	}

	private static double correlation(double[] x, double[] y) {
		double mx = Stats.mean(x);
		double my = Stats.mean(y);
		double sxy = 0;
		double sxx = 0;
		double syy = 0;
		for (int i = 0; i < x.length; i++) {
			sxy += (x[i] - mx) * (y[i] - my);
			sxx += (x[i] - mx) * (x[i] - mx);
			syy += (y[i] - my) * (y[i] - my);
		}
		return sxy / Math.sqrt(sxx * syy);
	}
}
