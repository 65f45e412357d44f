package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.CurrentUser;

/**
 * E-mail and password login with throttling. The order matters: throttle first (no password check while refused),
 * then the password (checked even for unknown addresses, so timing does not tell), and only then the account's status,
 * so "confirm your e-mail" or "deactivated" is shown only to someone who knows the password.
 */
@Component
class PortalAuthenticationProvider implements AuthenticationProvider {

	/** Refused before the password was checked, by the throttle. */
	static class ThrottledException extends AccountStatusException {

		final LoginThrottle.Refusal refusal;

		ThrottledException(LoginThrottle.Refusal refusal) {
			super("throttled");
			this.refusal = refusal;
		}

	}

	/** Wrong credentials; may carry the refusal the next attempt will meet. */
	static class FailedException extends BadCredentialsException {

		final transient Optional<LoginThrottle.Refusal> next;

		FailedException(Optional<LoginThrottle.Refusal> next) {
			super("bad credentials");
			this.next = next;
		}

	}

	static class NotConfirmedException extends AccountStatusException {

		NotConfirmedException() {
			super("e-mail not confirmed");
		}

	}

	static class DeactivatedException extends AccountStatusException {

		DeactivatedException() {
			super("deactivated");
		}

	}

	private static final String DUMMY_PASSWORD = "not-a-real-password-just-for-timing";

	private final UserAccountRepository users;

	private final PasswordEncoder encoder;

	private final LoginThrottle throttle;

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile String dummyHash;

	PortalAuthenticationProvider(UserAccountRepository users, PasswordEncoder encoder, LoginThrottle throttle,
			JdbcClient jdbc, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.throttle = throttle;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String email = UserAccount.normalizeEmail(String.valueOf(authentication.getPrincipal()));
		String password = String.valueOf(authentication.getCredentials());
		if (email.isEmpty() || email.length() > 254) {
			throw new FailedException(Optional.empty());
		}
		String client = authentication.getDetails() instanceof WebAuthenticationDetails details
				? details.getRemoteAddress() : null;
		Optional<LoginThrottle.Refusal> refused = throttle.check(email, client);
		if (refused.isPresent()) {
			throw new ThrottledException(refused.get());
		}
		Optional<UserAccount> found = users.findByEmail(email);
		String hash = found.map(UserAccount::getPasswordHash).orElse(null);
		if (hash == null) {
			encoder.matches(password, dummyHash()); // same work as a real check
			throw new FailedException(throttle.recordFailure(email, client));
		}
		if (!encoder.matches(password, hash)) {
			throw new FailedException(throttle.recordFailure(email, client));
		}
		UserAccount user = found.get();
		switch (user.getStatus()) {
			case PENDING -> throw new NotConfirmedException();
			case DISABLED, INVITED -> throw new DeactivatedException();
			case ACTIVE -> {
			}
		}
		throttle.reset(email, client);
		recordLogin(user.getId(), hash, password);
		CurrentUser principal = user.toCurrentUser();
		return UsernamePasswordAuthenticationToken.authenticated(principal, null,
				principal.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
	}

	/**
	 * Single atomic updates, not a versioned entity save: parallel logins of one account (two tabs, a colleague on the
	 * shared account) must never fail because another one committed first.
	 */
	private void recordLogin(long userId, String hash, String password) {
		jdbc.sql("update app_user set last_login_at = ? where id = ?")
			.params(clock.instant().atOffset(ZoneOffset.UTC), userId)
			.update();
		if (encoder.upgradeEncoding(hash)) {
			// only if nobody changed the password meanwhile
			jdbc.sql("update app_user set password_hash = ? where id = ? and password_hash = ?")
				.params(encoder.encode(password), userId, hash)
				.update();
		}
	}

	private String dummyHash() {
		String h = dummyHash;
		if (h == null) {
			h = encoder.encode(DUMMY_PASSWORD);
			dummyHash = h;
		}
		return h;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
