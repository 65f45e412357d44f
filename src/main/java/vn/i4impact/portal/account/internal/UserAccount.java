package vn.i4impact.portal.account.internal;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.BaseEntity;
import vn.i4impact.portal.shared.Localized;

@Entity
@Table(name = "app_user")
public class UserAccount extends BaseEntity {

	private String email;

	private String passwordHash;

	private String fullName;

	private String position;

	private String phone;

	private String preferredLocale = "vi";

	@Enumerated(EnumType.STRING)
	private AccountStatus status;

	private Instant emailConfirmedAt;

	private Instant createdAt;

	// written only by the login's own UPDATE (PortalAuthenticationProvider), never back from a stale entity
	@Column(insertable = false, updatable = false)
	private Instant lastLoginAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	protected UserAccount() {
	}

	private UserAccount(String email, String fullName, AccountStatus status, Set<Role> roles, Instant now) {
		this.email = normalizeEmail(email);
		this.fullName = fullName.strip();
		this.status = status;
		this.roles = EnumSet.copyOf(roles);
		this.createdAt = now;
	}

	/** A unit's account holder who must confirm the address before the first login. */
	static UserAccount registered(String email, String fullName, String passwordHash, Locale locale, Instant now) {
		UserAccount user = new UserAccount(email, fullName, AccountStatus.PENDING, Set.of(Role.APPLICANT), now);
		user.passwordHash = passwordHash;
		user.preferredLocale = Localized.isEnglish(locale) ? "en" : "vi";
		return user;
	}

	/** A staff member who sets a password through an invitation link. */
	static UserAccount invited(String email, String fullName, Set<Role> roles, Locale locale, Instant now) {
		UserAccount user = new UserAccount(email, fullName, AccountStatus.INVITED, roles, now);
		user.preferredLocale = Localized.isEnglish(locale) ? "en" : "vi";
		return user;
	}

	static UserAccount active(String email, String fullName, String passwordHash, Set<Role> roles, Instant now) {
		UserAccount user = new UserAccount(email, fullName, AccountStatus.ACTIVE, roles, now);
		user.passwordHash = passwordHash;
		user.emailConfirmedAt = now;
		return user;
	}

	public static String normalizeEmail(String email) {
		return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
	}

	/** The address is confirmed: the account may log in. Confirming twice changes nothing. */
	void confirmEmail(Instant now) {
		if (status == AccountStatus.PENDING) {
			status = AccountStatus.ACTIVE;
			emailConfirmedAt = now;
		}
	}

	/** Accepting an invitation sets the first password and confirms the address the invitation went to. */
	void acceptInvitation(String passwordHash, Instant now) {
		if (status != AccountStatus.INVITED) {
			throw new IllegalStateException("not invited: " + status);
		}
		this.passwordHash = passwordHash;
		this.status = AccountStatus.ACTIVE;
		this.emailConfirmedAt = now;
	}

	/** A reset through the e-mailed link also proves the address, so a pending account becomes active. */
	void resetPassword(String passwordHash, Instant now) {
		this.passwordHash = passwordHash;
		confirmEmail(now);
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	void updateProfile(String fullName, String position, String phone, String locale) {
		this.fullName = fullName.strip();
		this.position = position == null || position.isBlank() ? null : position.strip();
		this.phone = phone == null || phone.isBlank() ? null : phone;
		this.preferredLocale = "en".equals(locale) ? "en" : "vi";
	}

	void setContact(String position, String phone) {
		this.position = position == null || position.isBlank() ? null : position.strip();
		this.phone = phone == null || phone.isBlank() ? null : phone;
	}

	/** Raised when a change would leave the portal without an active administrator. */
	static class LastAdminException extends IllegalStateException {

		LastAdminException() {
			super("the last active administrator cannot be removed");
		}

	}

	/** The roles the organising committee hands out; an applicant's own role is never edited from the back office. */
	static final Set<Role> STAFF_ROLES = EnumSet.of(Role.SECRETARIAT, Role.JUROR, Role.ADMIN);

	public boolean isActiveAdmin() {
		return status == AccountStatus.ACTIVE && roles.contains(Role.ADMIN);
	}

	/**
	 * Replaces the staff roles, keeping APPLICANT as it is.
	 * @param otherActiveAdmins active administrators besides this account, counted under the caller's lock
	 * @throws LastAdminException when this is the last active administrator and would lose the role
	 * @throws IllegalArgumentException when a non-staff role is given or no role at all would remain
	 */
	void changeStaffRoles(Set<Role> staffRoles, long otherActiveAdmins) {
		if (!STAFF_ROLES.containsAll(staffRoles)) {
			throw new IllegalArgumentException("not staff roles: " + staffRoles);
		}
		EnumSet<Role> next = staffRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(staffRoles);
		if (roles.contains(Role.APPLICANT)) {
			next.add(Role.APPLICANT);
		}
		if (next.isEmpty()) {
			throw new IllegalArgumentException("an account needs a role");
		}
		if (isActiveAdmin() && !next.contains(Role.ADMIN) && otherActiveAdmins == 0) {
			throw new LastAdminException();
		}
		// replace in place so Hibernate updates the collection rather than recreating it
		roles.retainAll(next);
		roles.addAll(next);
	}

	public boolean canDeactivate() {
		return status != AccountStatus.DISABLED;
	}

	/** Ends the account's access; the session filter logs it out on its next request, on any node. */
	void deactivate(long otherActiveAdmins) {
		if (!canDeactivate()) {
			throw new IllegalStateException("already deactivated");
		}
		if (isActiveAdmin() && otherActiveAdmins == 0) {
			throw new LastAdminException();
		}
		status = AccountStatus.DISABLED;
	}

	public boolean canReactivate() {
		return status == AccountStatus.DISABLED;
	}

	/**
	 * Back to where the account stood: without a password it still has to accept its invitation, with an unconfirmed
	 * address it still has to confirm it, otherwise it is active.
	 */
	void reactivate() {
		if (!canReactivate()) {
			throw new IllegalStateException("not deactivated: " + status);
		}
		if (passwordHash == null) {
			status = AccountStatus.INVITED;
		}
		else if (emailConfirmedAt == null) {
			status = AccountStatus.PENDING;
		}
		else {
			status = AccountStatus.ACTIVE;
		}
	}

	public boolean canResendInvitation() {
		return status == AccountStatus.INVITED;
	}

	/** A reset link only helps an account that can log in afterwards; an invited one gets its invitation again. */
	public boolean canResetPassword() {
		return status == AccountStatus.ACTIVE || status == AccountStatus.PENDING;
	}

	public CurrentUser toCurrentUser() {
		return new CurrentUser(getId(), email, fullName, Set.copyOf(roles));
	}

	public String getEmail() {
		return email;
	}

	String getPasswordHash() {
		return passwordHash;
	}

	public String getFullName() {
		return fullName;
	}

	public String getPosition() {
		return position;
	}

	public String getPhone() {
		return phone;
	}

	public String getPreferredLocale() {
		return preferredLocale;
	}

	public Locale locale() {
		return Locale.forLanguageTag(preferredLocale);
	}

	public AccountStatus getStatus() {
		return status;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getLastLoginAt() {
		return lastLoginAt;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

}
