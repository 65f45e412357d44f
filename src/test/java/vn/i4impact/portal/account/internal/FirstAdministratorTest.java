package vn.i4impact.portal.account.internal;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD create the first administrator, only when none is active. */
@PortalTest
class FirstAdministratorTest {

	@Autowired
	UserAccountRepository users;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcClient jdbc;

	int count(String email) {
		return jdbc.sql("select count(*) from app_user where email = ?").param(email).query(Integer.class).single();
	}

	@Test
	void createsTheAdministratorOnlyWhenNoneIsActive() {
		String email = TestData.uniqueEmail("first-admin");
		// another test may have created an active admin already: make sure none is, inside this test only
		jdbc.sql("update app_user set status = 'DISABLED' where status = 'ACTIVE' and id in (select user_id from app_user_role where role = 'ADMIN')")
			.update();
		new FirstAdministrator(users, accounts, email, "ban to chuc chuong trinh").run(null);
		assertThat(count(email)).isEqualTo(1);
		assertThat(jdbc.sql("select role from app_user_role r join app_user u on u.id = r.user_id where u.email = ?")
			.param(email).query(String.class).list()).containsExactly("ADMIN");

		String second = TestData.uniqueEmail("second-admin");
		new FirstAdministrator(users, accounts, second, "ban to chuc chuong trinh").run(null);
		assertThat(count(second)).isZero();
	}

	@Test
	void aWeakPasswordCreatesNothing() {
		String email = TestData.uniqueEmail("weak-admin");
		jdbc.sql("update app_user set status = 'DISABLED' where status = 'ACTIVE' and id in (select user_id from app_user_role where role = 'ADMIN')")
			.update();
		new FirstAdministrator(users, accounts, email, "admin").run(null);
		assertThat(count(email)).isZero();
	}

}
