package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.Timeline;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The steps later modules take on a dossier (see {@link DossierLifecycle}): lock the row, let the dossier decide;
 * saving it publishes the history line and the event it recorded.
 */
@Service
@Transactional
class Lifecycle implements DossierLifecycle {

	private final NominationRepository nominations;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final NominationService service;

	private final ProgramCatalog program;

	Lifecycle(NominationRepository nominations, NominationService service, ProgramCatalog program, JdbcClient jdbc,
			Clock clock) {
		this.nominations = nominations;
		this.service = service;
		this.program = program;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Locks the row so concurrent steps on one dossier wait for each other. */
	private Nomination locked(long id) {
		jdbc.sql("select id from nomination where id = ? for update").param(id).query(Long.class).optional()
			.orElseThrow(NotFoundException::new);
		return nominations.findById(id).orElseThrow(NotFoundException::new);
	}

	/**
	 * The dossier if it is still the version the secretary read; a conflict if it moved on, or went back to draft
	 * (it existed a moment ago: not a 404).
	 */
	private Nomination current(long id, long expectedVersion) {
		Nomination n = nominations.findById(id).orElseThrow(NotFoundException::new);
		if (n.getStatus() == NominationStatus.DRAFT) {
			throw new ConflictException("decision.error.draft");
		}
		if (n.getVersion() != expectedVersion) {
			throw new ConflictException();
		}
		return n;
	}

	/** Locks the row so a concurrent decision waits, then compares versions: the second one conflicts. */
	private Nomination lockedCurrent(long id, long expectedVersion) {
		locked(id);
		return current(id, expectedVersion);
	}

	private Step decided(Nomination n, NominationStatus from) {
		// publishes what the dossier recorded; the version the secretary sees next is the one after this change
		nominations.saveAndFlush(n);
		return step(n, from);
	}

	private static Step step(Nomination n, NominationStatus from) {
		return new Step(n.getId(), n.getUnitId(),
				n.getReferenceCode() != null ? n.getReferenceCode() : n.getNomineeName(), from, n.getStatus());
	}

	@Override
	public Step markEligible(long nominationId, long expectedVersion, long actorId) {
		Nomination n = lockedCurrent(nominationId, expectedVersion);
		return decided(n, n.markEligible(actorId, clock.instant()));
	}

	@Override
	public Step requestChanges(long nominationId, long expectedVersion, Instant due, long actorId) {
		Nomination n = lockedCurrent(nominationId, expectedVersion);
		return decided(n, n.requestChanges(due, actorId, clock.instant()));
	}

	@Override
	public Step declareIneligible(long nominationId, long expectedVersion, long actorId) {
		Nomination n = lockedCurrent(nominationId, expectedVersion);
		return decided(n, n.declareIneligible(actorId, clock.instant()));
	}

	@Override
	@Transactional(readOnly = true)
	public void requireCurrent(long nominationId, long expectedVersion) {
		current(nominationId, expectedVersion);
	}

	@Override
	public Moved moveToAward(long nominationId, long expectedVersion, long targetAwardId, Instant missingAnswersDue,
			long actorId) {
		Nomination n = lockedCurrent(nominationId, expectedVersion);
		AwardInfo target = movable(n, targetAwardId);
		long fromAward = n.getAwardId();
		String fromReference = n.getReferenceCode();
		Instant now = clock.instant();
		NominationStatus before = n.getStatus();
		n.moveToAward(targetAwardId, service.nextReference(target), actorId, now);
		Step moved = step(n, before);
		List<Question> missing = missingAnswers(n, targetAwardId);
		Step reopened = null;
		if (!missing.isEmpty()) {
			// not left submitted with gaps: the unit answers the new award's questions, as after a request for changes
			NominationStatus from = n.requestMissingAnswers(missingAnswersDue, actorId, now);
			reopened = step(n, from);
		}
		nominations.saveAndFlush(n);
		return new Moved(moved, fromAward, fromReference, n.getReferenceCode(), reopened, missing,
				missing.isEmpty() ? null : n.getChangesDueAt());
	}

	@Override
	@Transactional(readOnly = true)
	public MovePreview previewMove(long nominationId, long expectedVersion, long targetAwardId) {
		Nomination n = current(nominationId, expectedVersion);
		try {
			movable(n, targetAwardId);
		}
		catch (DomainException ex) {
			return new MovePreview(ex.messageKey(), List.of());
		}
		return new MovePreview(null, missingAnswers(n, targetAwardId));
	}

	/** The award a dossier may move to, or the refusal: the same edition, visible, for its nominee, no twin there. */
	private AwardInfo movable(Nomination n, long targetAwardId) {
		if (targetAwardId == n.getAwardId()) {
			throw new DomainException("decision.error.sameAward");
		}
		AwardInfo target = program.award(targetAwardId).filter(a -> !a.hidden() && a.editionId() == n.getEditionId())
			.orElseThrow(() -> new DomainException("decision.error.targetAward"));
		if (!target.accepts(n.getNomineeType())) {
			throw new DomainException("decision.error.targetNomineeType");
		}
		if (nominations.findLive(n.getUnitId(), targetAwardId, NomineeKey.of(n.getNomineeName()))
			.filter(other -> other.getId() != n.getId()).isPresent()) {
			throw new DomainException("decision.error.targetDuplicate");
		}
		return target;
	}

	/** The required questions of an award (the dossier's, or one it may move to) it has not answered, files included. */
	private List<Question> missingAnswers(Nomination n, long awardId) {
		Map<Long, String> problems = service.problems(n, awardId);
		return program.questions(awardId).stream().filter(q -> "answer.required".equals(problems.get(q.id())))
			.toList();
	}

	@Override
	public Extended extend(long nominationId, Instant until, long actorId) {
		Nomination n = locked(nominationId);
		Instant now = clock.instant();
		if (!until.isAfter(now)) {
			throw new DomainException("extension.error.past");
		}
		Instant edition = service.window(n.getEditionId()).map(Timeline.Entry::endsAt).orElse(Instant.EPOCH);
		boolean answeringRequest = n.getStatus() == NominationStatus.CHANGES_REQUESTED && n.getChangesDueAt() != null;
		// a request for changes has its own date, usually after the edition's deadline; only that date moves
		if (!answeringRequest && !until.isAfter(edition)) {
			throw new DomainException("extension.error.beforeEdition");
		}
		Instant before = n.deadline(edition);
		n.extendDeadline(until, actorId, now);
		nominations.saveAndFlush(n);
		return new Extended(before, n.deadline(edition), answeringRequest);
	}

	@Override
	public void lockForJury(long nominationId, long actorId) {
		Nomination n = locked(nominationId);
		n.lockForJury(actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void unlockForJury(long nominationId, String reason, long actorId) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("nomination.error.unlockReason");
		}
		Nomination n = locked(nominationId);
		n.unlockForJury(reason.strip(), actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void shortlist(long nominationId, boolean shortlisted, String note, long actorId) {
		Nomination n = locked(nominationId);
		n.shortlist(shortlisted, note, actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void honour(long nominationId, boolean honoured, String note, long actorId) {
		Nomination n = locked(nominationId);
		n.honour(honoured, note, actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

}
