package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.AnswerRules;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.ReferenceCode;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.program.Timeline;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Everything a unit does with its dossiers. Every method loads the dossier through the caller's unit membership, so an
 * id from another unit is simply not found; every deadline is checked here on the server, in real time.
 */
@Service
@Transactional
public class NominationService {

	/** The same unit already has a live dossier for this nominee and award. */
	public static class DuplicateException extends DomainException {

		private final long existingId;

		DuplicateException(long existingId) {
			super("myNominations.duplicate");
			this.existingId = existingId;
		}

		public long existingId() {
			return existingId;
		}

	}

	/** Someone saved the dossier since this form was opened. */
	public static class StaleException extends ConflictException {

		StaleException() {
			super(null);
		}

	}

	private final NominationRepository nominations;

	/** Read for completeness only: files themselves are {@link DossierFiles}' business. */
	private final NominationAttachmentRepository attachments;

	private final NominationHistoryRepository history;

	private final UnitRepository units;

	private final ProgramCatalog program;

	private final JdbcClient jdbc;

	private final Clock clock;

	NominationService(NominationRepository nominations, NominationAttachmentRepository attachments,
			NominationHistoryRepository history, UnitRepository units, ProgramCatalog program, JdbcClient jdbc,
			Clock clock) {
		this.nominations = nominations;
		this.attachments = attachments;
		this.history = history;
		this.units = units;
		this.program = program;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The edition's deadline for nominations, or empty when it has no nomination window. */
	Optional<Timeline.Entry> window(long editionId) {
		return program.timeline(editionId).find(Phase.NOMINATION);
	}

	public Instant deadline(Nomination n) {
		Instant edition = window(n.getEditionId()).map(Timeline.Entry::endsAt).orElse(Instant.EPOCH);
		return n.deadline(edition);
	}

	/** What the unit may do with the dossier now (its buttons). */
	public Set<DossierAction> actions(Nomination n) {
		return n.allowedActions(DossierAction.Actor.UNIT, clock.instant(), deadline(n));
	}

	/** Opens a draft for an award whose window is open, checking the award accepts this kind of nominee. */
	public Nomination start(CurrentUser me, long awardId, NominationKind kind, Nomination.Nominee nominee) {
		Unit unit = units.findForUser(me.id()).orElseThrow(NotFoundException::new);
		AwardInfo award = program.award(awardId).filter(a -> !a.hidden()).orElseThrow(NotFoundException::new);
		Instant now = clock.instant();
		if (!window(award.editionId()).map(w -> w.isRunning(now)).orElse(false)) {
			throw new Nomination.NotAllowedException("nomination.error.windowClosed");
		}
		if (!award.accepts(nominee.type())) {
			throw new Nomination.NotAllowedException("nomination.error.nomineeType");
		}
		nominations.findLive(unit.getId(), awardId, NomineeKey.of(nominee.name())).ifPresent(existing -> {
			throw new DuplicateException(existing.getId());
		});
		// the dossier records its first history line and registers NominationStarted; saving publishes them
		return nominations.save(new Nomination(award.editionId(), awardId, unit.getId(), kind, nominee, me.id(), now));
	}

	/** The self-nomination's nominee: the unit itself, as registered. */
	public Nomination.Nominee selfNominee(CurrentUser me) {
		Unit unit = units.findForUser(me.id()).orElseThrow(NotFoundException::new);
		return new Nomination.Nominee(unit.getUnitType(), unit.getName(), null, null, null, null);
	}

	@Transactional(readOnly = true)
	public Nomination get(long userId, long id) {
		return nominations.findForMember(id, userId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Nomination> mine(long userId) {
		return units.findForUser(userId).map(u -> nominations.findByUnitIdOrderByUpdatedAtDesc(u.getId())).orElse(List.of());
	}

	/** Saves a draft if nobody saved since {@code expectedVersion}; returns the new version. */
	public long saveDraft(long userId, long id, long expectedVersion, String title, Map<Long, String> typed) {
		return saveDraft(userId, id, expectedVersion, title, typed, null);
	}

	/** The same, with the unit's reply to an open request for changes when the form had one (null: not on the form). */
	public long saveDraft(long userId, long id, long expectedVersion, String title, Map<Long, String> typed,
			String reply) {
		Nomination n = lockForWrite(userId, id, expectedVersion);
		Set<Long> known = program.questions(n.getAwardId()).stream().map(Question::id).collect(Collectors.toSet());
		Map<Long, String> answers = new LinkedHashMap<>();
		typed.forEach((q, v) -> {
			if (known.contains(q)) {
				answers.put(q, v);
			}
		});
		AnswerRules.refuseTooLong(answers);
		n.saveDraft(title, answers, userId, clock.instant(), deadline(n));
		if (reply != null) {
			n.draftReply(reply);
		}
		flush();
		return n.getVersion();
	}

	/**
	 * Loads the dossier with its row locked and checks that nobody saved since {@code expectedVersion}: a concurrent
	 * writer waits for this transaction and then sees the new version, so exactly one of them wins.
	 */
	private Nomination lockForWrite(long userId, long id, long expectedVersion) {
		Nomination n = nominations.findForMemberForUpdate(id, userId).orElseThrow(NotFoundException::new);
		if (n.getVersion() != expectedVersion) {
			throw new StaleException();
		}
		return n;
	}

	/** Writes now, so that a version clash (a writer that bypassed the lock) is the same conflict, not a 500. */
	private void flush() {
		try {
			nominations.flush();
		}
		catch (OptimisticLockingFailureException ex) {
			throw new StaleException();
		}
	}

	/** What stands between the dossier and submission, by question id (0 for the dossier as a whole). */
	@Transactional(readOnly = true)
	public Map<Long, String> problems(Nomination n) {
		return problems(n, n.getAwardId());
	}

	/** The same, measured against the form of another award (a move being considered). */
	@Transactional(readOnly = true)
	public Map<Long, String> problems(Nomination n, long awardId) {
		Map<Long, String> problems = new LinkedHashMap<>();
		Set<Long> withFiles = attachments.findByNominationIdOrderByUploadedAtAscIdAsc(n.getId()).stream()
			.map(NominationAttachment::getQuestionId).filter(Objects::nonNull).collect(Collectors.toSet());
		for (Question q : program.questions(awardId)) {
			String value = n.answer(q.id());
			if (q.kind().isFile()) {
				if (q.required() && !withFiles.contains(q.id())) {
					problems.put(q.id(), "answer.required");
				}
				continue;
			}
			if (value == null || value.isBlank()) {
				if (q.required()) {
					problems.put(q.id(), "answer.required");
				}
				continue;
			}
			AnswerRules.check(q, value).ifPresent(p -> problems.put(q.id(), p));
		}
		return problems;
	}

	/** Submits a complete dossier before its deadline; returns its reference code. */
	public String submit(long userId, long id, long expectedVersion) {
		return submit(userId, id, expectedVersion, null);
	}

	/**
	 * The same; after a request for changes the unit may say what it changed ({@code reply}), which the secretariat
	 * reads beside the request.
	 */
	public String submit(long userId, long id, long expectedVersion, String reply) {
		Nomination n = lockForWrite(userId, id, expectedVersion);
		Instant now = clock.instant();
		Instant deadline = deadline(n);
		if (!now.isBefore(deadline)) {
			throw new Nomination.NotAllowedException("nomination.error.deadlinePassed");
		}
		if (!problems(n).isEmpty()) {
			throw new Nomination.NotAllowedException("nomination.error.incomplete");
		}
		if (reply == null) {
			reply = n.getReplyDraft();
		}
		String code = n.getReferenceCode() != null ? n.getReferenceCode()
				: nextReference(program.award(n.getAwardId()).orElseThrow());
		// the reply travels on NominationSubmitted; the secretariat's side keeps it with its request
		n.submit(code, userId, now, deadline, reply);
		nominations.save(n);
		flush();
		return code;
	}

	String nextReference(AwardInfo award) {
		int number = jdbc.sql("""
				insert into nomination_counter (award_id, last_number) values (?, 1)
				on conflict (award_id) do update set last_number = nomination_counter.last_number + 1
				returning last_number""").param(award.id()).query(Integer.class).single();
		// a demo dossier must never be mistaken for a real one
		String prefix = award.editionDemo() ? ReferenceCode.DEFAULT_PREFIX + "-DEMO" : ReferenceCode.DEFAULT_PREFIX;
		return new ReferenceCode(prefix, award.editionYear(), award.code(), number).toString();
	}

	public void reopen(long userId, long id) {
		Nomination n = get(userId, id);
		n.reopen(userId, clock.instant(), deadline(n));
		nominations.save(n);
	}

	public void withdraw(long userId, long id) {
		Nomination n = get(userId, id);
		n.withdraw(userId, clock.instant());
		nominations.save(n);
	}

	/** The history as the unit reads it: the jury's lock is not the unit's business (it still reads "under review"). */
	@Transactional(readOnly = true)
	public List<NominationHistory> history(long nominationId) {
		return history.findByNominationIdOrderByAtAscIdAsc(nominationId).stream().filter(h -> !h.isJuryLock()).toList();
	}

	/** The accounts of a unit, to tell the unit's own people from the secretariat in its history. */
	@Transactional(readOnly = true)
	public Set<Long> memberIds(long unitId) {
		return Set.copyOf(jdbc.sql("select user_id from unit_member where unit_id = ?").param(unitId).query(Long.class).list());
	}

	/** Whether the award accepts the unit's own type, for offering "apply for yourself". */
	@Transactional(readOnly = true)
	public boolean canApplyForSelf(CurrentUser me, AwardInfo award) {
		return units.findForUser(me.id()).map(u -> award.accepts(u.getUnitType())).orElse(false);
	}

	static boolean isPerson(UnitType type) {
		return type == UnitType.INDIVIDUAL;
	}

}
