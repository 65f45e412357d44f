package vn.i4impact.portal.nomination;

import java.time.Instant;

/**
 * A dossier was submitted (again); published inside the submitting transaction.
 * @param reply the unit's answer to the secretariat's request for changes it is answering, or null
 */
public record NominationSubmitted(long nominationId, long unitId, long userId, String referenceCode, String reply,
		Instant at) {
}
