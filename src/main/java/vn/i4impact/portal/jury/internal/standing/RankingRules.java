package vn.i4impact.portal.jury.internal.standing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.TieBreak;

/**
 * How a round is ranked, as stored on jury_round (V120): the official method, the ordered tie-break rules, the
 * disagreement threshold and the cut line. The tie-break text is a comma-separated list of HIGHER_MEDIAN,
 * MORE_TOP_MARKS, CRITERION:&lt;code&gt; and COMMITTEE_VOTE (last only).
 *
 * @param cutTop dossiers above the cut line per award; null for twice the award's planned honourees
 */
public record RankingRules(Method official, String tieBreak, double disagreementThreshold, Integer cutTop) {

	public static final String HIGHER_MEDIAN = "HIGHER_MEDIAN";

	public static final String MORE_TOP_MARKS = "MORE_TOP_MARKS";

	public static final String COMMITTEE_VOTE = "COMMITTEE_VOTE";

	public static final String CRITERION = "CRITERION:";

	public static RankingRules defaults() {
		return new RankingRules(Method.MEAN, HIGHER_MEDIAN + "," + MORE_TOP_MARKS + "," + COMMITTEE_VOTE, 25, null);
	}

	public List<String> steps() {
		return tieBreak == null || tieBreak.isBlank() ? List.of() : List.of(tieBreak.split(","));
	}

	/** The criterion code the rules compare on, or null. */
	public String tieCriterion() {
		return steps().stream().filter(s -> s.startsWith(CRITERION)).map(s -> s.substring(CRITERION.length()))
			.findFirst().orElse(null);
	}

	/**
	 * The rules for one award, whose criterion with the tie code has the given id (null when it has none: that step
	 * then compares nothing and separates no one).
	 */
	public TieBreak tieBreak(Long criterionId, Map<Long, Integer> votes) {
		List<TieBreak.Rule> rules = new ArrayList<>();
		for (String step : steps()) {
			if (step.equals(HIGHER_MEDIAN)) {
				rules.add(new TieBreak.HigherMedian());
			}
			else if (step.equals(MORE_TOP_MARKS)) {
				rules.add(new TieBreak.MoreTopMarks());
			}
			else if (step.equals(COMMITTEE_VOTE)) {
				rules.add(new TieBreak.CommitteeVote());
			}
			else if (step.startsWith(CRITERION)) {
				rules.add(new TieBreak.OnCriterion(criterionId == null ? -1 : criterionId));
			}
		}
		return new TieBreak(rules, votes);
	}
}
