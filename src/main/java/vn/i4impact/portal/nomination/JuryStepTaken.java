package vn.i4impact.portal.nomination;

/**
 * The jury's side of a dossier changed: locked, unlocked, shortlisted or not, honoured or not (published inside the
 * changing transaction).
 */
public record JuryStepTaken(long nominationId, long unitId, NominationStatus status, boolean juryLocked,
		long actorId) {
}
