package vn.i4impact.portal.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.UnitType;

/** A submitted dossier as the secretariat reads it: everything the unit sent and everything that happened to it. */
public record DossierView(long id, long version, String referenceCode, NominationStatus status, NominationKind kind,
		AwardInfo award, String title, Nominee nominee, ConsentStatus consent, Instant consentAt, Instant createdAt,
		Instant submittedAt, Instant declarationAt, Instant updatedAt, Instant deadline, Instant changesDueAt,
		UnitProfile unit, List<Answer> answers, List<FileInfo> files, List<Step> history, List<DecisionRecord> decisions,
		Changes changesSinceRequest, Set<DossierAction> actions) {

	public record Nominee(UnitType type, String name, String position, String organisation, String email,
			String phone) {
	}

	public record UnitProfile(long id, String name, String nameEn, UnitType type, String provinceCode,
			String provinceVi, String provinceEn, String taxCode, String address, String website, String legalRepName,
			String legalRepPosition, String contactName, String contactPhone, String contactEmail,
			List<Member> members) {
	}

	public record Member(long userId, String fullName, String email, boolean owner) {
	}

	/** A question of the award's form with what the unit answered (null when it left it empty). */
	public record Answer(Question question, String value, List<FileInfo> files) {
	}

	public record FileInfo(long id, Long questionId, String name, String kind, long size, String sha256,
			Instant uploadedAt) {

		public boolean isPdf() {
			return "PDF".equals(kind);
		}

	}

	/**
	 * One line of the status history; an extension or a move carries its details instead of a note. {@code juryLocked}
	 * is true when the dossier was handed to the jury, false when the committee lifted the lock (the note is its
	 * reason), null for any other line.
	 */
	public record Step(NominationStatus from, NominationStatus to, Instant at, Long actorId, String actorName,
			String note, Instant extendedUntil, String movedFrom, String movedTo, Boolean juryLocked) {
	}

	public record DecisionRecord(long id, Decision decision, IneligibleReason reason, String message, Instant dueAt,
			String fromAward, String toAward, String fromReference, String reply, Instant repliedAt, long actorId,
			String actorName, Instant at) {
	}

	/**
	 * What the unit changed since the secretariat last asked for changes: answers (question label, before, after),
	 * files added and removed, and the unit's reply. Empty lists when nothing changed.
	 */
	public record Changes(Instant requestedAt, String title, String titleBefore, List<ChangedAnswer> answers,
			List<String> filesAdded, List<String> filesRemoved, String reply) {

		public boolean isEmpty() {
			return answers.isEmpty() && filesAdded.isEmpty() && filesRemoved.isEmpty() && titleBefore == null;
		}

	}

	public record ChangedAnswer(Question question, String before, String after) {
	}

	public boolean isEditableByUnit() {
		return status.isEditableByUnit();
	}

	/** The same dossier with the secretariat's own records, which {@code review} keeps. */
	public DossierView withReview(List<DecisionRecord> decisions, Changes changes) {
		return new DossierView(id, version, referenceCode, status, kind, award, title, nominee, consent, consentAt,
				createdAt, submittedAt, declarationAt, updatedAt, deadline, changesDueAt, unit, answers, files, history,
				decisions, changes, actions);
	}

	/** Whether the secretariat may take this step now (see {@code Nomination.allowedActions}). */
	public boolean allows(DossierAction action) {
		return actions.contains(action);
	}

}
