package vn.i4impact.portal.account;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@PortalTest
class StaffInvitationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anAdminInvitesAJurorWhoSetsAPasswordThroughTheLink() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String email = TestData.uniqueEmail("juror");
		mvc.perform(post("/admin/users/invite").with(csrf()).with(Auth.as(admin)).param("email", email)
			.param("fullName", "PGS.TS. Hoàng Văn Khoa").param("roles", "JUROR").param("language", "vi"))
			.andExpect(redirectedUrl("/admin/users"));
		assertThat(jdbc.sql("select status from app_user where email = ?").param(email).query(String.class).single()).isEqualTo("INVITED");

		var mail = data.lastMail(email);
		assertThat(mail.subject()).contains("Thư mời");
		// the outbox page lists the mail with a clickable link for local use
		mvc.perform(get("/admin/outbox").with(Auth.as(admin))).andExpect(content().string(containsString(mail.linkPath().replace("&", "&amp;"))));

		mvc.perform(get(mail.linkPath())).andExpect(content().string(containsString(email)));
		mvc.perform(post("/invitation").with(csrf()).param("token", mail.token()).param("password", "hoi dong chuyen mon 2026")
			.param("passwordConfirm", "hoi dong chuyen mon 2026")).andExpect(redirectedUrl("/login"));
		var login = mvc.perform(post("/login").with(csrf()).session(new MockHttpSession()).param("email", email)
			.param("password", "hoi dong chuyen mon 2026")).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/jury");
	}

	@Test
	void invitationsNeedAStaffRoleAndAFreeAddress() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		CurrentUser existing = data.user(Role.APPLICANT);
		mvc.perform(post("/admin/users/invite").with(csrf()).with(Auth.as(admin)).param("email", existing.email())
			.param("fullName", "Ai đó").param("roles", "SECRETARIAT"))
			.andExpect(content().string(containsString("Địa chỉ này đã có tài khoản.")));
		mvc.perform(post("/admin/users/invite").with(csrf()).with(Auth.as(admin)).param("email", TestData.uniqueEmail("x"))
			.param("fullName", "Ai đó"))
			.andExpect(content().string(containsString("Chọn ít nhất một vai trò cán bộ.")))
			.andExpect(result -> assertThat(HtmlUtils.htmlUnescape(
					result.getResponse().getContentAsString())).contains("value=\"Ai đó\""));
	}

	@Test
	void onlyAdminsMayInvite() throws Exception {
		for (Role role : new Role[] { Role.APPLICANT, Role.SECRETARIAT, Role.JUROR }) {
			String email = TestData.uniqueEmail("sneaky");
			var status = mvc.perform(post("/admin/users/invite").with(csrf()).with(Auth.as(data.user(role)))
				.param("email", email).param("fullName", "X").param("roles", "ADMIN")).andReturn().getResponse().getStatus();
			assertThat(status).isEqualTo(403);
			assertThat(data.mailCount(email)).isZero();
		}
		assertThat(mvc.perform(post("/admin/users/invite").with(csrf()).param("email", "a@b.vn").param("fullName", "X")
			.param("roles", "ADMIN")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void accountSearchIgnoresAccentsAndCase() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String email = TestData.uniqueEmail("search");
		mvc.perform(post("/admin/users/invite").with(csrf()).with(Auth.as(admin)).param("email", email)
			.param("fullName", "Nguyễn Văn Quyết Thắng").param("roles", "SECRETARIAT"));
		mvc.perform(get("/admin/users").param("q", "nguyen van quyet").with(Auth.as(admin)))
			.andExpect(content().string(containsString(email)));
		mvc.perform(get("/admin/users").param("q", "NGUYỄN VĂN QUYẾT").with(Auth.as(admin)))
			.andExpect(content().string(containsString(email)));
	}

}
