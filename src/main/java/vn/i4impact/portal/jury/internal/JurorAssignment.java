package vn.i4impact.portal.jury.internal;

import java.time.Instant;

/** One dossier assigned to the signed-in juror in one round, with the round's state (what every juror step checks). */
public record JurorAssignment(long id, long roundId, RoundKind roundKind, RoundStatus roundStatus, Instant closesAt,
		boolean blind, long nominationId, String referenceCode, long awardId, Instant declaredAt) {

	public boolean declared() {
		return declaredAt != null;
	}

	public boolean acceptsScores(Instant now) {
		return roundStatus == RoundStatus.OPEN && now.isBefore(closesAt);
	}

}
