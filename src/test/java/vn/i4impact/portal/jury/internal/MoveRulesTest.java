package vn.i4impact.portal.jury.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.Assigner.Pair;
import vn.i4impact.portal.jury.internal.MoveRules.Outcome;

import static org.assertj.core.api.Assertions.assertThat;

/** Which sheet may move, and how a departing juror's unfinished dossiers get their jurors back. */
class MoveRulesTest {

	@Test
	void aSheetMovesOnlyUnstartedToAFreeMemberOfTheAwardsPanel() {
		assertThat(MoveRules.judge(false, true, false, false)).isEqualTo(Outcome.MOVED);
		assertThat(MoveRules.judge(true, true, false, false)).as("started or submitted stays").isEqualTo(Outcome.STARTED);
		assertThat(MoveRules.judge(false, false, false, false)).isEqualTo(Outcome.NOT_IN_PANEL);
		assertThat(MoveRules.judge(false, true, true, false)).isEqualTo(Outcome.CONFLICTED);
		assertThat(MoveRules.judge(false, true, false, true)).isEqualTo(Outcome.ALREADY_ASSIGNED);
		assertThat(MoveRules.judge(true, false, true, true)).as("the first reason wins").isEqualTo(Outcome.STARTED);
	}

	@Test
	void theTargetIsWhatTheDossierHadCappedByWhatTheSmallerPanelCanGive() {
		assertThat(MoveRules.target(3, 3, 4)).isEqualTo(3);
		assertThat(MoveRules.target(2, 3, 4)).as("an under-covered dossier is not topped up here").isEqualTo(2);
		assertThat(MoveRules.target(5, null, 4)).as("final round: every remaining member").isEqualTo(4);
	}

	/** Award 1, panel 10..13 after juror 14 left; dossiers 1-4 with two jurors each (14 had dossiers 1 and 2). */
	@Test
	void aLeaversDossiersGoToTheLeastLoadedFreeMembersAndNothingElseMoves() {
		Map<Long, Long> awardOf = new TreeMap<>(Map.of(1L, 1L, 2L, 1L, 3L, 1L, 4L, 1L));
		Set<Pair> after = new HashSet<>(Set.of(new Pair(1, 10), new Pair(2, 10), new Pair(3, 11), new Pair(3, 12),
				new Pair(4, 11), new Pair(4, 12)));
		Map<Long, List<Long>> panels = Map.of(1L, List.of(10L, 11L, 12L, 13L));
		Set<Pair> conflicts = Set.of(new Pair(2, 13));
		Assigner.Result r = new Assigner().assign(MoveRules.refill(awardOf, Map.of(1L, 2, 2L, 2), after, panels,
				conflicts, 2));
		assertThat(r.complete()).isTrue();
		// dossier 1 goes to 13 (no load); 13 is conflicted with dossier 2, which goes to the lighter of 11 and 12
		assertThat(r.added()).containsExactly(new Pair(1, 13), new Pair(2, 11));
	}

	@Test
	void aDossierNoOneCanTakeIsReportedNotDroppedSilently() {
		Map<Long, Long> awardOf = Map.of(1L, 1L);
		Set<Pair> after = Set.of(new Pair(1, 10));
		Map<Long, List<Long>> panels = Map.of(1L, List.of(10L, 11L));
		Assigner.Result r = new Assigner().assign(MoveRules.refill(awardOf, Map.of(1L, 2), after, panels,
				Set.of(new Pair(1, 11)), 3));
		assertThat(r.added()).isEmpty();
		assertThat(r.shortfalls()).singleElement().satisfies(s -> {
			assertThat(s.dossierId()).isEqualTo(1);
			assertThat(s.needed()).isEqualTo(2);
			assertThat(s.assigned()).isEqualTo(1);
		});
	}

	@Test
	void inTheFinalRoundNoOneIsMissingWhenEveryRemainingMemberAlreadyScores() {
		Map<Long, Long> awardOf = Map.of(1L, 1L);
		Set<Pair> after = Set.of(new Pair(1, 10), new Pair(1, 11));
		Assigner.Result r = new Assigner().assign(MoveRules.refill(awardOf, Map.of(1L, 3), after,
				Map.of(1L, List.of(10L, 11L)), Set.of(), null));
		assertThat(r.added()).isEmpty();
		assertThat(r.complete()).isTrue();
	}

	@Test
	void anEarlierLeaversSubmittedSheetStillCountsTowardsTheTarget() {
		// 9 left earlier with a submitted sheet on dossier 1 (kept, off the panel); now 14 leaves it unfinished
		Map<Long, Long> awardOf = Map.of(1L, 1L);
		Set<Pair> after = Set.of(new Pair(1, 9), new Pair(1, 10));
		Assigner.Result r = new Assigner().assign(MoveRules.refill(awardOf, Map.of(1L, 3), after,
				Map.of(1L, List.of(10L, 11L, 12L)), Set.of(), 3));
		assertThat(r.added()).containsExactly(new Pair(1, 11));
	}

}
