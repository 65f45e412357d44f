package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.sheet;

class SealTest {

	private static final List<Sheet> ROUND = List.of(sheet(12, 7, 1, 5, 5, 6), sheet(3, 5, 2, 1, 2, 3),
			sheet(3, 7, 1, 9, 0, 10));

	@Test
	void theCanonicalCsvAndItsSha256() {
		assertThat(Seal.csv(ROUND)).isEqualTo("""
				award_id,dossier_id,juror_id,criterion_id,weight,scale_max,score
				1,7,3,11,40,10,9
				1,7,3,12,30,10,0
				1,7,3,13,30,10,10
				1,7,12,11,40,10,5
				1,7,12,12,30,10,5
				1,7,12,13,30,10,6
				2,5,3,11,40,10,1
				2,5,3,12,30,10,2
				2,5,3,13,30,10,3
				""");
		// printf '<the lines above>' | sha256sum
		assertThat(Seal.of(ROUND)).isEqualTo("546b622861eeda6663c2f094145c70bfaba50df464c72c711cb933dde243f1f8");
		assertThat(Seal.of(List.of())).as("header only")
				.isEqualTo("53ad132ddf2736f1b553a46376f546c1e2248dc27a978d16cc5b45fa3e81f662");
	}

	@Test
	void theOrderOfRowsAndOfCriteriaInTheInputDoesNotChangeTheSeal() {
		List<Sheet> reversed = new ArrayList<>(ROUND);
		Collections.reverse(reversed);
		assertThat(Seal.of(reversed)).isEqualTo(Seal.of(ROUND));

		Map<Long, Integer> scores = new LinkedHashMap<>();
		scores.put(Sheets.SCALE, 6);
		scores.put(Sheets.INNOVATION, 5);
		scores.put(Sheets.IMPACT, 5);
		Sheet sameScoresOtherOrder = new Sheet(12, 7, 1, scores, Sheets.WEIGHTS, 10);
		assertThat(Seal.of(List.of(ROUND.get(2), ROUND.get(1), sameScoresOtherOrder))).isEqualTo(Seal.of(ROUND));

		RandomRound data = RandomRound.of(RandomRound.Spec.of(8, 3, 50, 9));
		List<Sheet> shuffled = new ArrayList<>(data.sheets);
		Collections.shuffle(shuffled, new Random(1));
		assertThat(Seal.of(shuffled)).isEqualTo(Seal.of(data.sheets));
	}

	@Test
	void anyChangeOfAScoreAWeightOrWhoScoredWhatChangesTheSeal() {
		String seal = Seal.of(ROUND);
		assertThat(Seal.of(List.of(sheet(12, 7, 1, 5, 5, 7), ROUND.get(1), ROUND.get(2)))).as("one score")
				.isNotEqualTo(seal);
		assertThat(Seal.of(List.of(sheet(13, 7, 1, 5, 5, 6), ROUND.get(1), ROUND.get(2)))).as("another juror")
				.isNotEqualTo(seal);
		assertThat(Seal.of(List.of(sheet(3, 7, 1, 5, 5, 6), sheet(12, 7, 1, 9, 0, 10), ROUND.get(1))))
				.as("two jurors' sheets swapped").isNotEqualTo(seal);
		assertThat(Seal.of(List.of(ROUND.get(0), ROUND.get(1)))).as("a sheet missing").isNotEqualTo(seal);
		Sheet reweighted = new Sheet(3, 5, 2, Map.of(Sheets.IMPACT, 1, Sheets.INNOVATION, 2, Sheets.SCALE, 3),
				Map.of(Sheets.IMPACT, 30, Sheets.INNOVATION, 40, Sheets.SCALE, 30), 10);
		assertThat(Seal.of(List.of(ROUND.get(0), reweighted, ROUND.get(2)))).as("a weight").isNotEqualTo(seal);
	}

	@Test
	void twoSheetsOfOneJurorForOneDossierAreRefused() {
		assertThatThrownBy(() -> Seal.of(List.of(ROUND.get(0), sheet(12, 7, 1, 1, 1, 1))))
				.hasMessageContaining("two sheets");
	}
}
