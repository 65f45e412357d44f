package vn.i4impact.portal.jury.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Reminds jurors of unfinished sheets automatically (issue 14): once when an open round closes in
 * {@code jury_round.reminder_days} days or less, once more on its last day. Only published assignments whose sheet is
 * not submitted count; a juror with everything submitted gets nothing. Safe on several nodes sharing one database:
 * each reminder is a {@code jury_reminder} row claimed with {@code on conflict do nothing} in the transaction that
 * queues its mail, so only the node that inserted it mails, and a rolled-back mail frees the key again.
 */
@Service
public class JuryReminders {

	private static final Logger log = LoggerFactory.getLogger(JuryReminders.class);

	enum Kind {

		EARLY, LAST_DAY

	}

	/** One juror of one round with {@code sheets} unfinished sheets, the round closing at {@code closesAt}. */
	record Due(long roundId, long jurorId, Instant closesAt, int reminderDays, int sheets) {
	}

	private final JdbcClient jdbc;

	private final RoundRepository rounds;

	private final Accounts accounts;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final Dates dates;

	private final AuditTrail audit;

	private final Clock clock;

	private final TransactionTemplate eachInItsOwn;

	JuryReminders(JdbcClient jdbc, RoundRepository rounds, Accounts accounts, Mailer mailer, AbsoluteLinks links,
			Dates dates, AuditTrail audit, Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.rounds = rounds;
		this.accounts = accounts;
		this.mailer = mailer;
		this.links = links;
		this.dates = dates;
		this.audit = audit;
		this.clock = clock;
		this.eachInItsOwn = new TransactionTemplate(transactions);
		this.eachInItsOwn.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/** The committee sets how many days before closing the first reminder goes out (0: only the last-day one). */
	@Transactional
	public void setDays(long roundId, long expectedVersion, int days, long actorId) {
		Round round = rounds.lockById(roundId).orElseThrow(NotFoundException::new);
		if (round.getVersion() != expectedVersion) {
			throw new ConflictException();
		}
		int before = round.getReminderDays();
		round.remindDaysBefore(days);
		audit.record("jury.round.reminders", "jury_round", roundId, before + " → " + days, Map.of("reminderDays", before),
				Map.of("reminderDays", days));
	}

	/** @return how many reminders this node sent in this run (one per juror, round and kind) */
	@Scheduled(fixedDelayString = "${portal.jury.reminders.interval:PT15M}",
			initialDelayString = "${portal.jury.reminders.interval:PT15M}")
	public int remind() {
		Instant now = clock.instant();
		int sent = 0;
		for (Due due : due(now)) {
			Kind kind = Duration.between(now, due.closesAt()).compareTo(Duration.ofDays(1)) <= 0 ? Kind.LAST_DAY
					: Kind.EARLY;
			try {
				if (Boolean.TRUE.equals(eachInItsOwn.execute(status -> send(due, kind, now)))) {
					sent++;
				}
			}
			catch (RuntimeException ex) {
				// one juror's failure must not hold up the others; the next run tries again
				log.warn("Jury reminder for juror {} in round {} failed: {}", due.jurorId(), due.roundId(), ex.getMessage());
			}
		}
		return sent;
	}

	/**
	 * Jurors with published, unsubmitted sheets in open rounds of real (not demo) editions that close ahead, within the
	 * round's days (at least one).
	 */
	private List<Due> due(Instant now) {
		Timestamp at = Timestamp.from(now);
		return jdbc.sql("""
				select r.id, a.juror_id, r.closes_at, r.reminder_days, count(*)
				from jury_round r
				join edition e on e.id = r.edition_id
				join jury_assignment a on a.round_id = r.id and a.published_at is not null
				left join jury_sheet s on s.round_id = a.round_id and s.nomination_id = a.nomination_id
				                      and s.juror_id = a.juror_id
				where r.status = 'OPEN' and not e.is_demo
				  and not exists (select 1 from jury_conflict c where c.round_id = a.round_id and c.nomination_id = a.nomination_id
				                  and c.juror_id = a.juror_id and c.overridden_at is null)
				  and r.closes_at > ? and r.closes_at <= cast(? as timestamptz) + make_interval(days => greatest(r.reminder_days, 1))
				  and (s.id is null or s.status <> 'SUBMITTED')
				group by r.id, a.juror_id, r.closes_at, r.reminder_days
				order by r.id, a.juror_id""")
			.params(at, at)
			.query((rs, i) -> new Due(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant(), rs.getInt(4),
					rs.getInt(5)))
			.list();
	}

	private boolean send(Due due, Kind kind, Instant now) {
		if (kind == Kind.EARLY && due.reminderDays() <= 1) {
			return false;
		}
		int claimed = jdbc.sql("""
				insert into jury_reminder (round_id, juror_id, kind, closes_at, sent_at, sheets) values (?, ?, ?, ?, ?, ?)
				on conflict do nothing""")
			.params(due.roundId(), due.jurorId(), kind.name(), Timestamp.from(due.closesAt()), Timestamp.from(now),
					due.sheets())
			.update();
		if (claimed == 0) {
			return false;
		}
		// a juror first due just over a day before the close got the early reminder minutes ago: one mail is enough
		if (kind == Kind.LAST_DAY && jdbc.sql("""
				select exists (select 1 from jury_reminder where round_id = ? and juror_id = ? and kind = 'EARLY'
				               and closes_at = ? and sent_at > ?)""")
			.params(due.roundId(), due.jurorId(), Timestamp.from(due.closesAt()), Timestamp.from(now.minus(Duration.ofHours(12))))
			.query(Boolean.class).single()) {
			return false;
		}
		String template = kind == Kind.LAST_DAY ? "jury.mail.reminderLastDay" : "jury.mail.reminderAuto";
		accounts.findActive(due.jurorId()).ifPresent(u -> mailer.queue(u.email(), accounts.preferredLocale(u.id()),
				template, u.fullName(), due.sheets(), dates.dateTime(due.closesAt()), links.page("/jury")));
		return true;
	}

}
