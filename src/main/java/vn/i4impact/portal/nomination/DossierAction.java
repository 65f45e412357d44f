package vn.i4impact.portal.nomination;

/**
 * What someone may do with a dossier. The dossier answers which of these are possible now
 * ({@code Nomination.allowedActions}); screens render their buttons from that answer and never re-derive it.
 */
public enum DossierAction {

	EDIT(Actor.UNIT), SUBMIT(Actor.UNIT), REOPEN(Actor.UNIT), WITHDRAW(Actor.UNIT),

	MARK_ELIGIBLE(Actor.SECRETARIAT), REQUEST_CHANGES(Actor.SECRETARIAT), DECLARE_INELIGIBLE(Actor.SECRETARIAT),
	MOVE(Actor.SECRETARIAT), EXTEND(Actor.SECRETARIAT),

	LOCK_FOR_JURY(Actor.JURY), UNLOCK_FOR_JURY(Actor.JURY), SHORTLIST(Actor.JURY), HONOUR(Actor.JURY);

	/** Who takes the step: the unit's members, the secretariat, the jury (or the committee on its behalf). */
	public enum Actor {
		UNIT, SECRETARIAT, JURY
	}

	private final Actor actor;

	DossierAction(Actor actor) {
		this.actor = actor;
	}

	public Actor actor() {
		return actor;
	}

}
