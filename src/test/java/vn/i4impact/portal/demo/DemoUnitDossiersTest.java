package vn.i4impact.portal.demo;

import java.time.Clock;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** Issue 13, item 12: the demo unit's account finds dossiers of its own in every state of the journey. Rolled back. */
@PortalTest
@Transactional
class DemoUnitDossiersTest {

	@Autowired
	EditionCloning cloning;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	DemoDossiers dossiers;

	@Autowired
	UnitApplications applications;

	@Autowired
	ProgramCatalog program;

	@Test
	void theDemoUnitHasADraftAConsentAwaitedASubmittedAChangesRequestedAndAnEligibleDossier() throws Exception {
		new DemoData(cloning, accounts, jdbc, clock, dossiers, true).run(null);
		DemoUnitDossiers own = new DemoUnitDossiers(accounts, applications, program, dossiers, jdbc, true);
		own.run(null);
		own.run(null); // once only

		CurrentUser unit = accounts.findByEmail(DemoData.ACCOUNTS[0].email()).orElseThrow();
		var rows = jdbc.sql("""
				select n.status || '|' || n.kind || '|' || n.consent_status || '|' || coalesce(n.reference_code, '-')
				from nomination n join unit_member m on m.unit_id = n.unit_id where m.user_id = ? order by n.id""")
			.param(unit.id()).query(String.class).list();
		assertThat(rows).hasSize(DemoUnitDossiers.DOSSIERS.length);
		assertThat(rows).anyMatch(r -> r.equals("DRAFT|SELF|NOT_NEEDED|-"))
			.anyMatch(r -> r.equals("DRAFT|OTHER|PENDING|-"))
			.anyMatch(r -> r.startsWith("SUBMITTED|SELF|NOT_NEEDED|I4IA-DEMO-"))
			.anyMatch(r -> r.startsWith("CHANGES_REQUESTED|SELF|"))
			.anyMatch(r -> r.startsWith("ELIGIBLE|SELF|"));
		// every decision is explained, and the reference numbers follow the award's counter (no clash)
		assertThat(jdbc.sql("""
				select count(*) from nomination n join unit_member m on m.unit_id = n.unit_id
				join nomination_decision d on d.nomination_id = n.id where m.user_id = ?""").param(unit.id())
			.query(Integer.class).single()).isEqualTo(2);
		assertThat(jdbc.sql("""
				select count(*) - count(distinct reference_code) from nomination where reference_code like 'I4IA-DEMO-%'""")
			.query(Integer.class).single()).isZero();

		mvc.perform(get("/my/nominations").with(as(unit)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TS. Vũ Thanh Tùng")))
			.andExpect(content().string(containsString("Chuyển đổi số trong bảo tồn, văn hóa, di sản")))
			.andExpect(content().string(containsString("Đổi mới quản trị, chính phủ số, đô thị thông minh")));
		long consentDraft = jdbc.sql("select id from nomination where nominee_email = ?")
			.param("vu.thanh.tung@demo.i4impact.vn").query(Long.class).single();
		mvc.perform(get("/my/nominations/" + consentDraft).with(as(unit)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đang chờ người được đề cử xác nhận")))
			// made as the unit makes it, the draft asked the nominee at once: the unit may send the link again
			.andExpect(content().string(containsString("Gửi lại đường liên kết")));
		assertThat(jdbc.sql("select count(*) from nomination_consent_token t where t.nomination_id = ?")
			.param(consentDraft).query(Integer.class).single()).isEqualTo(1);
	}

}
