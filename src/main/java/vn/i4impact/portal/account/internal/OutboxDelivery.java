package vn.i4impact.portal.account.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How mail delivery is going, for the ADMIN's outbox page (mail is deliberately not part of the health check). */
@Component
public class OutboxDelivery {

	/**
	 * @param unsent       mails waiting to be sent (first try or a retry)
	 * @param oldestUnsent when the oldest of them was queued; null when none waits
	 * @param retrying     waiting mails that failed at least once
	 * @param failed       mails given up after the last retry
	 * @param lastError    the most recent delivery error, null when none was ever recorded
	 */
	public record Summary(long unsent, Instant oldestUnsent, long retrying, long failed, String lastError,
			Instant lastErrorAt) {

		public boolean troubled() {
			return retrying > 0 || failed > 0;
		}

	}

	private final JdbcClient jdbc;

	OutboxDelivery(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Summary summary() {
		return jdbc.sql("""
				select (select count(*) from mail_outbox where status = 'PENDING') as unsent,
				       (select min(created_at) from mail_outbox where status = 'PENDING') as oldest_unsent,
				       (select count(*) from mail_outbox where status = 'PENDING' and attempts > 0) as retrying,
				       (select count(*) from mail_outbox where status = 'FAILED') as failed,
				       e.last_error, e.last_error_at
				from (select 1) one
				left join lateral (select last_error, last_error_at from mail_outbox where last_error_at is not null
				                   order by last_error_at desc limit 1) e on true""")
			.query((rs, i) -> new Summary(rs.getLong("unsent"), instant(rs.getTimestamp("oldest_unsent")),
					rs.getLong("retrying"), rs.getLong("failed"), rs.getString("last_error"),
					instant(rs.getTimestamp("last_error_at"))))
			.single();
	}

	private static Instant instant(Timestamp t) {
		return t == null ? null : t.toInstant();
	}

}
