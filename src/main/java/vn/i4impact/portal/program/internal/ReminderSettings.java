package vn.i4impact.portal.program.internal;

import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * How many days before a unit's deadline the first reminder is mailed, per edition (issue 13, item 7; the job is
 * nomination's DeadlineReminders). 0 keeps only the last-day reminder.
 */
@Service
@Transactional
public class ReminderSettings {

	public static final int MAX_DAYS = 60;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	ReminderSettings(JdbcClient jdbc, AuditTrail audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	public int days(String editionCode) {
		return jdbc.sql("select reminder_days from edition where code = ?").param(editionCode).query(Integer.class)
			.optional().orElseThrow(NotFoundException::new);
	}

	public void save(String editionCode, int days) {
		if (days < 0 || days > MAX_DAYS) {
			throw new RuleException("days", "admin.reminders.range", MAX_DAYS);
		}
		int before = jdbc.sql("select reminder_days from edition where code = ? for update").param(editionCode)
			.query(Integer.class).optional().orElseThrow(NotFoundException::new);
		if (before != days) {
			jdbc.sql("update edition set reminder_days = ? where code = ?").params(days, editionCode).update();
			audit.record("edition.reminders", "edition", editionCode, null, Map.of("reminderDays", before),
					Map.of("reminderDays", days));
		}
	}

}
