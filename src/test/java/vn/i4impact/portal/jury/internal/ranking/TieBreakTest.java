package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.TieBreak.CommitteeVote;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.HigherMedian;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.MoreTopMarks;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.OnCriterion;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.Placed;
import vn.i4impact.portal.jury.internal.ranking.TieBreak.Rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.flat;
import static vn.i4impact.portal.jury.internal.ranking.Sheets.sheet;

class TieBreakTest {

	private static final List<Rule> RULES = List.of(new OnCriterion(Sheets.IMPACT), new HigherMedian(),
			new MoreTopMarks(), new CommitteeVote());

	@Test
	void withoutTiesTheScoreDecides() {
		List<Placed> order = new TieBreak(RULES, Map.of()).order(List.of(scored(1, 40), scored(2, 60), scored(3, 50)),
				Method.MEAN);
		assertThat(order).extracting(p -> p.score().dossier(), Placed::rank, Placed::tieStep, Placed::unresolved)
				.containsExactly(tuple(2L, 1, 0, false), tuple(3L, 2, 0, false), tuple(1L, 3, 0, false));
	}

	@Test
	void eachRuleBreaksWhatThoseBeforeItLeftTied() {
		List<Sheet> sheets = new ArrayList<>();
		// 1: mean 50, impact 32 (wins at step 1 over everyone else's 20)
		sheets.addAll(List.of(sheet(1, 1, 1, 8, 3, 3), sheet(2, 1, 1, 8, 3, 3), sheet(3, 1, 1, 8, 3, 3)));
		// 2: totals 20, 50, 80 — mean 50, impact 20, median 50, one top mark
		sheets.addAll(List.of(flat(1, 2, 1, 2), flat(2, 2, 1, 5), sheet(3, 2, 1, 8, 10, 6)));
		// 3: totals 30, 30, 90 — mean 50, impact 20, median 30 (loses to 2 at step 2)
		sheets.addAll(List.of(flat(1, 3, 1, 3), flat(2, 3, 1, 3), flat(3, 3, 1, 9)));
		// 4: totals 100, 0, 50 — impact 20, median 50, three top marks (beats 2 at step 3)
		sheets.addAll(List.of(flat(1, 4, 1, 10), flat(2, 4, 1, 0), flat(3, 4, 1, 5)));
		// 5 and 6: 50, 50, 50 — tied with each other after rules 1-3 (impact 20, median 50, no top marks)
		sheets.addAll(List.of(flat(1, 5, 1, 5), flat(2, 5, 1, 5), flat(3, 5, 1, 5)));
		sheets.addAll(List.of(flat(1, 6, 1, 5), flat(2, 6, 1, 5), flat(3, 6, 1, 5)));
		Aggregation round = Aggregation.of(Arrays.stream(new long[] { 1, 2, 3, 4, 5, 6 })
				.mapToObj(d -> new Entry(d, 1, 3)).toList(), sheets);

		List<Placed> noVote = new TieBreak(RULES, Map.of()).order(round.award(1), Method.MEAN);
		assertThat(noVote).extracting(p -> p.score().dossier(), Placed::rank, Placed::tieStep, Placed::unresolved)
				.containsExactly(tuple(1L, 1, 1, false), tuple(4L, 2, 3, false), tuple(2L, 3, 3, false),
						tuple(5L, 4, 0, true), tuple(6L, 4, 0, true), tuple(3L, 6, 2, false));

		List<Placed> voted = new TieBreak(RULES, Map.of(6L, 1, 5L, 2)).order(round.award(1), Method.MEAN);
		assertThat(voted).extracting(p -> p.score().dossier(), Placed::rank, Placed::tieStep)
				.containsExactly(tuple(1L, 1, 1), tuple(4L, 2, 3), tuple(2L, 3, 3), tuple(6L, 4, 4), tuple(5L, 5, 4),
						tuple(3L, 6, 2));
	}

	@Test
	void aVoteBreaksATieOnlyWhenEveryTiedDossierHasOne() {
		List<DossierScore> tied = List.of(scored(1, 50), scored(2, 50), scored(3, 50));
		TieBreak partly = new TieBreak(List.of(new CommitteeVote()), Map.of(1L, 1, 2L, 2));
		assertThat(partly.order(tied, Method.MEAN)).allSatisfy(p -> {
			assertThat(p.unresolved()).isTrue();
			assertThat(p.rank()).isEqualTo(1);
		});
		TieBreak sameRank = new TieBreak(List.of(new CommitteeVote()), Map.of(1L, 1, 2L, 1, 3L, 2));
		assertThat(sameRank.order(tied, Method.MEAN))
				.extracting(p -> p.score().dossier(), Placed::rank, Placed::unresolved)
				.containsExactly(tuple(1L, 1, true), tuple(2L, 1, true), tuple(3L, 3, false));
	}

	@Test
	void scoresWithinOneBillionthAreTiedAsAChain() {
		List<DossierScore> close = List.of(scored(1, 70), scored(2, 70 - 0.8e-9), scored(3, 70 - 1.6e-9),
				scored(4, 70 - 3.7e-9));
		assertThat(TieBreak.none().order(close, Method.MEAN)).extracting(Placed::rank).containsExactly(1, 1, 1, 4);
		assertThat(TieBreak.none().order(close, Method.MEAN)).extracting(Placed::unresolved)
				.containsExactly(true, true, true, false);
	}

	@Test
	void dossiersWithoutAScoreComeLastAndTieAmongThemselves() {
		List<Placed> order = TieBreak.none().order(List.of(scored(1, Double.NaN), scored(2, 0), scored(3, Double.NaN)),
				Method.MEAN);
		assertThat(order).extracting(p -> p.score().dossier(), Placed::rank).containsExactly(tuple(2L, 1),
				tuple(1L, 2), tuple(3L, 2));
	}

	@Test
	void theVoteIsTheLastRuleAndNoRuleComesTwice() {
		assertThatThrownBy(() -> new TieBreak(List.of(new CommitteeVote(), new HigherMedian()), Map.of()))
				.hasMessageContaining("last");
		assertThatThrownBy(() -> new TieBreak(List.of(new HigherMedian(), new HigherMedian()), Map.of()))
				.hasMessageContaining("twice");
	}

	/** A dossier with only a score (every method the same), no criteria. */
	static DossierScore scored(long dossier, double score) {
		return new DossierScore(dossier, 1, 3, 3, score, score, score, score, score, score, 0, false,
				new double[] { score, score, score }, Map.of(), 0);
	}
}
