package vn.i4impact.portal.nomination;

/** A unit opened a dossier; for a nomination of another unit or person the nominee is asked to consent. */
public record NominationStarted(long nominationId, long unitId, long userId, NominationKind kind) {
}
