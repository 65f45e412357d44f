package vn.i4impact.portal.jury.internal.ranking;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * One dossier's line in an award's ranking.
 *
 * @param rank          under the official method, 1-based; 0 for an incomplete dossier (never ranked)
 * @param ranks         the rank under each of the four methods (the official one included); empty when incomplete
 * @param tieStep       the tie-break rule (1-based) that placed it under the official method; 0 if it was not tied
 * @param tieUnresolved tied under the official method after every rule: only a committee vote can break it
 */
public record RankedEntry(DossierScore score, int rank, Map<Method, Integer> ranks, int tieStep,
		boolean tieUnresolved) {

	public enum Flag {
		INCOMPLETE, DISAGREEMENT, TIE_BROKEN, TIE_UNRESOLVED
	}

	public RankedEntry {
		ranks = Map.copyOf(ranks);
	}

	public long dossier() {
		return score.dossier();
	}

	public boolean ranked() {
		return rank > 0;
	}

	public Set<Flag> flags() {
		Set<Flag> flags = EnumSet.noneOf(Flag.class);
		if (score.incomplete()) {
			flags.add(Flag.INCOMPLETE);
		}
		if (score.disagreement()) {
			flags.add(Flag.DISAGREEMENT);
		}
		if (tieStep > 0) {
			flags.add(Flag.TIE_BROKEN);
		}
		if (tieUnresolved) {
			flags.add(Flag.TIE_UNRESOLVED);
		}
		return flags;
	}
}
