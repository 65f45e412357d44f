package vn.i4impact.portal.account.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * What the organising committee does to staff accounts after inviting them: roles, deactivation, mails. Each change is
 * audited in the same transaction; each refusal says why.
 */
@Service
@Transactional
public class StaffAdministration {

	/** How a request ended; anything but {@link #DONE} and {@link #UNCHANGED} changed nothing. */
	public enum Outcome {

		DONE, UNCHANGED, LAST_ADMIN, NO_ROLE, NOT_ALLOWED

	}

	/**
	 * Serialises every change that could take away an administrator, so two admins demoting each other at the same
	 * moment cannot both succeed. Any constant works; this one only has to be unique among the portal's advisory locks.
	 */
	static final long ADMIN_SET_LOCK = 4_2026_0003L;

	private final UserAccountRepository users;

	private final AccountService accounts;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	StaffAdministration(UserAccountRepository users, AccountService accounts, AuditTrail audit, JdbcClient jdbc) {
		this.users = users;
		this.accounts = accounts;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public UserAccount get(long userId) {
		return users.findById(userId).orElseThrow(NotFoundException::new);
	}

	/**
	 * @param version the version the admin saw, so a concurrent change shows the conflict page instead of being
	 * overwritten
	 */
	public Outcome changeStaffRoles(long userId, long version, Set<Role> staffRoles) {
		lockAdminSet();
		UserAccount user = get(userId);
		if (user.getVersion() != version) {
			throw new ObjectOptimisticLockingFailureException(UserAccount.class, userId);
		}
		Set<Role> before = user.getRoles();
		try {
			user.changeStaffRoles(staffRoles, users.countOtherActiveWithRole(Role.ADMIN, userId));
		}
		catch (UserAccount.LastAdminException ex) {
			return Outcome.LAST_ADMIN;
		}
		catch (IllegalArgumentException ex) {
			return Outcome.NO_ROLE;
		}
		if (before.equals(user.getRoles())) {
			return Outcome.UNCHANGED;
		}
		audit.record("user.roles", "user", userId, label(user), Map.of("roles", names(before)),
				Map.of("roles", names(user.getRoles())));
		return Outcome.DONE;
	}

	public Outcome deactivate(long userId) {
		lockAdminSet();
		UserAccount user = get(userId);
		if (!user.canDeactivate()) {
			return Outcome.NOT_ALLOWED;
		}
		AccountStatus before = user.getStatus();
		try {
			user.deactivate(users.countOtherActiveWithRole(Role.ADMIN, userId));
		}
		catch (UserAccount.LastAdminException ex) {
			return Outcome.LAST_ADMIN;
		}
		audit.record("user.deactivate", "user", userId, label(user), Map.of("status", before.name()),
				Map.of("status", user.getStatus().name()));
		return Outcome.DONE;
	}

	public Outcome reactivate(long userId) {
		UserAccount user = get(userId);
		if (!user.canReactivate()) {
			return Outcome.NOT_ALLOWED;
		}
		AccountStatus before = user.getStatus();
		user.reactivate();
		audit.record("user.reactivate", "user", userId, label(user), Map.of("status", before.name()),
				Map.of("status", user.getStatus().name()));
		return Outcome.DONE;
	}

	public Outcome resendInvitation(long userId) {
		UserAccount user = get(userId);
		if (!user.canResendInvitation()) {
			return Outcome.NOT_ALLOWED;
		}
		accounts.sendInvitation(user);
		audit.record("user.invitation.resend", "user", userId, label(user), null, Map.of("email", user.getEmail()));
		return Outcome.DONE;
	}

	public Outcome sendPasswordReset(long userId) {
		UserAccount user = get(userId);
		if (!user.canResetPassword()) {
			return Outcome.NOT_ALLOWED;
		}
		accounts.sendPasswordReset(user);
		audit.record("user.password.reset", "user", userId, label(user), null, Map.of("email", user.getEmail()));
		return Outcome.DONE;
	}

	private void lockAdminSet() {
		jdbc.sql("select pg_advisory_xact_lock(?)").param(ADMIN_SET_LOCK).query().singleRow();
	}

	/** The fields an invitation sets, as the audit log shows them. */
	static Map<String, Object> snapshot(UserAccount user) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("email", user.getEmail());
		values.put("fullName", user.getFullName());
		values.put("roles", names(user.getRoles()));
		values.put("status", user.getStatus().name());
		values.put("language", user.getPreferredLocale());
		return values;
	}

	/** How the log names an account: readable now, and still telling after a rename. */
	static String label(UserAccount user) {
		return user.getFullName() + " <" + user.getEmail() + ">";
	}

	private static List<String> names(Set<Role> roles) {
		return roles.stream().sorted().map(Role::name).toList();
	}

}
