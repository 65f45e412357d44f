package vn.i4impact.portal.account.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Role;

/**
 * Creates the first organising-committee account from {@code PORTAL_ADMIN_EMAIL} / {@code PORTAL_ADMIN_PASSWORD} when
 * no active administrator exists, so a fresh production install can be reached.
 */
@Component
@Order(0)
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final UserAccountRepository users;

	private final AccountService accounts;

	private final String email;

	private final String password;

	FirstAdministrator(UserAccountRepository users, AccountService accounts,
			@Value("${portal.admin.email:}") String email, @Value("${portal.admin.password:}") String password) {
		this.users = users;
		this.accounts = accounts;
		this.email = email;
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (email.isBlank() || users.existsActiveWithRole(Role.ADMIN)) {
			return;
		}
		if (users.existsByEmail(UserAccount.normalizeEmail(email))) {
			log.warn("PORTAL_ADMIN_EMAIL {} already has an account that is not an active administrator; not changed",
					email);
			return;
		}
		var problem = PasswordPolicy.check(password, email);
		if (problem.isPresent()) {
			log.error("PORTAL_ADMIN_PASSWORD refused ({}): at least {} characters, not a common password. "
					+ "No administrator was created.", problem.get(), PasswordPolicy.MIN_LENGTH);
			return;
		}
		accounts.createActive(email, "Ban Tổ chức", password, Set.of(Role.ADMIN));
		log.info("Created the first administrator account {}", email);
	}

}
