package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down, then locks, repeated failed logins for an e-mail address from one client address. Counted per address
 * whether or not an account exists, so the answers never tell an attacker which addresses are registered; counted per
 * client too, so bad tries from elsewhere never lock the real person out on their own machine (the global ceiling per
 * account is the rate limit on {@code /login}). Kept in the database so every node of a cluster sees the same count.
 */
@Component
public class LoginThrottle {

	/** Why an attempt is refused before the password is even checked. */
	public record Refusal(boolean locked, Instant until) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int slowDownAfter;

	private final int lockAfter;

	private final Duration lockFor;

	LoginThrottle(JdbcClient jdbc, Clock clock, @Value("${portal.login.slow-down-after:3}") int slowDownAfter,
			@Value("${portal.login.lock-after:5}") int lockAfter,
			@Value("${portal.login.lock-duration:PT15M}") Duration lockFor) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.slowDownAfter = slowDownAfter;
		this.lockAfter = lockAfter;
		this.lockFor = lockFor;
	}

	/** The pause imposed after the n-th failure: none at first, then 5 s, 10 s, 20 s ... */
	static Duration pauseAfter(int failures, int slowDownAfter) {
		if (failures < slowDownAfter) {
			return Duration.ZERO;
		}
		return Duration.ofSeconds(5L << Math.min(failures - slowDownAfter, 6));
	}

	/** The client as counted: its address, cut to the column (an IPv6 address with zone fits). */
	static String clientKey(String client) {
		String key = client == null || client.isBlank() ? "unknown" : client.strip();
		return key.length() > 64 ? key.substring(0, 64) : key;
	}

	@Transactional(readOnly = true)
	public Optional<Refusal> check(String email, String client) {
		Instant now = clock.instant();
		return jdbc.sql("select failures, last_failure_at, locked_until from login_throttle where email_key = ? and client_key = ?")
			.params(UserAccount.normalizeEmail(email), clientKey(client))
			.query((rs, n) -> {
				Instant locked = rs.getObject(3, OffsetDateTime.class) == null ? null
						: rs.getObject(3, OffsetDateTime.class).toInstant();
				if (locked != null && now.isBefore(locked)) {
					return new Refusal(true, locked);
				}
				if (locked != null) {
					return null; // the lock has run out: a fresh start
				}
				Instant last = rs.getObject(2, OffsetDateTime.class).toInstant();
				Instant until = last.plus(pauseAfter(rs.getInt(1), slowDownAfter));
				return now.isBefore(until) ? new Refusal(false, until) : null;
			})
			.optional();
	}

	/** @return the refusal the next attempt will meet, if this failure triggered one */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Optional<Refusal> recordFailure(String email, String client) {
		Instant now = clock.instant();
		String key = UserAccount.normalizeEmail(email);
		String clientKey = clientKey(client);
		// an expired lock starts the count again
		jdbc.sql("delete from login_throttle where email_key = ? and client_key = ? and locked_until is not null and locked_until <= ?")
			.params(key, clientKey, now.atOffset(ZoneOffset.UTC))
			.update();
		int failures = jdbc.sql("""
				insert into login_throttle (email_key, client_key, failures, last_failure_at) values (?, ?, 1, ?)
				on conflict (email_key, client_key)
				do update set failures = login_throttle.failures + 1, last_failure_at = excluded.last_failure_at
				returning failures""")
			.params(key, clientKey, now.atOffset(ZoneOffset.UTC))
			.query(Integer.class)
			.single();
		if (failures >= lockAfter) {
			Instant until = now.plus(lockFor);
			jdbc.sql("update login_throttle set locked_until = ? where email_key = ? and client_key = ?")
				.params(until.atOffset(ZoneOffset.UTC), key, clientKey)
				.update();
			return Optional.of(new Refusal(true, until));
		}
		Duration pause = pauseAfter(failures, slowDownAfter);
		return pause.isZero() ? Optional.empty() : Optional.of(new Refusal(false, now.plus(pause)));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void reset(String email, String client) {
		jdbc.sql("delete from login_throttle where email_key = ? and client_key = ?")
			.params(UserAccount.normalizeEmail(email), clientKey(client))
			.update();
	}

	/** After a password reset through the mailed link: every client starts afresh for this address. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void resetAll(String email) {
		jdbc.sql("delete from login_throttle where email_key = ?").param(UserAccount.normalizeEmail(email)).update();
	}

}
