package vn.i4impact.portal.jury.internal.standing;

import java.time.Instant;
import java.util.List;

/**
 * HOOK for the sealed minutes: the committee's decisions of a round (shortlist or honourees) with their reasons.
 * The shortlist and final decision are built on another branch ("decide"); until it lands there is no bean of this
 * type and the minutes say that no decision is recorded. To fill it, add one {@code @Component} implementing this
 * interface over the tables that branch stores (nothing else changes: {@link RoundMinutes} picks it up).
 */
public interface MinutesDecisions {

	/**
	 * One decision on a dossier.
	 *
	 * @param outcomeKey message key of the outcome, e.g. {@code nomination.status.SHORTLISTED}
	 * @param reason     the committee's written reason (required when it deviates from the ranking), or null
	 */
	record Decision(long nominationId, String referenceCode, String outcomeKey, String reason, Instant at) {
	}

	/** The round's decisions, by reference code. */
	List<Decision> of(long roundId);
}
