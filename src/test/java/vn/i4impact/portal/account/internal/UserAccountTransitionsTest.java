package vn.i4impact.portal.account.internal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.account.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules on an account's status and roles, including the last-administrator guard. */
class UserAccountTransitionsTest {

	static final Instant NOW = Instant.parse("2026-03-05T03:00:00Z");

	static UserAccount active(Role... roles) {
		return UserAccount.active("a@example.vn", "Nguyễn Văn A", "{noop}x", Set.of(roles), NOW);
	}

	@Test
	void theLastActiveAdminCannotLoseTheRole() {
		UserAccount admin = active(Role.ADMIN);
		assertThatThrownBy(() -> admin.changeStaffRoles(Set.of(Role.JUROR), 0))
			.isInstanceOf(UserAccount.LastAdminException.class);
		assertThat(admin.getRoles()).containsExactly(Role.ADMIN);

		admin.changeStaffRoles(Set.of(Role.JUROR), 1);
		assertThat(admin.getRoles()).containsExactly(Role.JUROR);
	}

	@Test
	void theLastActiveAdminCannotBeDeactivated() {
		UserAccount admin = active(Role.ADMIN, Role.SECRETARIAT);
		assertThatThrownBy(() -> admin.deactivate(0)).isInstanceOf(UserAccount.LastAdminException.class);
		assertThat(admin.getStatus()).isEqualTo(AccountStatus.ACTIVE);

		admin.deactivate(2);
		assertThat(admin.getStatus()).isEqualTo(AccountStatus.DISABLED);
	}

	@Test
	void keepingTheAdminRoleOrTouchingOthersNeedsNoOtherAdmin() {
		UserAccount admin = active(Role.ADMIN);
		admin.changeStaffRoles(Set.of(Role.ADMIN, Role.JUROR), 0);
		assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.JUROR);

		UserAccount juror = active(Role.JUROR);
		juror.deactivate(0);
		assertThat(juror.getStatus()).isEqualTo(AccountStatus.DISABLED);
	}

	@Test
	void aDeactivatedAdminIsNotTheOneToProtect() {
		UserAccount admin = active(Role.ADMIN);
		admin.deactivate(1);
		assertThat(admin.isActiveAdmin()).isFalse();
		admin.changeStaffRoles(Set.of(Role.SECRETARIAT), 0);
		assertThat(admin.getRoles()).containsExactly(Role.SECRETARIAT);
	}

	@Test
	void anApplicantKeepsItsRoleWhateverStaffRolesAreChosen() {
		UserAccount applicant = active(Role.APPLICANT);
		applicant.changeStaffRoles(Set.of(Role.JUROR), 0);
		assertThat(applicant.getRoles()).containsExactlyInAnyOrder(Role.APPLICANT, Role.JUROR);
		applicant.changeStaffRoles(Set.of(), 0);
		assertThat(applicant.getRoles()).containsExactly(Role.APPLICANT);
	}

	@Test
	void staffRolesOnlyAndNeverNone() {
		UserAccount juror = active(Role.JUROR);
		assertThatThrownBy(() -> juror.changeStaffRoles(Set.of(Role.APPLICANT), 1))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> juror.changeStaffRoles(Set.of(), 1)).isInstanceOf(IllegalArgumentException.class);
		assertThat(juror.getRoles()).containsExactly(Role.JUROR);
	}

	@Test
	void reactivationReturnsToWhereTheAccountStood() {
		UserAccount active = active(Role.JUROR);
		active.deactivate(0);
		assertThat(active.canDeactivate()).isFalse();
		assertThatThrownBy(() -> active.deactivate(1)).isInstanceOf(IllegalStateException.class);
		active.reactivate();
		assertThat(active.getStatus()).isEqualTo(AccountStatus.ACTIVE);
		assertThatThrownBy(active::reactivate).isInstanceOf(IllegalStateException.class);

		UserAccount invited = UserAccount.invited("b@example.vn", "Trần Thị B", Set.of(Role.JUROR), Locale.ENGLISH,
				NOW);
		invited.deactivate(0);
		invited.reactivate();
		assertThat(invited.getStatus()).isEqualTo(AccountStatus.INVITED);

		UserAccount pending = UserAccount.registered("c@example.vn", "Lê C", "{noop}x", Locale.ROOT, NOW);
		pending.deactivate(0);
		pending.reactivate();
		assertThat(pending.getStatus()).isEqualTo(AccountStatus.PENDING);
	}

	@Test
	void mailsOnlyWhereTheyHelp() {
		UserAccount invited = UserAccount.invited("b@example.vn", "Trần Thị B", Set.of(Role.JUROR), Locale.ROOT, NOW);
		assertThat(invited.canResendInvitation()).isTrue();
		assertThat(invited.canResetPassword()).isFalse();
		UserAccount active = active(Role.SECRETARIAT);
		assertThat(active.canResendInvitation()).isFalse();
		assertThat(active.canResetPassword()).isTrue();
		active.deactivate(0);
		assertThat(active.canResetPassword()).isFalse();
	}

	@Test
	void auditChangesAreOneRowPerChangedField() {
		var changes = AuditLog.changes("{\"roles\":[\"JUROR\"],\"status\":\"ACTIVE\"}",
				"{\"roles\":[\"ADMIN\",\"JUROR\"],\"status\":\"ACTIVE\",\"name\":{\"vi\":\"Giải\"}}");
		assertThat(changes).containsExactly(
				new AuditLog.Change("roles", List.of("JUROR"), List.of("ADMIN", "JUROR")),
				new AuditLog.Change("name", List.of(), List.of("{\"vi\":\"Giải\"}")));
		assertThat(AuditLog.changes(null, null)).isEmpty();
	}

}
