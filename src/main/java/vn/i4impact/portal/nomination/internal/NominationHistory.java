package vn.i4impact.portal.nomination.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationStatus;

/** One step in a dossier's life: who moved it from which status to which, when, and why. */
@Entity
@Table(name = "nomination_status_history")
public class NominationHistory {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	@Enumerated(EnumType.STRING)
	private NominationStatus fromStatus;

	@Enumerated(EnumType.STRING)
	private NominationStatus toStatus;

	private Instant at;

	private Long actorId;

	private String note;

	/** A note that is not free text but an extension of the deadline, rendered in the reader's language. */
	static final String EXTENDED = "#extended:";

	/** A note that records a move to another award: the old and the new reference. */
	static final String MOVED = "#moved:";

	/** A note that records the jury's lock being set or lifted (the latter with the committee's reason). */
	static final String JURY_LOCKED = "#jury-locked";

	static final String JURY_UNLOCKED = "#jury-unlocked:";

	/** A note that records the nominee's answer to the consent request (no status changes). */
	static final String CONSENT = "#consent:";

	static String consentNote(boolean given) {
		return CONSENT + (given ? ConsentStatus.GIVEN : ConsentStatus.DECLINED).name();
	}

	/** For a line about the nominee's answer: GIVEN or DECLINED; null for any other line. */
	public ConsentStatus getConsentAnswer() {
		return note != null && note.startsWith(CONSENT) ? ConsentStatus.valueOf(note.substring(CONSENT.length())) : null;
	}

	static String juryLockNote() {
		return JURY_LOCKED;
	}

	static String juryUnlockNote(String reason) {
		return JURY_UNLOCKED + reason;
	}

	/** A line about the jury's lock: the unit does not see it (for the unit the dossier is simply under review). */
	public boolean isJuryLock() {
		return note != null && (note.equals(JURY_LOCKED) || note.startsWith(JURY_UNLOCKED));
	}

	/** True for the lock being set, false for it being lifted, null for any other line. */
	public Boolean getJuryLocked() {
		return isJuryLock() ? note.equals(JURY_LOCKED) : null;
	}

	/** The committee's reason for lifting the lock. */
	public String getUnlockReason() {
		return note != null && note.startsWith(JURY_UNLOCKED) ? note.substring(JURY_UNLOCKED.length()) : null;
	}

	protected NominationHistory() {
	}

	static String movedNote(String fromReference, String toReference) {
		return MOVED + fromReference + " " + toReference;
	}

	public boolean isMove() {
		return note != null && note.startsWith(MOVED);
	}

	/** For a move: the reference before and after, e.g. {@code [I4IA-2026-1.3-0004, I4IA-2026-2.1-0011]}. */
	public String[] getMovedReferences() {
		return isMove() ? note.substring(MOVED.length()).split(" ", 2) : null;
	}

	static String extensionNote(Instant until) {
		return EXTENDED + until.truncatedTo(ChronoUnit.SECONDS);
	}

	public boolean isExtension() {
		return note != null && note.startsWith(EXTENDED);
	}

	public Instant getExtendedUntil() {
		return isExtension() ? Instant.parse(note.substring(EXTENDED.length())) : null;
	}

	/** A line the dossier appended; it belongs to the dossier once that has an id (see {@link #of}). */
	NominationHistory(NominationStatus from, NominationStatus to, Instant at, Long actorId, String note) {
		this(0, from, to, at, actorId, note);
	}

	NominationHistory of(long nominationId) {
		this.nominationId = nominationId;
		return this;
	}

	/** A line appended by the dossier, published with its events and stored by {@link NominationHistoryRecorder}. */
	record Appended(NominationHistory row) {
	}

	NominationHistory(long nominationId, NominationStatus from, NominationStatus to, Instant at, Long actorId,
			String note) {
		this.nominationId = nominationId;
		this.fromStatus = from;
		this.toStatus = to;
		this.at = at;
		this.actorId = actorId;
		this.note = note;
	}

	public NominationStatus getFromStatus() {
		return fromStatus;
	}

	public NominationStatus getToStatus() {
		return toStatus;
	}

	public Long getActorId() {
		return actorId;
	}

	public Instant getAt() {
		return at;
	}

	public String getNote() {
		return note;
	}

}
