package vn.i4impact.portal.jury.internal.ranking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.jury.internal.standing.RankingRules;
import vn.i4impact.portal.jury.internal.standing.Standings;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * The SQL ranking against the Java reference on random rounds written as real score rows: same dossiers in the same
 * order with the same ranks, sheet counts and flags, every score within 1e-9 (ReferenceRow.assertAgree).
 */
@PortalTest
class StandingsSqlTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Autowired
	Standings standings;

	@ParameterizedTest
	@CsvSource({ "11, MEAN, ''", "2026, NORMALISED, 'CRITERION:C1,HIGHER_MEDIAN,MORE_TOP_MARKS'",
			"77, TRIMMED_MEAN, 'MORE_TOP_MARKS,HIGHER_MEDIAN'", "4242, MEDIAN, 'CRITERION:C3,COMMITTEE_VOTE'" })
	void theSqlRankingAgreesWithTheJavaReference(long seed, Method official, String tieBreak) {
		RandomRound round = RandomRound.of(RandomRound.Spec.of(seed, 3, 25, 7));
		RoundWriter writer = new RoundWriter(jdbc, template, data);
		RoundWriter.Written written = writer.write(round, 3, tieBreak, official);
		// sheets that must not count: a draft with top marks, and a submitted sheet under a declared conflict
		List<Long> some = written.dossiers().keySet().stream().sorted().limit(2).toList();
		writer.addNoise(written, some.get(0), false);
		writer.addNoise(written, some.get(1), true);

		RankingRules rules = standings.rules(written.roundId()).orElseThrow();
		assertThat(rules.official()).isEqualTo(official);
		Map<Long, Ranking> sql = standings.rankings(written.roundId(), rules, Map.of());
		Aggregation reference = Aggregation.of(round.entries, round.sheets);
		assertThat(sql).hasSize(3);
		sql.forEach((award, ranking) -> {
			long synthetic = written.awards().get(award);
			TieBreak javaRules = javaRules(tieBreak, synthetic);
			List<ReferenceRow> expected = ReferenceRow.of(Ranking.of(reference, synthetic, official, javaRules));
			List<ReferenceRow> actual = ReferenceRow.of(ranking).stream()
				.map(r -> new ReferenceRow(written.synthetic(r.dossier()), r.rank(), r.sheets(), r.mean(), r.median(),
						r.trimmedMean(), r.normalised(), r.sd(), r.flags()))
				.toList();
			ReferenceRow.assertAgree(expected, actual);
			// the edge cases are there: one incomplete dossier, and the twin tied with dossier 4 under every method
			assertThat(actual).filteredOn(r -> r.flags().contains(RankedEntry.Flag.INCOMPLETE)).hasSize(1);
			assertThat(actual).filteredOn(r -> r.flags().contains(RankedEntry.Flag.TIE_UNRESOLVED)).hasSizeGreaterThanOrEqualTo(2);
		});
	}

	/** The Java side of the round's tie-break text, for one synthetic award (criteria C1..Cn are award × 100 + n). */
	private static TieBreak javaRules(String text, long award) {
		Long criterion = null;
		RankingRules rules = new RankingRules(Method.MEAN, text, 25, null);
		if (rules.tieCriterion() != null) {
			criterion = award * 100 + Long.parseLong(rules.tieCriterion().substring(1));
		}
		return rules.tieBreak(criterion, Map.of());
	}

	@Test
	void aDraftOrAConflictedSheetDoesNotCountAndTheMinMaxAndSdAreTheSheetsOwn() {
		RandomRound round = RandomRound.of(new RandomRound.Spec(5, 1, 6, 3, 5, 4, 10, false));
		RoundWriter writer = new RoundWriter(jdbc, template, data);
		RoundWriter.Written written = writer.write(round, 3, "MORE_TOP_MARKS", Method.MEAN);
		long first = written.dossiers().keySet().stream().sorted().findFirst().orElseThrow();
		RankingRules rules = standings.rules(written.roundId()).orElseThrow();
		DossierScore before = standings.lines(written.roundId(), rules).get(0).score();
		writer.addNoise(written, first, false);
		writer.addNoise(written, first, true);
		DossierScore after = standings.lines(written.roundId(), rules).get(0).score();

		DossierScore java = Aggregation.of(round.entries, round.sheets).dossier(written.synthetic(first));
		assertThat(after.dossier()).isEqualTo(first);
		assertThat(after.sheets()).isEqualTo(3).isEqualTo(before.sheets());
		assertThat(after.mean()).isEqualTo(before.mean());
		assertThat(after.min()).isCloseTo(java.min(), offset(1e-9));
		assertThat(after.max()).isCloseTo(java.max(), offset(1e-9));
		assertThat(after.topMarks()).isEqualTo(java.topMarks());
	}
}
