package vn.i4impact.portal.nomination.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.Decision;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.nomination.NominationDecided;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.Screening;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.NotFoundException;

/** The secretariat's side of a dossier (see {@link Screening}). */
@Service
@Transactional
public class ScreeningService implements Screening {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The dossier as it stood when changes were requested, to show what the unit changed afterwards. */
	record Snapshot(String title, Map<Long, String> answers, List<FileRef> files) {
	}

	record FileRef(String name, String sha256) {
	}

	private final NominationRepository nominations;

	private final NominationAttachmentRepository attachments;

	private final NominationHistoryRepository history;

	private final NominationService service;

	private final ProgramCatalog program;

	private final Receipts receipts;

	private final vn.i4impact.portal.nomination.internal.files.FileStorage files;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ScreeningService(NominationRepository nominations, NominationAttachmentRepository attachments,
			NominationHistoryRepository history, NominationService service, ProgramCatalog program, Receipts receipts,
			vn.i4impact.portal.nomination.internal.files.FileStorage files, AuditTrail audit, Accounts accounts,
			Mailer mailer, AbsoluteLinks links, JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.nominations = nominations;
		this.attachments = attachments;
		this.history = history;
		this.service = service;
		this.program = program;
		this.receipts = receipts;
		this.files = files;
		this.audit = audit;
		this.accounts = accounts;
		this.mailer = mailer;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	private Nomination load(long id) {
		return nominations.findById(id).filter(n -> n.getStatus() != NominationStatus.DRAFT)
			.orElseThrow(NotFoundException::new);
	}

	/**
	 * Locks the row so a concurrent decision waits, then compares versions: the second one conflicts. A dossier the unit
	 * took back to draft since the secretary opened it conflicts too (it existed a moment ago: not a 404).
	 */
	private Nomination loadForDecision(long id, long expectedVersion) {
		jdbc.sql("select id from nomination where id = ? for update").param(id).query(Long.class).optional()
			.orElseThrow(NotFoundException::new);
		return current(id, expectedVersion);
	}

	/** The dossier if it is still the version the secretary read; a conflict if it moved on or went back to draft. */
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

	@Override
	@Transactional(readOnly = true)
	public DossierView dossier(long id) {
		Nomination n = load(id);
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		List<NominationAttachment> stored = attachments.findByNominationIdOrderByUploadedAtAscIdAsc(id);
		List<DossierView.FileInfo> fileInfos = stored.stream().map(ScreeningService::info).toList();
		List<DossierView.Answer> answers = new ArrayList<>();
		for (Question q : program.questions(n.getAwardId())) {
			answers.add(new DossierView.Answer(q, n.answer(q.id()),
					fileInfos.stream().filter(f -> Objects.equals(f.questionId(), q.id())).toList()));
		}
		Map<Long, String> names = new HashMap<>();
		List<DossierView.Step> steps = history.findByNominationIdOrderByAtAscIdAsc(id).stream()
			.map(h -> new DossierView.Step(h.getFromStatus(), h.getToStatus(), h.getAt(), h.getActorId(),
					name(names, h.getActorId()),
					h.isJuryLock() ? h.getUnlockReason() : h.isExtension() || h.isMove() ? null : h.getNote(),
					h.getExtendedUntil(), h.isMove() ? h.getMovedReferences()[0] : null,
					h.isMove() ? h.getMovedReferences()[1] : null, h.getJuryLocked()))
			.toList();
		List<DossierView.DecisionRecord> decisions = decisions(id, names);
		return new DossierView(n.getId(), n.getVersion(), n.getReferenceCode(), n.getStatus(), n.getKind(), award,
				n.getTitle(),
				new DossierView.Nominee(n.getNomineeType(), n.getNomineeName(), n.getNomineePosition(),
						n.getNomineeOrganisation(), n.getNomineeEmail(), n.getNomineePhone()),
				n.getConsentStatus(), n.getConsentAt(), n.getCreatedAt(), n.getSubmittedAt(), n.getDeclarationAt(),
				n.getUpdatedAt(), service.deadline(n), n.getChangesDueAt(), unit(n.getUnitId()), answers, fileInfos,
				steps, decisions, changes(n, stored),
				n.allowedActions(DossierAction.Actor.SECRETARIAT, clock.instant(), service.deadline(n)));
	}

	private String name(Map<Long, String> cache, Long userId) {
		if (userId == null || cache == null) {
			return null;
		}
		return cache.computeIfAbsent(userId, k -> accounts.find(k).map(CurrentUser::fullName).orElse("#" + k));
	}

	private static DossierView.FileInfo info(NominationAttachment a) {
		return new DossierView.FileInfo(a.getId(), a.getQuestionId(), a.getDisplayName(), a.getKind().name(),
				a.getSizeBytes(), a.getSha256(), a.getUploadedAt());
	}

	private DossierView.UnitProfile unit(long unitId) {
		List<DossierView.Member> members = new ArrayList<>();
		jdbc.sql("select user_id, role from unit_member where unit_id = ? order by role desc, user_id").param(unitId)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2) }).list()
			.forEach(row -> accounts.find((long) row[0]).ifPresent(u -> members
				.add(new DossierView.Member(u.id(), u.fullName(), u.email(), "OWNER".equals(row[1])))));
		return jdbc.sql("""
				select u.id, u.name, u.name_en, u.unit_type, u.province_code, p.name_vi, p.name_en, u.tax_code,
				       u.address, u.website, u.legal_rep_name, u.legal_rep_position, u.contact_name, u.contact_phone,
				       u.contact_email
				from unit u join province p on p.code = u.province_code where u.id = ?""").param(unitId)
			.query((rs, i) -> new DossierView.UnitProfile(rs.getLong(1), rs.getString(2), rs.getString(3),
					vn.i4impact.portal.shared.UnitType.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6),
					rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
					rs.getString(12), rs.getString(13), rs.getString(14), rs.getString(15), members))
			.single();
	}

	/** The decisions about a dossier, oldest first; without {@code names} nobody's name is looked up (the unit's view). */
	List<DossierView.DecisionRecord> decisions(long id, Map<Long, String> names) {
		return jdbc.sql("""
				select d.id, d.decision, d.reason, d.message, d.due_at, fa.code as from_award, ta.code as to_award,
				       d.from_reference, d.reply, d.replied_at, d.actor_id, d.at
				from nomination_decision d
				left join award fa on fa.id = d.from_award_id left join award ta on ta.id = d.to_award_id
				where d.nomination_id = ? order by d.at, d.id""").param(id)
			.query((rs, i) -> new DossierView.DecisionRecord(rs.getLong("id"), Decision.valueOf(rs.getString("decision")),
					rs.getString("reason") == null ? null : IneligibleReason.valueOf(rs.getString("reason")),
					rs.getString("message"), instant(rs, "due_at"), rs.getString("from_award"), rs.getString("to_award"),
					rs.getString("from_reference"), rs.getString("reply"), instant(rs, "replied_at"),
					rs.getLong("actor_id"), name(names, rs.getLong("actor_id")), instant(rs, "at")))
			.list();
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	/** The difference between the last request for changes and the dossier now; null if changes were never asked. */
	private DossierView.Changes changes(Nomination n, List<NominationAttachment> stored) {
		var last = jdbc.sql("""
				select snapshot::text, at, reply from nomination_decision
				where nomination_id = ? and decision = 'CHANGES_REQUESTED' order by at desc, id desc limit 1""")
			.param(n.getId())
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3) })
			.optional();
		if (last.isEmpty() || last.get()[0] == null) {
			return null;
		}
		Snapshot before = JSON.readValue((String) last.get()[0], new TypeReference<Snapshot>() {
		});
		List<DossierView.ChangedAnswer> changed = new ArrayList<>();
		for (Question q : program.questions(n.getAwardId())) {
			if (q.kind().isFile()) {
				continue;
			}
			String was = before.answers().get(q.id());
			String now = n.answer(q.id());
			if (!Objects.equals(blankToNull(was), blankToNull(now))) {
				changed.add(new DossierView.ChangedAnswer(q, was, now));
			}
		}
		Set<FileRef> then = new LinkedHashSet<>(before.files());
		Set<FileRef> current = new LinkedHashSet<>(stored.stream().map(a -> new FileRef(a.getDisplayName(), a.getSha256())).toList());
		List<String> added = current.stream().filter(f -> !then.contains(f)).map(FileRef::name).toList();
		List<String> removed = then.stream().filter(f -> !current.contains(f)).map(FileRef::name).toList();
		String titleBefore = Objects.equals(blankToNull(before.title()), blankToNull(n.getTitle())) ? null
				: before.title() == null ? "" : before.title();
		return new DossierView.Changes((Instant) last.get()[1], n.getTitle(), titleBefore, changed, added, removed,
				(String) last.get()[2]);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public void markEligible(long id, long expectedVersion, long actorId) {
		Nomination n = loadForDecision(id, expectedVersion);
		NominationStatus from = refusable(() -> n.markEligible(actorId, clock.instant()));
		decided(n, from, Decision.ELIGIBLE, null, null, null, null, null, actorId);
		notifyUnit(n, "mail.decision.eligible", null);
	}

	@Override
	@Transactional(readOnly = true)
	public void requireCurrent(long id, long expectedVersion) {
		current(id, expectedVersion);
	}

	@Override
	public void requestChanges(long id, long expectedVersion, String message, Instant due, long actorId) {
		Nomination n = loadForDecision(id, expectedVersion);
		Snapshot snapshot = new Snapshot(n.getTitle(), n.getAnswers(),
				attachments.findByNominationIdOrderByUploadedAtAscIdAsc(id).stream()
					.map(a -> new FileRef(a.getDisplayName(), a.getSha256())).toList());
		NominationStatus from = refusable(() -> n.requestChanges(due, actorId, clock.instant()));
		decided(n, from, Decision.CHANGES_REQUESTED, null, message.strip(), due, null, JSON.writeValueAsString(snapshot),
				actorId);
		notifyUnit(n, "mail.decision.changes", message.strip(), Receipts.format(due));
	}

	@Override
	public void declareIneligible(long id, long expectedVersion, IneligibleReason reason, String note, long actorId) {
		Nomination n = loadForDecision(id, expectedVersion);
		NominationStatus from = refusable(() -> n.declareIneligible(actorId, clock.instant()));
		String text = note == null || note.isBlank() ? null : note.strip();
		decided(n, from, Decision.INELIGIBLE, reason, text, null, null, null, actorId);
		notifyUnit(n, "mail.decision.ineligible", reason, text == null ? "" : text);
	}

	@Override
	public Moved moveToAward(long id, long expectedVersion, long targetAwardId, String note, long actorId) {
		Nomination n = loadForDecision(id, expectedVersion);
		AwardInfo target = movable(n, targetAwardId);
		long fromAward = n.getAwardId();
		String fromReference = n.getReferenceCode();
		try {
			n.moveToAward(targetAwardId, service.nextReference(target), actorId, clock.instant());
		}
		catch (Nomination.NotAllowedException ex) {
			throw new RefusedException(ex.messageKey());
		}
		String text = note == null || note.isBlank() ? null : note.strip();
		jdbc.sql("""
				insert into nomination_decision (nomination_id, decision, message, from_award_id, to_award_id,
				    from_reference, actor_id, at)
				values (?, 'MOVED', ?, ?, ?, ?, ?, ?)""")
			.params(n.getId(), text, fromAward, targetAwardId, fromReference, actorId, Timestamp.from(clock.instant()))
			.update();
		AwardInfo source = program.award(fromAward).orElseThrow();
		audit.record("nomination.move", "nomination", n.getId(), fromReference + " → " + n.getReferenceCode(),
				Map.of("award", source.code(), "reference", String.valueOf(fromReference)),
				Map.of("award", target.code(), "reference", n.getReferenceCode()));
		nominations.save(n);
		List<Question> missing = missingAnswers(n, targetAwardId);
		if (missing.isEmpty()) {
			nominations.flush();
			notifyUnit(n, "mail.decision.moved", source.code(), fromReference, text == null ? "" : text);
			return new Moved(n.getReferenceCode(), n.getStatus(), List.of(), null);
		}
		// not left submitted with gaps: the unit answers the new award's questions, as after a request for changes
		Instant due = PortalTime.endOfDay(LocalDate.now(clock.withZone(PortalTime.ZONE)).plusDays(MISSING_ANSWERS_DAYS));
		Snapshot snapshot = new Snapshot(n.getTitle(), n.getAnswers(),
				attachments.findByNominationIdOrderByUploadedAtAscIdAsc(id).stream()
					.map(a -> new FileRef(a.getDisplayName(), a.getSha256())).toList());
		NominationStatus from = refusable(() -> n.requestMissingAnswers(due, actorId, clock.instant()));
		String request = receipts.message("decision.moved.missing", Localized.VIETNAMESE, target.code(),
				String.join("; ", missing.stream().map(q -> q.label(Localized.VIETNAMESE)).toList()));
		decided(n, from, Decision.CHANGES_REQUESTED, null, request, n.getChangesDueAt(), null,
				JSON.writeValueAsString(snapshot), actorId);
		notifyUnit(n, "mail.decision.movedIncomplete", source.code(), fromReference, text == null ? "" : text,
				(PerReader) locale -> String.join("\n", missing.stream().map(q -> "- " + q.label(locale)).toList()),
				Receipts.format(n.getChangesDueAt()));
		return new Moved(n.getReferenceCode(), n.getStatus(), missing, n.getChangesDueAt());
	}

	@Override
	@Transactional(readOnly = true)
	public MovePreview previewMove(long id, long expectedVersion, long targetAwardId) {
		Nomination n = current(id, expectedVersion);
		try {
			movable(n, targetAwardId);
		}
		catch (RefusedException ex) {
			return new MovePreview(ex.messageKey(), List.of());
		}
		return new MovePreview(null, missingAnswers(n, targetAwardId));
	}

	/** The award a dossier may move to, or the refusal: the same edition, visible, for its nominee, no twin there. */
	private AwardInfo movable(Nomination n, long targetAwardId) {
		if (targetAwardId == n.getAwardId()) {
			throw new RefusedException("decision.error.sameAward");
		}
		AwardInfo target = program.award(targetAwardId).filter(a -> !a.hidden() && a.editionId() == n.getEditionId())
			.orElseThrow(() -> new RefusedException("decision.error.targetAward"));
		if (!target.accepts(n.getNomineeType())) {
			throw new RefusedException("decision.error.targetNomineeType");
		}
		if (nominations.findLive(n.getUnitId(), targetAwardId, NomineeKey.of(n.getNomineeName()))
			.filter(other -> other.getId() != n.getId()).isPresent()) {
			throw new RefusedException("decision.error.targetDuplicate");
		}
		return target;
	}

	/** The required questions of an award (the dossier's, or one it may move to) it has not answered, files included. */
	private List<Question> missingAnswers(Nomination n, long awardId) {
		Map<Long, String> problems = service.problems(n, awardId);
		return program.questions(awardId).stream()
			.filter(q -> "answer.required".equals(problems.get(q.id())))
			.toList();
	}

	/** A mail argument written in each reader's language. */
	@FunctionalInterface
	private interface PerReader {

		String in(Locale locale);

	}

	/** The aggregate's refusal, in the words of this module's public face. */
	private static NominationStatus refusable(java.util.function.Supplier<NominationStatus> step) {
		try {
			return step.get();
		}
		catch (Nomination.NotAllowedException ex) {
			throw new RefusedException(ex.messageKey());
		}
	}

	private void decided(Nomination n, NominationStatus from, Decision decision, IneligibleReason reason,
			String message, Instant due, Long toAward, String snapshot, long actorId) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into nomination_decision (nomination_id, decision, reason, message, due_at, snapshot, actor_id, at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(n.getId(), decision.name(), reason == null ? null : reason.name(), message,
					due == null ? null : Timestamp.from(due), snapshot, actorId, Timestamp.from(now))
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", n.getStatus().name());
		if (reason != null) {
			after.put("reason", reason.name());
		}
		if (due != null) {
			after.put("due", Receipts.format(due));
		}
		if (message != null) {
			after.put("message", message);
		}
		audit.record("nomination." + decision.name().toLowerCase(Locale.ROOT), "nomination", n.getId(),
				label(n) + ": " + from.name() + " → " + n.getStatus().name(), Map.of("status", from.name()), after);
		// publishes what the dossier recorded; the version the secretary sees next must be the one after this change
		nominations.saveAndFlush(n);
	}

	private static String label(Nomination n) {
		return n.getReferenceCode() != null ? n.getReferenceCode() : n.getNomineeName();
	}

	/**
	 * Mails every active member of the unit (not disabled or unconfirmed accounts) in their language. Arguments after
	 * the template's own: {0} name, {1} reference, {2} award, {3} link, then {@code extra} (an {@link IneligibleReason}
	 * is put in the reader's words).
	 */
	private void notifyUnit(Nomination n, String template, Object... extra) {
		AwardInfo award = program.award(n.getAwardId()).orElseThrow();
		List<Long> members = jdbc.sql("select user_id from unit_member where unit_id = ? order by user_id")
			.param(n.getUnitId()).query(Long.class).list();
		Mailer about = mailer.about(Screening.topic(n.getId()));
		for (long member : members) {
			accounts.findActive(member).ifPresent(user -> {
				Locale locale = accounts.preferredLocale(member);
				List<Object> args = new ArrayList<>(List.of(user.fullName(), label(n),
						award.code() + " – " + award.name(locale), links.page("/my/nominations/" + n.getId())));
				for (Object e : extra == null ? new Object[0] : extra) {
					args.add(e instanceof IneligibleReason r ? receipts.message(r.messageKey(), locale)
							: e instanceof PerReader p ? p.in(locale) : e);
				}
				about.queue(user.email(), locale, template, args.toArray());
			});
		}
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(long id, Locale locale) {
		return receipts.renderDossier(load(id), locale, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public String pdfName(long id, Locale locale) {
		return receipts.dossierFileName(load(id), locale);
	}

	@Override
	@Transactional(readOnly = true)
	public DossierView.FileInfo file(long id, long fileId) {
		Nomination n = load(id);
		return attachments.findById(fileId).filter(a -> a.getNominationId() == n.getId()).map(ScreeningService::info)
			.orElseThrow(NotFoundException::new);
	}

	@Override
	@Transactional(readOnly = true)
	public InputStream open(long id, long fileId) throws IOException {
		Nomination n = load(id);
		NominationAttachment a = attachments.findById(fileId).filter(x -> x.getNominationId() == n.getId())
			.orElseThrow(NotFoundException::new);
		return files.open(a.getStorageKey());
	}

	/** Used by the applicant screens: the unit sees every decision about its dossier, never who took it. */
	@Transactional(readOnly = true)
	public List<DossierView.DecisionRecord> decisionsForUnit(long nominationId) {
		return decisions(nominationId, null);
	}

}
