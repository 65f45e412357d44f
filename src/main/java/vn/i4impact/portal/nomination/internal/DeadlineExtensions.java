package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The secretariat extends the deadline of one dossier. The service's own deadline checks read the override, so the
 * form and the submit honour it without any other change.
 */
@Service
@Transactional
public class DeadlineExtensions {

	/** What the extension page shows about the dossier. */
	public record Summary(long id, String referenceCode, String title, String nomineeName, String unitName,
			AwardInfo award, vn.i4impact.portal.nomination.NominationStatus status, Instant editionDeadline,
			Instant deadline, boolean extended) {
	}

	private final NominationRepository nominations;

	private final NominationHistoryRepository history;

	private final UnitRepository units;

	private final ProgramCatalog program;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	DeadlineExtensions(NominationRepository nominations, NominationHistoryRepository history, UnitRepository units,
			ProgramCatalog program, AuditTrail audit, Accounts accounts, Mailer mailer,
			AbsoluteLinks links, JdbcClient jdbc, Clock clock) {
		this.nominations = nominations;
		this.history = history;
		this.units = units;
		this.program = program;
		this.audit = audit;
		this.accounts = accounts;
		this.mailer = mailer;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Summary summary(long id) {
		Nomination n = nominations.findById(id).orElseThrow(NotFoundException::new);
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		Instant edition = program.timeline(n.getEditionId()).find(vn.i4impact.portal.program.Phase.NOMINATION).map(w -> w.endsAt()).orElse(Instant.EPOCH);
		Instant deadline = n.deadline(edition);
		return new Summary(n.getId(), n.getReferenceCode(), n.getTitle(), n.getNomineeName(),
				units.findById(n.getUnitId()).map(Unit::getName).orElse(""), award, n.getStatus(), edition, deadline,
				!deadline.equals(edition));
	}

	/**
	 * @throws Nomination.NotAllowedException with {@code extension.error.past} or {@code extension.error.beforeEdition}
	 */
	public void extend(long id, Instant until, long actorId) {
		Summary before = summary(id);
		if (!until.isAfter(clock.instant())) {
			throw new Nomination.NotAllowedException("extension.error.past");
		}
		boolean answeringRequest = before.status() == vn.i4impact.portal.nomination.NominationStatus.CHANGES_REQUESTED;
		// a request for changes has its own date, usually after the edition's deadline; only that date moves
		if (!answeringRequest && !until.isAfter(before.editionDeadline())) {
			throw new Nomination.NotAllowedException("extension.error.beforeEdition");
		}
		Nomination n = nominations.findById(id).orElseThrow();
		n.extendDeadline(until, actorId, clock.instant());
		nominations.save(n);
		if (answeringRequest && n.getChangesDueAt() != null) {
			// the request's own row is what the secretariat's page and the unit's page show as its date: it moves too
			jdbc.sql("""
					update nomination_decision set due_at = ?
					where id = (select id from nomination_decision where nomination_id = ? and decision = 'CHANGES_REQUESTED'
					            order by at desc, id desc limit 1)""")
				.params(java.sql.Timestamp.from(until), n.getId())
				.update();
		}
		String formatted = Receipts.format(until);
		String label = n.getReferenceCode() != null ? n.getReferenceCode() : n.getNomineeName();
		Map<String, Object> was = new LinkedHashMap<>();
		was.put("deadline", Receipts.format(before.deadline()));
		audit.record("nomination.extend", "nomination", n.getId(), label + ": " + formatted, was,
				Map.of("deadline", formatted));
		List<Long> members = jdbc.sql("select user_id from unit_member where unit_id = ? order by user_id")
			.param(n.getUnitId()).query(Long.class).list();
		AwardInfo award = before.award();
		// only active accounts: a disabled or unconfirmed one must not receive the unit's mail
		for (long member : members) {
			accounts.findActive(member).ifPresent(user -> {
				var locale = accounts.preferredLocale(member);
				mailer.about(Nomination.topic(n.getId())).queue(user.email(), locale, "mail.extension", user.fullName(), label,
						award.code() + " – " + award.name(locale), formatted, links.page("/my/nominations/" + n.getId()));
			});
		}
	}

}
