package vn.i4impact.portal.jury.internal.selection;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.ranking.Aggregation;
import vn.i4impact.portal.jury.internal.ranking.Entry;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Robustness;
import vn.i4impact.portal.jury.internal.ranking.Sheet;
import vn.i4impact.portal.jury.internal.ranking.TieBreak;

import static org.assertj.core.api.Assertions.assertThat;

/** The shortlist rule on a ranking: proposal, changes, what blocks confirmation. */
class SelectionTest {

	private static final long AWARD = 7;

	@Test
	void theFirstNAreProposedAndAChangeDepartsFromTheProposal() {
		Aggregation round = round(new int[][] { { 9, 9, 9 }, { 8, 8, 8 }, { 7, 7, 7 }, { 5, 5, 5 } }, 3);
		Ranking ranking = Ranking.of(round, AWARD, Method.MEAN, TieBreak.none());
		Selection s = Selection.of(ranking, Selection.Rule.top(2),
				Map.of(3L, new Selection.Change(true, "lý do"), 1L, new Selection.Change(true, "giữ nguyên")),
				Robustness.of(round, AWARD, Method.MEAN, TieBreak.none(), Robustness.Settings.top(2)));
		assertThat(s.lines()).extracting(Selection.Line::proposed).containsExactly(true, true, false, false);
		assertThat(s.selected()).extracting(Selection.Line::dossier).containsExactly(1L, 2L, 3L);
		// a change equal to the proposal is no deviation
		assertThat(s.deviations()).extracting(Selection.Line::dossier).containsExactly(3L);
		assertThat(s.blocked()).isFalse();
	}

	@Test
	void aMinimumScoreTakesEveryDossierAtOrAboveIt() {
		Aggregation round = round(new int[][] { { 9, 9, 9 }, { 8, 8, 8 }, { 7, 7, 7 }, { 5, 5, 5 } }, 3);
		Ranking ranking = Ranking.of(round, AWARD, Method.MEAN, TieBreak.none());
		assertThat(Selection.cutOf(ranking, new Selection.Rule(0, 70.0))).isEqualTo(3);
		assertThat(Selection.cutOf(ranking, new Selection.Rule(0, 70.01))).isEqualTo(2);
		assertThat(Selection.cutOf(ranking, new Selection.Rule(0, 95.0))).isZero();
	}

	@Test
	void anOpenTieAtTheLineAndAnIncompleteDossierBlockButAVoteBreaksTheTie() {
		// dossiers 2 and 3 tie on every rule; dossier 4 has two sheets of three
		Aggregation round = round(new int[][] { { 9, 9, 9 }, { 7, 7, 7 }, { 7, 7, 7 }, { 10, 10 } }, 3);
		List<TieBreak.Rule> rules = List.of(new TieBreak.HigherMedian(), new TieBreak.CommitteeVote());
		Ranking open = Ranking.of(round, AWARD, Method.MEAN, new TieBreak(rules, Map.of()));
		Selection blocked = Selection.of(open, Selection.Rule.top(2), Map.of(), null);
		assertThat(blocked.blockingTie()).containsExactly(2L, 3L);
		assertThat(blocked.incomplete()).containsExactly(4L);
		assertThat(blocked.blocked()).isTrue();
		// both tied dossiers share rank 2: the proposal takes the tie whole
		assertThat(blocked.selected()).extracting(Selection.Line::dossier).containsExactly(1L, 2L, 3L);

		Ranking voted = Ranking.of(round, AWARD, Method.MEAN, new TieBreak(rules, Map.of(2L, 2, 3L, 1)));
		Selection after = Selection.of(voted, Selection.Rule.top(2), Map.of(), null);
		assertThat(after.blockingTie()).isEmpty();
		assertThat(after.selected()).extracting(Selection.Line::dossier).containsExactly(1L, 3L);
		assertThat(after.blocked()).isTrue();
		// a tie wholly above the line blocks nothing
		assertThat(Selection.of(open, Selection.Rule.top(3), Map.of(), null).blockingTie()).isEmpty();
	}

	/** Dossier i+1 gets one sheet per score in row i, from jurors 1, 2, 3, …, every criterion at that score. */
	private static Aggregation round(int[][] scores, int required) {
		List<Entry> entries = new ArrayList<>();
		List<Sheet> sheets = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			long dossier = i + 1;
			entries.add(new Entry(dossier, AWARD, required));
			for (int j = 0; j < scores[i].length; j++) {
				int score = scores[i][j];
				sheets.add(new Sheet(j + 1, dossier, AWARD, Map.of(1L, score, 2L, score), Map.of(1L, 60, 2L, 40), 10));
			}
		}
		return Aggregation.of(entries, sheets);
	}
}
