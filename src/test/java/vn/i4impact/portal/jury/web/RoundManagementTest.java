package vn.i4impact.portal.jury.web;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The committee's rounds page and the secretariat's jury page, as each role. */
@PortalTest
class RoundManagementTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JurorDesk jurorDesk;

	@Test
	void onlyTheCommitteeConfiguresAndOpensAndTheSecretariatAssigns() throws Exception {
		Setup s = fixture.draftRound(2, 3, 2);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		CurrentUser juror = s.jurors().get(0);
		String admin = "/admin/editions/" + s.editionId() + "/rounds";
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		long version = rounds.get(s.roundId()).getVersion();

		// refusals first
		mvc.perform(get(admin).with(as(secretary))).andExpect(status().isForbidden());
		mvc.perform(get(admin).with(as(juror))).andExpect(status().isForbidden());
		mvc.perform(post(admin + "/" + s.roundId() + "/open").with(as(secretary)).with(csrf()).param("version", "" + version))
			.andExpect(status().isForbidden());
		mvc.perform(get("/secretariat/jury").with(as(juror))).andExpect(status().isForbidden());
		mvc.perform(post(desk + "/assign").with(as(juror)).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get(desk).with(as(s.applicants().get(0)))).andExpect(status().isForbidden());
		assertThat(rounds.get(s.roundId()).getStatus()).isEqualTo(RoundStatus.DRAFT);

		// the committee sees the round and its criteria, fixes a wrong date and opens it
		mvc.perform(get(admin).with(as(s.admin())).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Scale and replicability")))
			.andExpect(content().string(containsString("Open the round")))
			.andExpect(content().string(containsString("/admin/jury/rounds/" + s.roundId() + "/rules")));
		mvc.perform(post(admin + "/" + s.roundId() + "/settings").with(as(s.admin())).with(csrf())
				.param("version", "" + version).param("opensAt", "ngày mai").param("closesAt", "2099-01-01T10:00"))
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(post(admin + "/" + s.roundId() + "/settings").with(as(s.admin())).with(csrf())
				.param("version", "" + version).param("opensAt", "2026-01-01T08:00").param("closesAt", "2099-01-01T10:00")
				.param("jurorsPerDossier", "2").param("instructionsVi", "Đọc kỹ hồ sơ"))
			.andExpect(status().is3xxRedirection());
		assertThat(rounds.get(s.roundId()).getInstructionsVi()).isEqualTo("Đọc kỹ hồ sơ");
		mvc.perform(post(admin + "/" + s.roundId() + "/open").with(as(s.admin())).with(csrf())
				.param("version", "" + rounds.get(s.roundId()).getVersion()))
			.andExpect(status().is3xxRedirection());
		assertThat(rounds.get(s.roundId()).getStatus()).isEqualTo(RoundStatus.OPEN);

		// the secretariat assigns automatically and sees the progress, without a single score
		mvc.perform(post(desk + "/assign").with(as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
		for (long d : s.dossiers()) {
			assertThat(fixture.jurorsOf(s.roundId(), d)).hasSize(2);
		}
		mvc.perform(get(desk).with(as(secretary)).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Progress by member")))
			.andExpect(content().string(containsString(s.jurors().get(0).fullName())))
			.andExpect(content().string(not(containsString("score-"))));
		// and moves one: remove, then add another panel member
		long d = s.dossiers().get(0);
		List<Long> on = fixture.jurorsOf(s.roundId(), d);
		long off = s.jurors().stream().map(CurrentUser::id).filter(id -> !on.contains(id)).findFirst().orElseThrow();
		mvc.perform(post(desk + "/assignments").with(as(secretary)).with(csrf()).param("nominationId", "" + d)
				.param("jurorId", "" + on.get(0)).param("action", "remove")).andExpect(status().is3xxRedirection());
		mvc.perform(post(desk + "/assignments").with(as(secretary)).with(csrf()).param("nominationId", "" + d)
				.param("jurorId", "" + off).param("action", "add")).andExpect(status().is3xxRedirection());
		assertThat(fixture.jurorsOf(s.roundId(), d)).containsExactlyInAnyOrder(on.get(1), off);
		assertThat(jdbc.sql("select count(*) from audit_entry where action in ('jury.assign.add', 'jury.assign.remove') and target_id = ?")
			.param(s.roundId() + "/" + d).query(Integer.class).single()).isEqualTo(2);
		// exports: .xlsx for the secretariat, never for a juror
		byte[] xlsx = mvc.perform(get(desk + "/assignments.xlsx").with(as(secretary))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(xlsx, 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
		mvc.perform(get(desk + "/progress.xlsx").with(as(secretary))).andExpect(status().isOk());
		mvc.perform(get(desk + "/progress.xlsx").with(as(juror))).andExpect(status().isForbidden());
		// the committee reaches the same page
		mvc.perform(get("/secretariat/jury").with(as(s.admin()))).andExpect(status().isOk());
		// publishing mails every assigned member once
		mvc.perform(post(desk + "/publish").with(as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
		String offEmail = s.jurors().stream().filter(j -> j.id() == off).findFirst().orElseThrow().email();
		assertThat(data.mailCount(offEmail)).isEqualTo(1);
		assertThat(data.lastMail(offEmail).body()).contains("/jury");
	}

	@Test
	void theSecretariatRemindsAndReopensASubmittedSheetWithAReason() throws Exception {
		Setup s = fixture.openRound(1, 1, 1);
		long d = s.dossiers().get(0);
		CurrentUser juror = s.jurors().get(0);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		mvc.perform(post(desk + "/remind").with(as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(data.lastMail(juror.email()).subject()).contains("phiếu chấm chưa hoàn thành");
		jurorDesk.declare(juror.id(), s.roundId(), d, false, null);
		var a = jurorDesk.assignment(juror.id(), s.roundId(), d);
		Map<Long, Integer> scores = new HashMap<>();
		jurorDesk.criteria(a).forEach(c -> scores.put(c.id(), 6));
		jurorDesk.submit(juror.id(), s.roundId(), d, -1, scores, Map.of(), "Tốt");
		// a juror can never reopen, and the reason is required
		mvc.perform(post(desk + "/sheets/reopen").with(as(juror)).with(csrf()).param("nominationId", "" + d)
				.param("jurorId", "" + juror.id()).param("reason", "x")).andExpect(status().isForbidden());
		mvc.perform(post(desk + "/sheets/reopen").with(as(secretary)).with(csrf()).param("nominationId", "" + d)
				.param("jurorId", "" + juror.id()).param("reason", " ")).andExpect(flash().attributeExists("flashError"));
		mvc.perform(post(desk + "/sheets/reopen").with(as(secretary)).with(csrf()).param("nominationId", "" + d)
				.param("jurorId", "" + juror.id()).param("reason", "Thiếu nhận xét tiêu chí minh chứng"))
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(jurorDesk.sheet(a).submitted()).isFalse();
		assertThat(jurorDesk.sheet(a).reopenReason()).isEqualTo("Thiếu nhận xét tiêu chí minh chứng");
		assertThat(data.lastMail(juror.email()).body()).contains("Thiếu nhận xét tiêu chí minh chứng");
	}

}
