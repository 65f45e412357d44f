package vn.i4impact.portal.nomination;

import java.time.Instant;

/**
 * Until when a unit may still edit and submit a dossier, defined once: the edition's nomination window, or the later
 * date the secretariat extended this dossier to; while changes are requested, the request's own date when that is
 * later (a request never gives a unit less time than everyone has). The dossier (Java) and every SQL read model
 * (queue, overview) use this rule; the SQL function {@code nomination_unit_deadline} (migration V71) is its twin, and
 * a test keeps the two equal.
 */
public final class UnitDeadline {

	/** The rule in SQL, for a dossier aliased {@code n} joined with {@link #WINDOW_JOIN}. */
	public static final String SQL = "nomination_unit_deadline(n.status, n.changes_due_at, n.deadline_override, ph.ends_at)";

	/** The edition's nomination window, one row per edition (joined rather than looked up per row). */
	public static final String WINDOW_JOIN = " left join edition_phase ph on ph.edition_id = n.edition_id and ph.kind = 'NOMINATION'";

	private UnitDeadline() {
	}

	/** @param windowEndsAt the end of the edition's nomination window (null: none, the dossier is closed) */
	public static Instant of(NominationStatus status, Instant changesDueAt, Instant deadlineOverride,
			Instant windowEndsAt) {
		Instant edition = windowEndsAt == null ? Instant.EPOCH : windowEndsAt;
		Instant normal = deadlineOverride != null && deadlineOverride.isAfter(edition) ? deadlineOverride : edition;
		if (status == NominationStatus.CHANGES_REQUESTED && changesDueAt != null && changesDueAt.isAfter(normal)) {
			return changesDueAt;
		}
		return normal;
	}

}
