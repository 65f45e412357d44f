package vn.i4impact.portal.nomination.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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
		return EXTENDED + until.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
	}

	public boolean isExtension() {
		return note != null && note.startsWith(EXTENDED);
	}

	public Instant getExtendedUntil() {
		return isExtension() ? Instant.parse(note.substring(EXTENDED.length())) : null;
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
