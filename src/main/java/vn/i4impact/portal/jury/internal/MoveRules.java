package vn.i4impact.portal.jury.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules of moving a juror's sheets and of a juror leaving a round, as plain functions (no I/O).
 * <ul>
 * <li>A sheet is <em>unstarted</em> when nothing of the juror's work is stored: no sheet, or a DRAFT sheet without a
 * single score or comment (criterion or overall). Declaring "no conflict" alone does not start it: the receiving
 * member declares for themselves. Started and submitted sheets never move.</li>
 * <li>An unstarted sheet moves to the receiving member only if they are on the panel of the dossier's award, have no
 * conflict with it (detected and not overridden, or declared) and are not already assigned to it.</li>
 * <li>A juror leaving keeps the assignments of their SUBMITTED sheets (they still count); every other assignment is
 * removed and its dossier given back the number of jurors it had, capped by what the round asks for the smaller panel,
 * through {@link Assigner} (conflict-aware, least loaded first over the whole round).</li>
 * </ul>
 */
public final class MoveRules {

	/** What became of one of the leaving or giving juror's dossiers. */
	public enum Outcome {

		MOVED, STARTED, NOT_IN_PANEL, CONFLICTED, ALREADY_ASSIGNED,

		/** A departing juror's dossier no other member of the panel could take (conflicts, or the panel too small). */
		UNCOVERED;

		public String messageKey() {
			return "jury.moves.outcome." + name();
		}

	}

	private MoveRules() {
	}

	/** May this one sheet move to the receiving member? The first reason that refuses it wins. */
	public static Outcome judge(boolean started, boolean inPanel, boolean conflicted, boolean alreadyAssigned) {
		if (started) {
			return Outcome.STARTED;
		}
		if (!inPanel) {
			return Outcome.NOT_IN_PANEL;
		}
		if (conflicted) {
			return Outcome.CONFLICTED;
		}
		if (alreadyAssigned) {
			return Outcome.ALREADY_ASSIGNED;
		}
		return Outcome.MOVED;
	}

	/**
	 * How many jurors a dossier should have again after a juror left: what it had before, but no more than the round
	 * asks of the panel without them ({@code jurorsPerDossier} null: every member).
	 */
	public static int target(int before, Integer jurorsPerDossier, int panelSizeAfter) {
		return Math.min(before, jurorsPerDossier == null ? panelSizeAfter : jurorsPerDossier);
	}

	/**
	 * The request that gives the dossiers a leaving juror had unfinished their jurors back. Every dossier of the round
	 * is in it, so loads count over the whole round; the others only need what they already have from the panel.
	 * @param awardOf every dossier of the round and its award
	 * @param before per affected dossier, how many jurors it had (the leaving one included)
	 * @param after the round's assignments once the leaving juror's unfinished ones are removed
	 * @param panels the panels without the leaving juror
	 */
	public static Assigner.Request refill(Map<Long, Long> awardOf, Map<Long, Integer> before, Set<Assigner.Pair> after,
			Map<Long, List<Long>> panels, Set<Assigner.Pair> conflicts, Integer jurorsPerDossier) {
		Map<Long, Integer> fromPanel = new HashMap<>();
		Map<Long, Integer> outside = new HashMap<>();
		for (Assigner.Pair p : after) {
			Long award = awardOf.get(p.dossierId());
			if (award == null) {
				continue;
			}
			boolean member = panels.getOrDefault(award, List.of()).contains(p.jurorId());
			(member ? fromPanel : outside).merge(p.dossierId(), 1, Integer::sum);
		}
		List<Assigner.Dossier> dossiers = awardOf.entrySet().stream().map(e -> {
			long id = e.getKey();
			int have = fromPanel.getOrDefault(id, 0);
			Integer was = before.get(id);
			if (was == null) {
				return new Assigner.Dossier(id, e.getValue(), have);
			}
			int panelSize = panels.getOrDefault(e.getValue(), List.of()).size();
			// jurors outside the panel (earlier leavers' submitted sheets) still count towards the target
			int needed = Math.max(have, target(was, jurorsPerDossier, panelSize) - outside.getOrDefault(id, 0));
			return new Assigner.Dossier(id, e.getValue(), needed);
		}).toList();
		return new Assigner.Request(dossiers, panels, conflicts, after);
	}

}
