package vn.i4impact.portal.jury.internal.selection;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Robustness;

/**
 * One award's shortlist or decision before it is confirmed: the proposal under the rule, the committee's changes
 * (each with its reason), and what still blocks confirmation. Plain Java over a ranking, so the rule is unit-tested.
 *
 * <ul>
 * <li><b>Proposed</b>: a ranked (complete) dossier within the rule — rank ≤ top, or official score ≥ the minimum
 * (within 1e-9). Dossiers of an unresolved tie share their group's best rank, so a tie at the line is proposed whole.
 * Incomplete dossiers are never proposed.</li>
 * <li><b>Selected</b>: the proposal, unless the committee changed it with a written reason.</li>
 * <li><b>Blocking</b>: an unresolved tie that straddles the line (only a vote can break it), or an incomplete dossier
 * in the award. Either one blocks confirmation unless the committee gives an explicit reason.</li>
 * </ul>
 */
public record Selection(long award, Rule rule, int cut, List<Line> lines, List<Long> blockingTie,
		List<Long> incomplete) {

	/** Scores closer than this are equal, as in the ranking. */
	static final double TOLERANCE = 1e-9;

	/** The rule: the first {@code top} dossiers, or (when {@code minScore} is set) all at or above a score. */
	public record Rule(int top, Double minScore) {

		public Rule {
			if (top < 0 || minScore != null && (minScore < 0 || minScore > 100)) {
				throw new IllegalArgumentException("top " + top + ", minimum " + minScore);
			}
		}

		public static Rule top(int top) {
			return new Rule(top, null);
		}

		public boolean byScore() {
			return minScore != null;
		}
	}

	/** The committee's departure from the proposal for one dossier. */
	public record Change(boolean selected, String reason) {
	}

	/**
	 * One dossier of the award.
	 *
	 * @param robustness its row of the robustness report at the line; null for an incomplete dossier
	 * @param change     the committee's change, or null
	 */
	public record Line(RankedEntry entry, boolean proposed, Change change, Robustness.Row robustness) {

		public long dossier() {
			return entry.dossier();
		}

		public boolean selected() {
			return change == null ? proposed : change.selected();
		}

		/** A change that departs from the proposal (a change equal to it says nothing). */
		public boolean deviates() {
			return change != null && change.selected() != proposed;
		}

		public boolean tooCloseToCall() {
			return robustness != null && robustness.tooCloseToCall();
		}
	}

	/** @param robustness the report at {@link #cutOf}'s line; its rows are matched by dossier */
	public static Selection of(Ranking ranking, Rule rule, Map<Long, Change> changes, Robustness robustness) {
		int cut = cutOf(ranking, rule);
		Map<Long, Robustness.Row> rows = new HashMap<>();
		if (robustness != null) {
			robustness.rows().forEach(r -> rows.put(r.dossier(), r));
		}
		List<Line> lines = new ArrayList<>();
		List<Long> incomplete = new ArrayList<>();
		for (RankedEntry entry : ranking.entries()) {
			boolean proposed = entry.ranked() && entry.rank() <= cut;
			if (!entry.ranked()) {
				incomplete.add(entry.dossier());
			}
			lines.add(new Line(entry, proposed, changes.get(entry.dossier()), rows.get(entry.dossier())));
		}
		List<Long> tie = ranking.blockingAt(cut).stream().map(RankedEntry::dossier).toList();
		return new Selection(ranking.award(), rule, cut, lines, tie, incomplete);
	}

	/** How many ranked dossiers stand above the line: {@code top}, or those scoring at least the minimum. */
	public static int cutOf(Ranking ranking, Rule rule) {
		if (!rule.byScore()) {
			return rule.top();
		}
		Method official = ranking.official();
		int cut = 0;
		for (RankedEntry entry : ranking.entries()) {
			if (entry.ranked() && entry.score().score(official) >= rule.minScore() - TOLERANCE) {
				cut = Math.max(cut, entry.rank());
			}
		}
		return cut;
	}

	public boolean blocked() {
		return !blockingTie.isEmpty() || !incomplete.isEmpty();
	}

	public List<Line> selected() {
		return lines.stream().filter(Line::selected).toList();
	}

	public List<Line> deviations() {
		return lines.stream().filter(Line::deviates).toList();
	}

	public long tooCloseToCall() {
		return lines.stream().filter(Line::tooCloseToCall).count();
	}

	/** The dossiers of the unresolved tie at the line, as a set. */
	public Set<Long> tied() {
		return new HashSet<>(blockingTie);
	}
}
