package vn.i4impact.portal.nomination;

/** A dossier was submitted (again); published inside the submitting transaction. */
public record NominationSubmitted(long nominationId, long unitId, long userId, String referenceCode) {
}
