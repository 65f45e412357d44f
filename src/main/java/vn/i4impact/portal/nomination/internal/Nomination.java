package vn.i4impact.portal.nomination.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

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
import jakarta.persistence.Transient;

import org.springframework.data.domain.AfterDomainEventPublication;
import org.springframework.data.domain.DomainEvents;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.Decision;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.JuryStepTaken;
import vn.i4impact.portal.nomination.MailTopic;
import vn.i4impact.portal.nomination.NominationDecided;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStarted;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.NominationSubmitted;
import vn.i4impact.portal.nomination.UnitDeadline;
import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.UnitType;

/**
 * A dossier. Its status changes only through {@link #transition}, driven by {@link NominationStatus#next()} and
 * {@link #refusal} (what may happen now); the dossier appends its own history lines and registers its events, which
 * the repository publishes on {@code save}.
 */
@Entity
@Table(name = "nomination")
public class Nomination extends BaseEntity {

	/** A step that is not allowed in the current status or after the deadline. */
	public static class NotAllowedException extends DomainException {

		public NotAllowedException(String messageKey) {
			super(messageKey);
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

	/** Set while the jury works on the dossier: the unit and the secretariat can no longer pull it back. */
	private Instant juryLockedAt;

	@Transient
	private final PendingEvents pending = new PendingEvents();

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
		return MailTopic.of(nominationId);
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
		pending.history(new NominationHistory(null, NominationStatus.DRAFT, now, userId, null));
		register(() -> new NominationStarted(getId(), unitId, userId, kind));
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
		return UnitDeadline.of(status, changesDueAt, deadlineOverride, editionDeadline);
	}

	/**
	 * Why {@code action} is refused now (a message key), or null when it is allowed ({@link DossierRules}).
	 * {@code deadline} is the unit's (see {@link #deadline}); null where it does not matter.
	 */
	String refusal(DossierAction action, Instant now, Instant deadline) {
		return DossierRules.refusal(status, juryLockedAt != null, action, now, deadline);
	}

	/** What {@code actor} may do with the dossier now; the screens render their buttons from this. */
	public Set<DossierAction> allowedActions(DossierAction.Actor actor, Instant now, Instant deadline) {
		Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
		for (DossierAction a : DossierAction.values()) {
			if (a.actor() == actor && refusal(a, now, deadline) == null) {
				allowed.add(a);
			}
		}
		return allowed;
	}

	private void require(DossierAction action, Instant now, Instant deadline) {
		String refusal = refusal(action, now, deadline);
		if (refusal != null) {
			throw new NotAllowedException(refusal);
		}
	}

	/**
	 * The one way the status changes: the action must be allowed now and the step one {@link NominationStatus#next()}
	 * permits; the history line is appended here. @return the status before
	 */
	private NominationStatus transition(DossierAction action, NominationStatus target, long userId, Instant now,
			Instant deadline, String note) {
		require(action, now, deadline);
		if (!status.canMoveTo(target)) {
			throw new NotAllowedException(DossierRules.NOT_ALLOWED);
		}
		NominationStatus from = status;
		status = target;
		touch(userId, now);
		recordStep(from, userId, now, note);
		return from;
	}

	/** Appends a history line from {@code from} to the current status (the same for a step that keeps it). */
	private void recordStep(NominationStatus from, Long userId, Instant now, String note) {
		pending.history(new NominationHistory(from, status, now, userId, note));
	}

	/** Registers an event, built when it is published (a new dossier has its id only then). */
	private void register(Supplier<Object> event) {
		pending.event(event);
	}

	/** Published by the repository on {@code save}: first the history lines, then the events. */
	@DomainEvents
	Collection<Object> domainEvents() {
		return pending.publish(getId());
	}

	@AfterDomainEventPublication
	void clearDomainEvents() {
		pending.clear();
	}

