package vn.i4impact.portal.nomination.internal;

import java.time.Instant;

import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.NominationStatus;

/**
 * The one place that knows what may happen to a dossier: for an action, why it is refused now (a message key), or
 * null when it is allowed. A pure function of the dossier's status, its jury lock, the time and the unit's deadline.
 */
final class DossierRules {

	static final String JURY_LOCKED = "nomination.error.juryLocked";

	static final String NOT_ALLOWED = "decision.error.notAllowed";

	static final String NOT_FOR_JURY = "nomination.error.notForJury";

	private DossierRules() {
	}

	/** @param deadline the unit's (see {@link Nomination#deadline}); null where it does not matter */
	static String refusal(NominationStatus status, boolean locked, DossierAction action, Instant now,
			Instant deadline) {
		boolean open = deadline == null || now.isBefore(deadline);
		return switch (action) {
			case EDIT, SUBMIT -> !status.isEditableByUnit() ? "nomination.error.notEditable"
					: !open ? "nomination.error.deadlinePassed" : null;
			case REOPEN -> locked ? JURY_LOCKED : status != NominationStatus.SUBMITTED ? "nomination.error.notReopenable"
					: !open ? "nomination.error.deadlinePassed" : null;
			case WITHDRAW -> locked ? JURY_LOCKED
					: !status.canMoveTo(NominationStatus.WITHDRAWN) ? "nomination.error.notWithdrawable" : null;
			case MARK_ELIGIBLE -> decision(status, locked, NominationStatus.ELIGIBLE);
			case REQUEST_CHANGES -> decision(status, locked, NominationStatus.CHANGES_REQUESTED);
			case DECLARE_INELIGIBLE -> decision(status, locked, NominationStatus.INELIGIBLE);
			case MOVE -> locked ? JURY_LOCKED : status == NominationStatus.DRAFT || status.isFinal()
					|| status == NominationStatus.SHORTLISTED ? NOT_ALLOWED : null;
			case EXTEND -> locked ? JURY_LOCKED : null;
			case LOCK_FOR_JURY -> locked || status != NominationStatus.ELIGIBLE ? "nomination.error.notLockable" : null;
			case UNLOCK_FOR_JURY -> locked ? null : NOT_FOR_JURY;
			case SHORTLIST -> locked && status == NominationStatus.ELIGIBLE ? null : NOT_FOR_JURY;
			case HONOUR -> locked && status == NominationStatus.SHORTLISTED ? null : NOT_FOR_JURY;
		};
	}

	/** A secretariat's decision: never on a dossier the jury holds, and only where the status may go. */
	private static String decision(NominationStatus status, boolean locked, NominationStatus target) {
		return locked ? JURY_LOCKED : status.canMoveTo(target) ? null : NOT_ALLOWED;
	}

}
