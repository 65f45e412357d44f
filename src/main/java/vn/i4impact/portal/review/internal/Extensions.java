package vn.i4impact.portal.review.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.UnitDeadline;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The secretariat extends the deadline of one dossier: the dossier moves its own date ({@link DossierLifecycle#extend});
 * here the request's decision row follows, the audit trail records it and the unit is told.
 */
@Service
@Transactional
public class Extensions {

	/** What the extension page shows about the dossier; the deadline is the one rule the queue reads too. */
	public record Summary(long id, String referenceCode, String title, String nomineeName, String unitName,
			AwardInfo award, NominationStatus status, Instant editionDeadline, Instant deadline, boolean extended) {
	}

	private final DossierLifecycle lifecycle;

	private final ProgramCatalog program;

	private final AuditTrail audit;

	private final Accounts accounts;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	Extensions(DossierLifecycle lifecycle, ProgramCatalog program, AuditTrail audit, Accounts accounts, Mailer mailer,
			AbsoluteLinks links, JdbcClient jdbc) {
		this.lifecycle = lifecycle;
		this.program = program;
		this.audit = audit;
		this.accounts = accounts;
		this.mailer = mailer;
		this.links = links;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public Summary summary(long id) {
		return jdbc.sql("""
				select n.id, n.reference_code, n.title, n.nominee_name, u.name as unit_name, n.award_id, n.status,
				       coalesce(ph.ends_at, 'epoch'::timestamptz) as edition_deadline,
				       coalesce(%s, 'epoch'::timestamptz) as deadline
				from nomination n join unit u on u.id = n.unit_id %s
				where n.id = ?""".formatted(UnitDeadline.SQL, UnitDeadline.WINDOW_JOIN)).param(id)
			.query((rs, i) -> {
				Instant edition = rs.getTimestamp("edition_deadline").toInstant();
				Instant deadline = rs.getTimestamp("deadline").toInstant();
				return new Summary(rs.getLong("id"), rs.getString("reference_code"), rs.getString("title"),
						rs.getString("nominee_name"), rs.getString("unit_name"),
						program.award(rs.getLong("award_id")).orElseThrow(NotFoundException::new),
						NominationStatus.valueOf(rs.getString("status")), edition, deadline, !deadline.equals(edition));
			})
			.optional().orElseThrow(NotFoundException::new);
	}

	/** @throws vn.i4impact.portal.shared.DomainException as {@link DossierLifecycle#extend} refuses */
	public void extend(long id, Instant until, long actorId) {
		Summary before = summary(id);
		DossierLifecycle.Extended extended = lifecycle.extend(id, until, actorId);
		if (extended.changesRequest()) {
			// the request's own row is what the secretariat's page and the unit's page show as its date: it moves too
			jdbc.sql("""
					update nomination_decision set due_at = ?
					where id = (select id from nomination_decision where nomination_id = ? and decision = 'CHANGES_REQUESTED'
					            order by at desc, id desc limit 1)""")
				.params(Timestamp.from(until), id).update();
		}
		String formatted = PortalTime.DATE_TIME.format(until);
		String label = before.referenceCode() != null ? before.referenceCode() : before.nomineeName();
		audit.record("nomination.extend", "nomination", id, label + ": " + formatted,
				Map.of("deadline", PortalTime.DATE_TIME.format(extended.before())), Map.of("deadline", formatted));
		List<Long> members = jdbc.sql("""
				select m.user_id from unit_member m join nomination n on n.unit_id = m.unit_id
				where n.id = ? order by m.user_id""").param(id).query(Long.class).list();
		AwardInfo award = before.award();
		// only active accounts: a disabled or unconfirmed one must not receive the unit's mail
		for (long member : members) {
			accounts.findActive(member).ifPresent(user -> {
				Locale locale = accounts.preferredLocale(member);
				mailer.about(Screening.topic(id)).queue(user.email(), locale, "mail.extension", user.fullName(), label,
						award.code() + " – " + award.name(locale), formatted, links.page("/my/nominations/" + id));
			});
		}
	}

}
