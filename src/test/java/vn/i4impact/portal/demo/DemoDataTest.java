package vn.i4impact.portal.demo;

import java.time.Clock;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Demo data: loaded once, marked as demo, open for nominations today, one account per role. Rolled back afterwards. */
@PortalTest
@Transactional
class DemoDataTest {

	@Autowired
	EditionCloning cloning;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DemoDossiers dossiers;

	@Test
	void aDemoEditionOpenTodayAndOneAccountPerRole() {
		DemoData demo = new DemoData(cloning, accounts, jdbc, clock, dossiers, true);
		demo.run(null);
		demo.run(null); // a second start finds the data and loads nothing twice

		assertThat(jdbc.sql("select count(*) from edition where code = ?").param(DemoData.EDITION).query(Integer.class).single()).isEqualTo(1);
		var current = jdbc.sql("select code || '|' || is_demo || '|' || status from edition where is_current").query(String.class).single();
		assertThat(current).isEqualTo(DemoData.EDITION + "|true|OPEN");
		Instant now = clock.instant();
		var window = jdbc.sql("""
				select p.starts_at, p.ends_at from edition_phase p join edition e on e.id = p.edition_id
				where e.code = ? and p.kind = 'NOMINATION'""").param(DemoData.EDITION)
			.query((rs, n) -> new Instant[] { rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant() }).single();
		assertThat(window[0]).isBefore(now);
		assertThat(window[1]).isAfter(now);
		assertThat(jdbc.sql("select count(*) from award where edition_id = (select id from edition where code = ?)")
			.param(DemoData.EDITION).query(Integer.class).single()).isEqualTo(12);
		for (DemoData.DemoAccount a : DemoData.ACCOUNTS) {
			assertThat(accounts.findByEmail(a.email())).as(a.email()).hasValueSatisfying(u -> assertThat(u.roles()).containsExactly(a.role()));
		}
		assertThat(jdbc.sql("select count(*) from unit_member m join app_user u on u.id = m.user_id where u.email = ?")
			.param(DemoData.ACCOUNTS[0].email()).query(Integer.class).single()).isEqualTo(1);
		assertThat(DemoData.ACCOUNTS).extracting(DemoData.DemoAccount::role).containsExactlyInAnyOrder(Role.values());
		// dossiers for the secretariat to look at: every one complete, each status with the decision that explains it
		var statuses = jdbc.sql("""
				select n.status from nomination n join edition e on e.id = n.edition_id
				where e.code = ? and n.reference_code like 'I4IA-DEMO-%' order by n.status""").param(DemoData.EDITION)
			.query(String.class).list();
		assertThat(statuses).hasSize(DemoDossiers.DOSSIERS.length).contains("SUBMITTED", "ELIGIBLE", "CHANGES_REQUESTED");
		assertThat(jdbc.sql("""
				select count(*) from nomination n join nomination_decision d on d.nomination_id = n.id
				join edition e on e.id = n.edition_id where e.code = ?""").param(DemoData.EDITION).query(Integer.class)
			.single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) from nomination n join edition e on e.id = n.edition_id
				where e.code = ? and not exists (select 1 from nomination_answer a where a.nomination_id = n.id)""")
			.param(DemoData.EDITION).query(Integer.class).single()).isZero();
	}

}
