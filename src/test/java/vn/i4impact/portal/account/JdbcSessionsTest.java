package vn.i4impact.portal.account;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.support.ProductionLikeTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Sessions live in PostgreSQL (Spring Session JDBC, tables by Flyway): the login, the security context and the
 * one-time messages of a redirect are rows any node can read, and logging out deletes them.
 */
class JdbcSessionsTest extends ProductionLikeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	int sessionsOf(String email) {
		return jdbc.sql("select count(*) from spring_session where principal_name = ?").param(email).query(Integer.class).single();
	}

	@Test
	void aLoginIsARowInPostgresqlThatServesTheNextRequests() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		MvcResult login = mvc.perform(post("/login").with(csrf()).param("email", user.email())
			.param("password", TestData.PASSWORD)).andReturn();
		assertThat(login.getResponse().getRedirectedUrl()).isEqualTo("/my");
		Cookie session = login.getResponse().getCookie("SESSION");
		assertThat(session).as("Spring Session's cookie").isNotNull();
		assertThat(login.getResponse().getHeaders("Set-Cookie")).anySatisfy(
				header -> assertThat(header).startsWith("SESSION=").contains("HttpOnly").contains("SameSite=Lax"));
		assertThat(sessionsOf(user.email())).isEqualTo(1);
		assertThat(jdbc.sql("""
				select count(*) from spring_session_attributes a join spring_session s on s.primary_id = a.session_primary_id
				where s.principal_name = ? and a.attribute_name = 'SPRING_SECURITY_CONTEXT'""").param(user.email())
			.query(Integer.class).single()).isEqualTo(1);

		var page = mvc.perform(get("/account").cookie(session)).andReturn().getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
		assertThat(page.getContentAsString()).contains(user.email());

		mvc.perform(post("/logout").with(csrf()).cookie(session)).andReturn();
		assertThat(sessionsOf(user.email())).isZero();
		assertThat(mvc.perform(get("/account").cookie(session)).andReturn().getResponse().getStatus()).isEqualTo(302);

		// a one-time message crosses the redirect through the stored session (so it must serialize)
		MvcResult forgot = mvc.perform(post("/forgot-password").with(csrf()).param("email", TestData.uniqueEmail("nobody")))
			.andReturn();
		assertThat(forgot.getResponse().getRedirectedUrl()).isEqualTo("/login");
		Cookie anonymous = forgot.getResponse().getCookie("SESSION");
		assertThat(anonymous).isNotNull();
		assertThat(mvc.perform(get("/login").cookie(anonymous)).andReturn().getResponse().getContentAsString())
			.contains("đường liên kết đặt lại mật khẩu đã được gửi");
	}

}