	/** Keeps what was typed, valid or not: a draft never loses a word. Empty answers are removed. */
	void saveDraft(String title, Map<Long, String> typed, long userId, Instant now, Instant deadline) {
		require(DossierAction.EDIT, now, deadline);
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

	/** @param reply the unit's answer to an open request for changes (travels on the event), or null */
	NominationStatus submit(String referenceCode, long userId, Instant now, Instant deadline, String reply) {
		boolean answeringRequest = status == NominationStatus.CHANGES_REQUESTED;
		NominationStatus from = transition(DossierAction.SUBMIT, NominationStatus.SUBMITTED, userId, now, deadline,
				null);
		if (this.referenceCode == null) {
			this.referenceCode = referenceCode;
		}
		this.declarationAt = now;
		this.submittedAt = now;
		this.replyDraft = null;
		String answer = answeringRequest ? blank(reply) : null;
		String code = this.referenceCode;
		register(() -> new NominationSubmitted(getId(), unitId, userId, code,
				answer == null || answer.length() <= 4000 ? answer : answer.substring(0, 4000), now));
		return from;
	}

	/** Back to draft to change something; must be submitted again before the deadline. */
	NominationStatus reopen(long userId, Instant now, Instant deadline) {
		return transition(DossierAction.REOPEN, NominationStatus.DRAFT, userId, now, deadline, null);
	}

	NominationStatus withdraw(long userId, Instant now) {
		return transition(DossierAction.WITHDRAW, NominationStatus.WITHDRAWN, userId, now, null, null);
	}

	/** The secretariat finds the dossier eligible: it goes forward to the jury. */
	NominationStatus markEligible(long userId, Instant now) {
		NominationStatus from = transition(DossierAction.MARK_ELIGIBLE, NominationStatus.ELIGIBLE, userId, now, null,
				null);
		decided(Decision.ELIGIBLE, userId);
		return from;
	}

	private void decided(Decision decision, long userId) {
		NominationStatus now = status;
		register(() -> new NominationDecided(getId(), unitId, decision, now, userId));
	}

	/** The unit may edit and resubmit until {@code due}, which must be in the future. */
	NominationStatus requestChanges(Instant due, long userId, Instant now) {
		if (!due.isAfter(now)) {
			throw new NotAllowedException("decision.error.duePast");
		}
		NominationStatus from = transition(DossierAction.REQUEST_CHANGES, NominationStatus.CHANGES_REQUESTED, userId,
				now, null, null);
		changesDueAt = due;
		decided(Decision.CHANGES_REQUESTED, userId);
		return from;
	}

	NominationStatus declareIneligible(long userId, Instant now) {
		NominationStatus from = transition(DossierAction.DECLARE_INELIGIBLE, NominationStatus.INELIGIBLE, userId, now,
				null, null);
		decided(Decision.INELIGIBLE, userId);
		return from;
	}

	/** Files the dossier under another award; the status is kept, the reference follows the new award. */
	void moveToAward(long targetAwardId, String newReference, long userId, Instant now) {
		require(DossierAction.MOVE, now, null);
		if (targetAwardId == awardId) {
			throw new NotAllowedException("decision.error.sameAward");
		}
		String fromReference = this.referenceCode;
		this.awardId = targetAwardId;
		this.referenceCode = newReference;
		touch(userId, now);
		recordStep(status, userId, now, NominationHistory.movedNote(fromReference, newReference));
		decided(Decision.MOVED, userId);
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
		decided(Decision.CHANGES_REQUESTED, userId);
		return status;
	}

	/**
	 * Hands an eligible dossier to the jury; the status stays ELIGIBLE (the unit still reads "under review").
	 * Nothing happens to a dossier already locked.
	 */
	void lockForJury(long userId, Instant now) {
		if (juryLockedAt != null) {
			return;
		}
		require(DossierAction.LOCK_FOR_JURY, now, null);
		juryLockedAt = now;
		touch(userId, now);
		recordStep(status, userId, now, NominationHistory.juryLockNote());
		juryStep(userId);
	}

	/** The committee reopens the matter: the lock is lifted, the reason kept in the history. */
	void unlockForJury(String reason, long userId, Instant now) {
		if (juryLockedAt == null) {
			return;
		}
		juryLockedAt = null;
		touch(userId, now);
		recordStep(status, userId, now, NominationHistory.juryUnlockNote(reason));
		juryStep(userId);
	}

	/** Locked ELIGIBLE -> SHORTLISTED or NOT_SHORTLISTED. */
	void shortlist(boolean shortlisted, String note, long userId, Instant now) {
		transition(DossierAction.SHORTLIST, shortlisted ? NominationStatus.SHORTLISTED : NominationStatus.NOT_SHORTLISTED,
				userId, now, null, blank(note));
		juryStep(userId);
	}

	/** SHORTLISTED -> HONOURED or NOT_HONOURED. */
	void honour(boolean honoured, String note, long userId, Instant now) {
		transition(DossierAction.HONOUR, honoured ? NominationStatus.HONOURED : NominationStatus.NOT_HONOURED, userId,
				now, null, blank(note));
		juryStep(userId);
	}

	private void juryStep(long userId) {
		NominationStatus now = status;
		boolean locked = juryLockedAt != null;
		register(() -> new JuryStepTaken(getId(), unitId, now, locked, userId));
	}

	public boolean isJuryLocked() {
		return juryLockedAt != null;
	}

	public Instant getJuryLockedAt() {
		return juryLockedAt;
	}

	void recordConsent(boolean given, Instant now) {
		if (consentStatus == ConsentStatus.NOT_NEEDED) {
			return;
		}
		consentStatus = given ? ConsentStatus.GIVEN : ConsentStatus.DECLINED;
		consentAt = now;
	}

	/** More time: for a request for changes, its own date moves; otherwise the dossier's submission deadline. */
	void extendDeadline(Instant until, long userId, Instant now) {
		require(DossierAction.EXTEND, now, null);
		if (status == NominationStatus.CHANGES_REQUESTED && changesDueAt != null) {
			this.changesDueAt = until;
		}
		else {
			this.deadlineOverride = until;
		}
		// the history keeps one line per change the unit can see; the status stays as it is
		recordStep(status, userId, now, NominationHistory.extensionNote(until));
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
