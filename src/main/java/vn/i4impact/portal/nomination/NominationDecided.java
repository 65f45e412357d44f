package vn.i4impact.portal.nomination;

/** The secretariat decided about a dossier (published after the change, inside its transaction). */
public record NominationDecided(long nominationId, long unitId, Decision decision, NominationStatus status,
		long actorId) {
}
