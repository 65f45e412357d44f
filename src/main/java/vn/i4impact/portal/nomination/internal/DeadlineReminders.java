package vn.i4impact.portal.nomination.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.UnitDeadline;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * Reminds units of dossiers not yet submitted (issue 13, item 7): once when the unit's deadline is
 * {@code edition.reminder_days} days away or less, once more on the last day. Safe on several nodes: each reminder is
 * a row whose key is claimed with {@code on conflict do nothing} in the transaction that queues its mails, so only
 * the node that inserted it mails, and a rolled-back mail frees the key again.
 */
@Service
public class DeadlineReminders {

	private static final Logger log = LoggerFactory.getLogger(DeadlineReminders.class);

	enum Kind {

		EARLY, LAST_DAY

	}

	private record Due(long nominationId, long unitId, long awardId, String nomineeName, Instant deadline,
			int reminderDays) {
	}

	private final JdbcClient jdbc;

	private final Accounts accounts;

	private final ProgramCatalog program;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final Clock clock;

	private final TransactionTemplate eachInItsOwn;

	DeadlineReminders(JdbcClient jdbc, Accounts accounts, ProgramCatalog program, Mailer mailer, AbsoluteLinks links,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.program = program;
		this.mailer = mailer;
		this.links = links;
		this.clock = clock;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** @return how many reminders this node sent in this round (one per dossier and kind, to every active member) */
	@Scheduled(fixedDelayString = "${portal.reminders.interval:PT15M}", initialDelayString = "${portal.reminders.interval:PT15M}")
	public int remind() {
		Instant now = clock.instant();
		int sent = 0;
		for (Due due : due(now)) {
			Kind kind = Duration.between(now, due.deadline()).compareTo(Duration.ofDays(1)) <= 0 ? Kind.LAST_DAY
					: Kind.EARLY;
			try {
				if (Boolean.TRUE.equals(eachInItsOwn.execute(status -> send(due, kind, now)))) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// one dossier's failure must not hold up the others; the next round tries it again
				log.warn("Deadline reminder for dossier {} failed: {}", due.nominationId(), ex.getMessage());
			}
		}
		return sent;
	}

	/** Unsubmitted dossiers of real (not demo) editions whose own deadline is ahead and within the edition's days. */
	private List<Due> due(Instant now) {
		return jdbc.sql("""
				select n.id, n.unit_id, n.award_id, n.nominee_name, d.deadline, e.reminder_days
				from nomination n
				join edition e on e.id = n.edition_id
				""" + UnitDeadline.WINDOW_JOIN + """

				cross join lateral (select %s as deadline) d
				where n.status in ('DRAFT', 'CHANGES_REQUESTED') and not e.is_demo
				  and d.deadline > ? and d.deadline <= cast(? as timestamptz) + make_interval(days => greatest(e.reminder_days, 1))
				order by n.id""".formatted(UnitDeadline.SQL))
			.params(Timestamp.from(now), Timestamp.from(now))
			.query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant(), rs.getInt(6)))
			.list();
	}

	private boolean send(Due due, Kind kind, Instant now) {
		if (kind == Kind.EARLY && due.reminderDays() <= 1) {
			return false;
		}
		int claimed = jdbc.sql("""
				insert into nomination_deadline_reminder (nomination_id, kind, deadline_at, sent_at) values (?, ?, ?, ?)
				on conflict do nothing""")
			.params(due.nominationId(), kind.name(), Timestamp.from(due.deadline()), Timestamp.from(now)).update();
		if (claimed == 0) {
			return false;
		}
		AwardInfo award = program.award(due.awardId()).orElseThrow();
		Mailer about = mailer.about(Nomination.topic(due.nominationId()));
		String template = kind == Kind.LAST_DAY ? "mail.reminderLastDay" : "mail.reminder";
		for (long member : jdbc.sql("select user_id from unit_member where unit_id = ? order by user_id")
			.param(due.unitId()).query(Long.class).list()) {
			accounts.findActive(member).ifPresent(user -> {
				Locale locale = accounts.preferredLocale(user.id());
				about.queue(user.email(), locale, template, user.fullName(), due.nomineeName(),
						award.code() + " – " + award.name(locale), Receipts.format(due.deadline()),
						links.page("/my/nominations/" + due.nominationId()));
			});
		}
		return true;
	}

}
