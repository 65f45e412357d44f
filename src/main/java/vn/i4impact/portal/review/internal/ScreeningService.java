package vn.i4impact.portal.review.internal;

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

import org.springframework.context.MessageSource;
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
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.nomination.SecretariatDossiers;
import vn.i4impact.portal.nomination.UnitDecisions;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * The secretariat's decisions (see {@link Screening}): the dossier takes the step ({@link DossierLifecycle}); here the
 * decision is recorded with its snapshot, audited and mailed to the unit, and the secretariat's dossier page is put
 * together with what the unit changed since the last request.
 */
@Service
@Transactional
class ScreeningService implements Screening, UnitDecisions {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The dossier as it stood when changes were requested, to show what the unit changed afterwards. */
	record Snapshot(String title, Map<Long, String> answers, List<FileRef> files) {
	}

	record FileRef(String name, String sha256) {
	}

	private final DossierLifecycle lifecycle;

	private final SecretariatDossiers dossiers;

	private final ProgramCatalog program;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final Mailer mailer;

	private final MessageSource messages;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	ScreeningService(DossierLifecycle lifecycle, SecretariatDossiers dossiers, ProgramCatalog program,
			AuditTrail audit, Accounts accounts, Mailer mailer, MessageSource messages, AbsoluteLinks links,
			JdbcClient jdbc, Clock clock) {
		this.lifecycle = lifecycle;
		this.dossiers = dossiers;
		this.program = program;
		this.audit = audit;
		this.accounts = accounts;
		this.mailer = mailer;
		this.messages = messages;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public DossierView dossier(long id) {
		DossierView d = dossiers.dossier(id);
		return d.withReview(decisions(id, new HashMap<>()), changes(d));
	}

	private String name(Map<Long, String> cache, Long userId) {
		if (userId == null || cache == null) {
			return null;
		}
		return cache.computeIfAbsent(userId, k -> accounts.find(k).map(CurrentUser::fullName).orElse("#" + k));
	}

	/** The decisions about a dossier, oldest first; without {@code names} nobody's name is looked up (the unit's view). */
	private List<DossierView.DecisionRecord> decisions(long id, Map<Long, String> names) {
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

	/** The unit sees every decision about its dossier, never who took it. */
	@Override
	@Transactional(readOnly = true)
	public List<DossierView.DecisionRecord> forUnit(long nominationId) {
		return decisions(nominationId, null);
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

	private static Snapshot snapshot(DossierView d) {
		Map<Long, String> answers = new HashMap<>();
		d.answers().stream().filter(a -> a.value() != null).forEach(a -> answers.put(a.question().id(), a.value()));
		return new Snapshot(d.title(), answers, d.files().stream().map(f -> new FileRef(f.name(), f.sha256())).toList());
	}

	/** The difference between the last request for changes and the dossier now; null if changes were never asked. */
	private DossierView.Changes changes(DossierView d) {
		var last = jdbc.sql("""
				select snapshot::text, at, reply from nomination_decision
				where nomination_id = ? and decision = 'CHANGES_REQUESTED' order by at desc, id desc limit 1""")
			.param(d.id())
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant(), rs.getString(3) })
			.optional();
		if (last.isEmpty() || last.get()[0] == null) {
			return null;
		}
		Snapshot before = JSON.readValue((String) last.get()[0], new TypeReference<Snapshot>() {
		});
		List<DossierView.ChangedAnswer> changed = new ArrayList<>();
		for (DossierView.Answer a : d.answers()) {
			Question q = a.question();
			if (q.kind().isFile()) {
				continue;
			}
			String was = before.answers().get(q.id());
			if (!Objects.equals(blankToNull(was), blankToNull(a.value()))) {
				changed.add(new DossierView.ChangedAnswer(q, was, a.value()));
			}
		}
		Set<FileRef> then = new LinkedHashSet<>(before.files());
		Set<FileRef> current = new LinkedHashSet<>(d.files().stream().map(f -> new FileRef(f.name(), f.sha256())).toList());
		List<String> added = current.stream().filter(f -> !then.contains(f)).map(FileRef::name).toList();
		List<String> removed = then.stream().filter(f -> !current.contains(f)).map(FileRef::name).toList();
		String titleBefore = Objects.equals(blankToNull(before.title()), blankToNull(d.title())) ? null
				: before.title() == null ? "" : before.title();
		return new DossierView.Changes((Instant) last.get()[1], d.title(), titleBefore, changed, added, removed,
				(String) last.get()[2]);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	@Override
	public void markEligible(long id, long expectedVersion, long actorId) {
		DossierLifecycle.Step step = lifecycle.markEligible(id, expectedVersion, actorId);
		decided(step, Decision.ELIGIBLE, null, null, null, null, actorId);
		notifyUnit(id, step.label(), "mail.decision.eligible");
	}

	@Override
	@Transactional(readOnly = true)
	public void requireCurrent(long id, long expectedVersion) {
		lifecycle.requireCurrent(id, expectedVersion);
	}

	@Override
	public void requestChanges(long id, long expectedVersion, String message, Instant due, long actorId) {
		DossierLifecycle.Step step = lifecycle.requestChanges(id, expectedVersion, due, actorId);
		// a request changes no answer or file: the dossier now is the dossier as it stood
		Snapshot snapshot = snapshot(dossiers.dossier(id));
		decided(step, Decision.CHANGES_REQUESTED, null, message.strip(), due, JSON.writeValueAsString(snapshot),
				actorId);
		notifyUnit(id, step.label(), "mail.decision.changes", message.strip(), PortalTime.DATE_TIME.format(due));
	}

	@Override
	public void declareIneligible(long id, long expectedVersion, IneligibleReason reason, String note, long actorId) {
		DossierLifecycle.Step step = lifecycle.declareIneligible(id, expectedVersion, actorId);
		String text = note == null || note.isBlank() ? null : note.strip();
		decided(step, Decision.INELIGIBLE, reason, text, null, null, actorId);
		notifyUnit(id, step.label(), "mail.decision.ineligible", reason, text == null ? "" : text);
	}

	@Override
	public Moved moveToAward(long id, long expectedVersion, long targetAwardId, String note, long actorId) {
		Instant missingDue = PortalTime
			.endOfDay(LocalDate.now(clock.withZone(PortalTime.ZONE)).plusDays(MISSING_ANSWERS_DAYS));
		DossierLifecycle.Moved m = lifecycle.moveToAward(id, expectedVersion, targetAwardId, missingDue, actorId);
		String text = note == null || note.isBlank() ? null : note.strip();
		jdbc.sql("""
				insert into nomination_decision (nomination_id, decision, message, from_award_id, to_award_id,
				    from_reference, actor_id, at)
				values (?, 'MOVED', ?, ?, ?, ?, ?, ?)""")
			.params(id, text, m.fromAwardId(), targetAwardId, m.fromReference(), actorId,
					Timestamp.from(clock.instant()))
			.update();
		AwardInfo source = program.award(m.fromAwardId()).orElseThrow();
		AwardInfo target = program.award(targetAwardId).orElseThrow();
		audit.record("nomination.move", "nomination", id, m.fromReference() + " → " + m.reference(),
				Map.of("award", source.code(), "reference", String.valueOf(m.fromReference())),
				Map.of("award", target.code(), "reference", m.reference()));
		if (m.missing().isEmpty()) {
			notifyUnit(id, m.reference(), "mail.decision.moved", source.code(), m.fromReference(),
					text == null ? "" : text);
			return new Moved(m.reference(), m.moved().to(), List.of(), null);
		}
		List<Question> missing = m.missing();
		String request = messages.getMessage("decision.moved.missing", new Object[] { target.code(),
				String.join("; ", missing.stream().map(q -> q.label(Localized.VIETNAMESE)).toList()) },
				Localized.VIETNAMESE);
		Snapshot snapshot = snapshot(dossiers.dossier(id));
		decided(m.reopened(), Decision.CHANGES_REQUESTED, null, request, m.changesDue(),
				JSON.writeValueAsString(snapshot), actorId);
		notifyUnit(id, m.reference(), "mail.decision.movedIncomplete", source.code(), m.fromReference(),
				text == null ? "" : text,
				(PerReader) locale -> String.join("\n", missing.stream().map(q -> "- " + q.label(locale)).toList()),
				PortalTime.DATE_TIME.format(m.changesDue()));
		return new Moved(m.reference(), m.reopened().to(), missing, m.changesDue());
	}

	@Override
	@Transactional(readOnly = true)
	public MovePreview previewMove(long id, long expectedVersion, long targetAwardId) {
		DossierLifecycle.MovePreview p = lifecycle.previewMove(id, expectedVersion, targetAwardId);
		return new MovePreview(p.refusal(), p.missing());
	}

	/** A mail argument written in each reader's language. */
	@FunctionalInterface
	private interface PerReader {

		String in(Locale locale);

	}

	private void decided(DossierLifecycle.Step step, Decision decision, IneligibleReason reason, String message,
			Instant due, String snapshot, long actorId) {
		jdbc.sql("""
				insert into nomination_decision (nomination_id, decision, reason, message, due_at, snapshot, actor_id, at)
				values (?, ?, ?, ?, ?, cast(? as jsonb), ?, ?)""")
			.params(step.nominationId(), decision.name(), reason == null ? null : reason.name(), message,
					due == null ? null : Timestamp.from(due), snapshot, actorId, Timestamp.from(clock.instant()))
			.update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("status", step.to().name());
		if (reason != null) {
			after.put("reason", reason.name());
		}
		if (due != null) {
			after.put("due", PortalTime.DATE_TIME.format(due));
		}
		if (message != null) {
			after.put("message", message);
		}
		audit.record("nomination." + decision.name().toLowerCase(Locale.ROOT), "nomination", step.nominationId(),
				step.label() + ": " + step.from().name() + " → " + step.to().name(), Map.of("status", step.from().name()),
				after);
	}

	/**
	 * Mails every active member of the unit (not disabled or unconfirmed accounts) in their language. Arguments after
	 * the template's own: {0} name, {1} reference, {2} award, {3} link, then {@code extra} (an {@link IneligibleReason}
	 * is put in the reader's words).
	 */
	private void notifyUnit(long id, String label, String template, Object... extra) {
		DossierView d = dossiers.dossier(id);
		AwardInfo award = d.award();
		Mailer about = mailer.about(Screening.topic(id));
		for (DossierView.Member member : d.unit().members()) {
			accounts.findActive(member.userId()).ifPresent(user -> {
				Locale locale = accounts.preferredLocale(user.id());
				List<Object> args = new ArrayList<>(List.of(user.fullName(), label,
						award.code() + " – " + award.name(locale), links.page("/my/nominations/" + id)));
				for (Object e : extra == null ? new Object[0] : extra) {
					args.add(e instanceof IneligibleReason r ? messages.getMessage(r.messageKey(), null, locale)
							: e instanceof PerReader p ? p.in(locale) : e);
				}
				about.queue(user.email(), locale, template, args.toArray());
			});
		}
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] pdf(long id, Locale locale) {
		return dossiers.pdf(id, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public String pdfName(long id, Locale locale) {
		return dossiers.pdfName(id, locale);
	}

	@Override
	@Transactional(readOnly = true)
	public DossierView.FileInfo file(long id, long fileId) {
		return dossiers.file(id, fileId);
	}

	@Override
	@Transactional(readOnly = true)
	public InputStream open(long id, long fileId) throws IOException {
		return dossiers.open(id, fileId);
	}

}
