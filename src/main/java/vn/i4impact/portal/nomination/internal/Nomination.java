package vn.i4impact.portal.nomination.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.UnitType;

/**
 * A dossier. Its status changes only through the methods below, each checking that the step is allowed now; the
 * service records every change in the status history.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends BaseEntity {

	/** A step that is not allowed in the current status or after the deadline. */
	public static class NotAllowedException extends RuntimeException {

		private final String messageKey;

		public NotAllowedException(String messageKey) {
			super(messageKey, null, false, false);
			this.messageKey = messageKey;
		}

		public String messageKey() {
			return messageKey;
		}

	}

	private long editionId;

	private long awardId;

	private long unitId;

	@Enumerated(EnumType.STRING)
	private NominationKind kind;

	@Enumerated(EnumType.STRING)
	private UnitType nomineeType;

	private String nomineeName;

	private String nomineePosition;

	private String nomineeOrganisation;

	private String nomineeEmail;

	private String nomineePhone;

	private String nomineeKey;

	private String title;

	@Enumerated(EnumType.STRING)
	private NominationStatus status;

	private String referenceCode;

	private Instant deadlineOverride;

	@Enumerated(EnumType.STRING)
	private ConsentStatus consentStatus;

	private Instant consentAt;

	private Instant declarationAt;

	private long createdBy;

	private Instant createdAt;

	private Long updatedBy;

	private Instant updatedAt;

	private Instant submittedAt;

	private Instant changesDueAt;

	private String replyDraft;

	// a dossier is always shown or checked with its answers (a few dozen short rows); lists batch-load them
	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nomination_answer", joinColumns = @JoinColumn(name = "nomination_id"))
	@MapKeyColumn(name = "question_id")
	@Column(name = "value")
	private Map<Long, String> answers = new HashMap<>();

	protected Nomination() {
	}

	/** The mail topic of a dossier: every mail about it is tagged with this, so its page can list them. */
	public static String topic(long nominationId) {
		return vn.i4impact.portal.nomination.Screening.topic(nominationId);
	}

	public record Nominee(UnitType type, String name, String position, String organisation, String email,
			String phone) {
	}

	Nomination(long editionId, long awardId, long unitId, NominationKind kind, Nominee nominee, long userId,
			Instant now) {
		this.editionId = editionId;
		this.awardId = awardId;
		this.unitId = unitId;
		this.kind = kind;
		setNominee(nominee);
		this.status = NominationStatus.DRAFT;
		this.consentStatus = kind == NominationKind.SELF ? ConsentStatus.NOT_NEEDED : ConsentStatus.PENDING;
		this.createdBy = userId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	private void setNominee(Nominee n) {
		this.nomineeType = n.type();
		this.nomineeName = n.name().strip();
		this.nomineePosition = blank(n.position());
		this.nomineeOrganisation = blank(n.organisation());
		this.nomineeEmail = blank(n.email());
		this.nomineePhone = blank(n.phone());
		this.nomineeKey = NomineeKey.of(n.name());
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/**
	 * The deadline for this dossier: the edition's, or the one the secretariat extended it to; while changes are
	 * requested, the request's own date if that is later (a request never gives a unit less time than everyone has).
	 */
	public Instant deadline(Instant editionDeadline) {
		Instant normal = deadlineOverride != null && deadlineOverride.isAfter(editionDeadline) ? deadlineOverride
				: editionDeadline;
		if (status == NominationStatus.CHANGES_REQUESTED && changesDueAt != null && changesDueAt.isAfter(normal)) {
			// the secretariat's request sets its own date, usually after the edition's deadline
			return changesDueAt;
		}
		return normal;
	}

	private void requireEditable(Instant now, Instant deadline) {
		if (!status.isEditableByUnit()) {
			throw new NotAllowedException("nomination.error.notEditable");
		}
		if (!now.isBefore(deadline)) {
			throw new NotAllowedException("nomination.error.deadlinePassed");
		}
	}

	/** Keeps what was typed, valid or not: a draft never loses a word. Empty answers are removed. */
	void saveDraft(String title, Map<Long, String> typed, long userId, Instant now, Instant deadline) {
		requireEditable(now, deadline);
		this.title = blank(title);
		typed.forEach((questionId, value) -> {
			if (value == null || value.isBlank()) {
				answers.remove(questionId);
			}
			else {
				answers.put(questionId, value);
			}
		});
		touch(userId, now);
	}

	NominationStatus submit(String referenceCode, long userId, Instant now, Instant deadline) {
		requireEditable(now, deadline);
		NominationStatus from = status;
		status = NominationStatus.SUBMITTED;
		if (this.referenceCode == null) {
			this.referenceCode = referenceCode;
		}
		this.declarationAt = now;
		this.submittedAt = now;
		this.replyDraft = null;
		touch(userId, now);
		return from;
	}

	/** Back to draft to change something; must be submitted again before the deadline. */
	NominationStatus reopen(long userId, Instant now, Instant deadline) {
		if (status != NominationStatus.SUBMITTED) {
			throw new NotAllowedException("nomination.error.notReopenable");
		}
		if (!now.isBefore(deadline)) {
			throw new NotAllowedException("nomination.error.deadlinePassed");
		}
		status = NominationStatus.DRAFT;
		touch(userId, now);
		return NominationStatus.SUBMITTED;
	}

	NominationStatus withdraw(long userId, Instant now) {
		if (!status.isWithdrawable()) {
			throw new NotAllowedException("nomination.error.notWithdrawable");
		}
		NominationStatus from = status;
		status = NominationStatus.WITHDRAWN;
		touch(userId, now);
		return from;
	}

	private NominationStatus moveTo(NominationStatus target, String refusal) {
		if (!status.canMoveTo(target)) {
			throw new NotAllowedException(refusal);
		}
		NominationStatus from = status;
		status = target;
		return from;
	}

	/** The secretariat finds the dossier eligible: it goes forward to the jury. */
	NominationStatus markEligible(long userId, Instant now) {
		NominationStatus from = moveTo(NominationStatus.ELIGIBLE, "decision.error.notAllowed");
		touch(userId, now);
		return from;
	}

	/** The unit may edit and resubmit until {@code due}, which must be in the future. */
	NominationStatus requestChanges(Instant due, long userId, Instant now) {
		if (!due.isAfter(now)) {
			throw new NotAllowedException("decision.error.duePast");
		}
		NominationStatus from = moveTo(NominationStatus.CHANGES_REQUESTED, "decision.error.notAllowed");
		changesDueAt = due;
		touch(userId, now);
		return from;
	}

	NominationStatus declareIneligible(long userId, Instant now) {
		NominationStatus from = moveTo(NominationStatus.INELIGIBLE, "decision.error.notAllowed");
		touch(userId, now);
		return from;
	}

	/** Files the dossier under another award; the status is kept, the reference follows the new award. */
	void moveToAward(long targetAwardId, String newReference, long userId, Instant now) {
		if (status == NominationStatus.DRAFT || status.isFinal() || status == NominationStatus.SHORTLISTED) {
			throw new NotAllowedException("decision.error.notAllowed");
		}
		if (targetAwardId == awardId) {
			throw new NotAllowedException("decision.error.sameAward");
		}
		this.awardId = targetAwardId;
		this.referenceCode = newReference;
		touch(userId, now);
	}

	/**
	 * After a move the dossier lacks answers its new award requires: it goes back to the unit until {@code due}. A
	 * dossier already waiting for changes keeps the later of its date and {@code due}.
	 */
	NominationStatus requestMissingAnswers(Instant due, long userId, Instant now) {
		if (status != NominationStatus.CHANGES_REQUESTED) {
			return requestChanges(due, userId, now);
		}
		if (changesDueAt == null || due.isAfter(changesDueAt)) {
			changesDueAt = due;
		}
		touch(userId, now);
		return status;
	}

	void recordConsent(boolean given, Instant now) {
		if (consentStatus == ConsentStatus.NOT_NEEDED) {
			return;
		}
		consentStatus = given ? ConsentStatus.GIVEN : ConsentStatus.DECLINED;
		consentAt = now;
	}

	/** More time: for a request for changes, its own date moves; otherwise the dossier's submission deadline. */
	void extendDeadline(Instant until) {
		if (status == NominationStatus.CHANGES_REQUESTED && changesDueAt != null) {
			this.changesDueAt = until;
		}
		else {
			this.deadlineOverride = until;
		}
	}

	private void touch(Long userId, Instant now) {
		this.updatedBy = userId;
		this.updatedAt = now;
	}

	public long getEditionId() {
		return editionId;
	}

	public long getAwardId() {
		return awardId;
	}

	public long getUnitId() {
		return unitId;
	}

	public NominationKind getKind() {
		return kind;
	}

	public UnitType getNomineeType() {
		return nomineeType;
	}

	public String getNomineeName() {
		return nomineeName;
	}

	public String getNomineePosition() {
		return nomineePosition;
	}

	public String getNomineeOrganisation() {
		return nomineeOrganisation;
	}

	public String getNomineeEmail() {
		return nomineeEmail;
	}

	public String getNomineePhone() {
		return nomineePhone;
	}

	/** The reply to an open request for changes, as typed so far; only such a request can be replied to. */
	void draftReply(String reply) {
		if (status == NominationStatus.CHANGES_REQUESTED) {
			String r = blank(reply);
			this.replyDraft = r != null && r.length() > 4000 ? r.substring(0, 4000) : r;
		}
	}

	public String getReplyDraft() {
		return replyDraft;
	}

	public String getTitle() {
		return title;
	}

	public NominationStatus getStatus() {
		return status;
	}

	public String getReferenceCode() {
		return referenceCode;
	}

	public Instant getDeadlineOverride() {
		return deadlineOverride;
	}

	public ConsentStatus getConsentStatus() {
		return consentStatus;
	}

	public Instant getConsentAt() {
		return consentAt;
	}

	public Instant getDeclarationAt() {
		return declarationAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getChangesDueAt() {
		return changesDueAt;
	}

	public Map<Long, String> getAnswers() {
		return Map.copyOf(answers);
	}

	public String answer(long questionId) {
		return answers.get(questionId);
	}

}
