package vn.i4impact.portal.jury.internal.ranking;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.RankedEntry.Flag;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.CommitteeVote;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.HigherMedian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.flat;

class RankingTest {

	@Test
	void officialRankTheOtherMethodsRanksAndIncompleteDossiersLast() {
		Aggregation round = Aggregation.of(List.of(new Entry(1, 1, 3), new Entry(2, 1, 3), new Entry(3, 1, 3),
				new Entry(4, 1, 3), new Entry(5, 2, 3)),
				List.of(
						flat(1, 1, 1, 9), flat(2, 1, 1, 1), flat(3, 1, 1, 8), // mean 60, median 80
						flat(1, 2, 1, 7), flat(2, 2, 1, 7), flat(3, 2, 1, 7), // mean 70, median 70
						flat(1, 3, 1, 6), flat(2, 3, 1, 5), // incomplete, mean 55
						flat(1, 5, 2, 10), flat(2, 5, 2, 10), flat(3, 5, 2, 10))); // another award
		Ranking byMean = Ranking.of(round, 1, Method.MEAN, TieBreak.none());

		assertThat(byMean.entries()).extracting(RankedEntry::dossier, RankedEntry::rank)
				.containsExactly(tuple(2L, 1), tuple(1L, 2), tuple(3L, 0), tuple(4L, 0));
		RankedEntry first = byMean.entries().get(0);
		assertThat(first.ranks()).containsEntry(Method.MEAN, 1).containsEntry(Method.MEDIAN, 2)
				.containsEntry(Method.TRIMMED_MEAN, 1).containsKey(Method.NORMALISED);
		assertThat(byMean.entries().get(1).ranks()).containsEntry(Method.MEDIAN, 1);
		assertThat(byMean.entries().get(1).flags()).as("80 − 10 = 70 > 25").containsExactly(Flag.DISAGREEMENT);
		assertThat(byMean.entries().get(2).ranked()).isFalse();
		assertThat(byMean.entries().get(2).flags()).containsExactly(Flag.INCOMPLETE);
		assertThat(byMean.entries().get(2).ranks()).isEmpty();
		assertThat(byMean.entries().get(3).score().mean()).as("no sheet at all, still listed").isNaN();

		Ranking byMedian = Ranking.of(round, 1, Method.MEDIAN, TieBreak.none());
		assertThat(byMedian.entries()).extracting(RankedEntry::dossier).startsWith(1L, 2L);
		assertThat(byMedian.entry(2).orElseThrow().ranks()).containsEntry(Method.MEAN, 1);
	}

	@Test
	void brokenAndUnresolvedTiesAreFlaggedAndOnlyAnUnresolvedTieAcrossTheCutBlocks() {
		Aggregation round = Aggregation.of(List.of(new Entry(1, 1, 3), new Entry(2, 1, 3), new Entry(3, 1, 3),
				new Entry(4, 1, 3)),
				List.of(flat(1, 1, 1, 9), flat(2, 1, 1, 9), flat(3, 1, 1, 9), // 90
						flat(1, 2, 1, 2), flat(2, 2, 1, 8), flat(3, 2, 1, 8), // mean 60, median 80
						flat(1, 3, 1, 6), flat(2, 3, 1, 6), flat(3, 3, 1, 6), // mean 60, median 60
						flat(1, 4, 1, 6), flat(2, 4, 1, 6), flat(3, 4, 1, 6))); // the same as 3
		TieBreak rules = new TieBreak(List.of(new HigherMedian(), new CommitteeVote()), Map.of());
		Ranking ranking = Ranking.of(round, 1, Method.MEAN, rules);

		assertThat(ranking.entries()).extracting(RankedEntry::dossier, RankedEntry::rank, RankedEntry::tieStep)
				.containsExactly(tuple(1L, 1, 0), tuple(2L, 2, 1), tuple(3L, 3, 0), tuple(4L, 3, 0));
		assertThat(ranking.entries().get(1).flags()).containsExactly(Flag.DISAGREEMENT, Flag.TIE_BROKEN);
		assertThat(ranking.entries().get(2).flags()).containsExactly(Flag.TIE_UNRESOLVED);
		assertThat(ranking.hasUnresolvedTie()).isTrue();
		assertThat(ranking.blockingAt(3)).extracting(RankedEntry::dossier).containsExactly(3L, 4L);
		assertThat(ranking.blockingAt(2)).as("both below the line").isEmpty();
		assertThat(ranking.blockingAt(4)).as("both above the line").isEmpty();

		Ranking voted = Ranking.of(round, 1, Method.MEAN, rules.withVotes(Map.of(4L, 1, 3L, 2)));
		assertThat(voted.entries()).extracting(RankedEntry::dossier, RankedEntry::rank, RankedEntry::tieStep)
				.containsExactly(tuple(1L, 1, 0), tuple(2L, 2, 1), tuple(4L, 3, 2), tuple(3L, 4, 2));
		assertThat(voted.blockingAt(3)).isEmpty();
		assertThat(voted.hasUnresolvedTie()).isFalse();
	}
}
