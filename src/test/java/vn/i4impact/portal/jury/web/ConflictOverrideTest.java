package vn.i4impact.portal.jury.web;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.shared.web.Flash;
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

/** Only the committee overrides a detected conflict, with a written reason, kept and audited; nobody else can. */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConflictOverrideTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AssignmentService assignments;

	Setup s;

	@BeforeAll
	void setUp() throws Exception {
		s = fixture.openRound(2, 3, 1);
	}

	long conflict(String source, CurrentUser juror, long dossier) {
		return jdbc.sql("""
				insert into jury_conflict (round_id, nomination_id, juror_id, source, reason_key, detail, at)
				values (?, ?, ?, ?, 'jury.conflict.emailDomain', 'congty-a.vn', ?) returning id""")
			.params(s.roundId(), dossier, juror.id(), source, Timestamp.from(Instant.now())).query(Long.class).single();
	}

	String url(long roundId, long conflictId) {
		return "/secretariat/jury/rounds/" + roundId + "/conflicts/" + conflictId + "/override";
	}

	boolean overridden(long id) {
		return jdbc.sql("select overridden_at is not null from jury_conflict where id = ?").param(id)
			.query(Boolean.class).single();
	}

	@Test
	void theCommitteeOverridesWithAReasonKeptAndAudited() throws Exception {
		CurrentUser juror = fixture.juror();
		long dossier = s.dossiers().get(0);
		long id = conflict("DETECTED", juror, dossier);
		assertThat(assignments.conflicted(s.roundId(), dossier, juror.id())).isTrue();
		mvc.perform(get("/secretariat/jury/rounds/" + s.roundId()).with(as(s.admin())))
			.andExpect(content().string(containsString(url(s.roundId(), id))));
		mvc.perform(post(url(s.roundId(), id)).with(as(s.admin())).with(csrf()).param("reason", "Đã nghỉ hưu ở công ty A từ 2019"))
			.andExpect(status().is3xxRedirection()).andExpect(flash().attributeExists("flashSuccess"));
		assertThat(overridden(id)).isTrue();
		assertThat(assignments.conflicted(s.roundId(), dossier, juror.id())).isFalse();
		assertThat(jdbc.sql("select override_reason from jury_conflict where id = ?").param(id).query(String.class).single())
			.isEqualTo("Đã nghỉ hưu ở công ty A từ 2019");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.conflict.override' and target_id = ? and actor_id = ?")
			.params(String.valueOf(id), s.admin().id()).query(Integer.class).single()).isEqualTo(1);
		// shown as overridden, without the form
		mvc.perform(get("/secretariat/jury/rounds/" + s.roundId()).with(as(s.admin())).cookie(new Cookie("lang", "en")))
			.andExpect(content().string(containsString("overridden by the committee")))
			.andExpect(content().string(not(containsString(url(s.roundId(), id)))));
		mvc.perform(get("/secretariat/jury/rounds/" + s.roundId()).with(as(s.admin())))
			.andExpect(content().string(containsString("Ban Tổ chức đã bỏ qua")))
			.andExpect(content().string(not(containsString(url(s.roundId(), id)))));
	}

	@Test
	void aBlankReasonIsRefusedWithAMessage() throws Exception {
		long id = conflict("DETECTED", fixture.juror(), s.dossiers().get(1));
		var result = mvc.perform(post(url(s.roundId(), id)).with(as(s.admin())).with(csrf()).param("reason", "  "))
			.andExpect(status().is3xxRedirection()).andReturn();
		Flash.Message m = (Flash.Message) result.getFlashMap().get("flashError");
		assertThat(m.key()).isEqualTo("jury.conflict.overrideReason");
		assertThat(overridden(id)).isFalse();
	}

	@Test
	void theSecretariatJurorsApplicantsAndOtherRoundsAreRefused() throws Exception {
		CurrentUser juror = fixture.juror();
		long id = conflict("DETECTED", juror, s.dossiers().get(0));
		mvc.perform(get("/secretariat/jury/rounds/" + s.roundId()).with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString(url(s.roundId(), id)))));
		for (CurrentUser who : new CurrentUser[] { data.user(Role.SECRETARIAT), juror, data.user(Role.APPLICANT) }) {
			mvc.perform(post(url(s.roundId(), id)).with(as(who)).with(csrf()).param("reason", "x"))
				.andExpect(status().isForbidden());
		}
		// the id of another round's conflict, or a declared conflict: not found, nothing changes
		Setup other = fixture.openRound(1, 2, 1);
		mvc.perform(post(url(other.roundId(), id)).with(as(s.admin())).with(csrf()).param("reason", "x"))
			.andExpect(status().isNotFound());
		long declared = conflict("DECLARED", fixture.juror(), s.dossiers().get(1));
		mvc.perform(post(url(s.roundId(), declared)).with(as(s.admin())).with(csrf()).param("reason", "x"))
			.andExpect(status().isNotFound());
		assertThat(overridden(id)).isFalse();
		assertThat(overridden(declared)).isFalse();
	}

}
