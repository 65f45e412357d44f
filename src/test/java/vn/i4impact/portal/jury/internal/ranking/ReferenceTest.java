package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.TieBreak.CommitteeVote;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.HigherMedian;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.MoreTopMarks;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.OnCriterion;

import static org.assertj.core.api.Assertions.assertThat;

/** The Java reference does not depend on the order rows are read in, as a SQL query's rows would not. */
class ReferenceTest {

	private static final TieBreak RULES = new TieBreak(List.of(new OnCriterion(101), new HigherMedian(),
			new MoreTopMarks(), new CommitteeVote()), Map.of());

	@Test
	void theSameRoundReadInAnotherOrderRanksAlikeToOneBillionth() {
		RandomRound data = RandomRound.of(RandomRound.Spec.of(99, 3, 200, 12));
		List<Sheet> shuffled = new ArrayList<>(data.sheets);
		Collections.shuffle(shuffled, new Random(4));
		List<Entry> entries = new ArrayList<>(data.entries);
		Collections.shuffle(entries, new Random(5));
		for (Method method : Method.values()) {
			for (long award = 1; award <= 3; award++) {
				List<ReferenceRow> expected = ReferenceRow.of(Ranking.of(Aggregation.of(data.entries, data.sheets),
						award, method, RULES));
				List<ReferenceRow> actual = ReferenceRow.of(Ranking.of(Aggregation.of(entries, shuffled), award,
						method, RULES));
				ReferenceRow.assertAgree(expected, actual);
			}
		}
	}

	@Test
	void theEdgeCasesShowInTheReference() {
		RandomRound data = RandomRound.of(RandomRound.Spec.of(99, 1, 200, 12));
		List<ReferenceRow> rows = ReferenceRow.of(Ranking.of(Aggregation.of(data.entries, data.sheets), 1,
				Method.MEAN, RULES));
		assertThat(rows.get(rows.size() - 1)).satisfies(incomplete -> {
			assertThat(incomplete.dossier()).isEqualTo(100_000);
			assertThat(incomplete.rank()).isZero();
			assertThat(incomplete.flags()).contains(RankedEntry.Flag.INCOMPLETE);
		});
		ReferenceRow original = rows.stream().filter(r -> r.dossier() == 100_004).findFirst().orElseThrow();
		ReferenceRow twin = rows.stream().filter(r -> r.dossier() == 100_200).findFirst().orElseThrow();
		assertThat(twin.rank()).as("an exact copy shares the rank: no rule can part them without a vote")
				.isEqualTo(original.rank());
		assertThat(twin.flags()).contains(RankedEntry.Flag.TIE_UNRESOLVED);
	}
}
