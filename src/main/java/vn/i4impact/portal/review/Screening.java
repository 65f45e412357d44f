package vn.i4impact.portal.review;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.nomination.MailTopic;
import vn.i4impact.portal.nomination.NominationDecided;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;

/**
 * What the secretariat does with submitted dossiers. Every decision checks the version the secretary was looking at,
 * so two secretaries acting on the same dossier at once cannot both win silently; it is recorded with who, when and
 * why, written to the audit trail, mailed to the unit through the outbox and published as {@link NominationDecided}.
 * Drafts are the unit's own and are never found here. A decision on a dossier that moved on (or went back to draft)
 * throws {@link ConflictException}; one the dossier's rules refuse throws {@link DomainException}.
 */
public interface Screening {

	/** The mail topic of a dossier (see {@code Mailer#about}). */
	static String topic(long nominationId) {
		return MailTopic.of(nominationId);
	}

	/** @throws vn.i4impact.portal.shared.web.NotFoundException for an unknown id or a draft */
	DossierView dossier(long id);

	void markEligible(long id, long expectedVersion, long actorId);

	void requestChanges(long id, long expectedVersion, String message, Instant due, long actorId);

	void declareIneligible(long id, long expectedVersion, IneligibleReason reason, String note, long actorId);

	/**
	 * Checks, without deciding, that the dossier is still the version the secretary's form was made from, so a page
	 * asking to confirm or correct a decision is never shown over a colleague's (or the unit's) change.
	 * @throws ConflictException as a decision would
	 */
	void requireCurrent(long id, long expectedVersion);

	/**
	 * Files the dossier under another award of the same edition; answers to the common questions are kept. When the new
	 * award has required questions the dossier has not answered, it is not left submitted with gaps: changes are
	 * requested for them, due at the end of the day {@value #MISSING_ANSWERS_DAYS} days later (Vietnam time), and the
	 * unit's mail lists them.
	 */
	Moved moveToAward(long id, long expectedVersion, long targetAwardId, String note, long actorId);

	/**
	 * What {@link #moveToAward} would do, without doing it, for the page that asks to confirm a move.
	 * @return the refusal's message key, or the new award's required questions the dossier has not answered
	 * @throws ConflictException as the move would
	 */
	MovePreview previewMove(long id, long expectedVersion, long targetAwardId);

	/** @param refusal why the move would be refused (a message key), or null when it would be done */
	record MovePreview(String refusal, List<Question> missing) {
	}

	/** How long a unit has to answer the questions a move to another award added. */
	int MISSING_ANSWERS_DAYS = 7;

	/**
	 * What a move did.
	 * @param missing the new award's required questions the dossier has not answered (empty: simply moved)
	 * @param changesDue while answers are missing, until when the unit may complete the dossier; else null
	 */
	record Moved(String reference, NominationStatus status, List<Question> missing, Instant changesDue) {

		public boolean changesRequested() {
			return !missing.isEmpty();
		}

		/** The message for the secretary who moved it. */
		public String messageKey() {
			return changesRequested() ? "decision.done.MOVED_CHANGES_REQUESTED" : "decision.done.MOVED";
		}

	}

	/** The dossier as a PDF: every answer and the list of attachments (the receipt's layout). */
	byte[] pdf(long id, Locale locale);

	String pdfName(long id, Locale locale);

	DossierView.FileInfo file(long id, long fileId);

	InputStream open(long id, long fileId) throws IOException;

}
