package vn.i4impact.portal.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PasswordResetTest {

	static final String NEW_PASSWORD = "song Hong chay qua Ha Noi";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	String loginRedirect(String email, String password) throws Exception {
		return mvc.perform(post("/login").with(csrf()).session(new MockHttpSession()).param("email", email).param("password", password))
			.andReturn().getResponse().getRedirectedUrl();
	}

	@Test
	void aSingleUseLinkSetsANewPassword() throws Exception {
		CurrentUser user = data.user(Role.SECRETARIAT);
		mvc.perform(post("/forgot-password").with(csrf()).param("email", user.email())).andExpect(redirectedUrl("/login"));
		var mail = data.lastMail(user.email());
		assertThat(mail.subject()).contains("Đặt lại mật khẩu");

		mvc.perform(get(mail.linkPath())).andExpect(status().isOk()).andExpect(content().string(containsString(user.email())));
		mvc.perform(post("/reset-password").with(csrf()).param("token", mail.token()).param("password", "short").param("passwordConfirm", "short"))
			.andExpect(content().string(containsString("cần ít nhất 10 ký tự")));
		mvc.perform(post("/reset-password").with(csrf()).param("token", mail.token()).param("password", NEW_PASSWORD)
			.param("passwordConfirm", NEW_PASSWORD)).andExpect(redirectedUrl("/login"));

		assertThat(loginRedirect(user.email(), NEW_PASSWORD)).isEqualTo("/secretariat");
		assertThat(loginRedirect(user.email(), TestData.PASSWORD)).isEqualTo("/login?error");
		// the link worked once only
		mvc.perform(get(mail.linkPath())).andExpect(content().string(containsString("đã được sử dụng")));
		mvc.perform(post("/reset-password").with(csrf()).param("token", mail.token()).param("password", "another long passphrase")
			.param("passwordConfirm", "another long passphrase")).andExpect(content().string(containsString("không còn hiệu lực")));
	}

	@Test
	void anExpiredLinkIsRefused() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		mvc.perform(post("/forgot-password").with(csrf()).param("email", user.email()));
		var mail = data.lastMail(user.email());
		jdbc.sql("update account_token set expires_at = now() - interval '1 second' where user_id = ?").param(user.id()).update();
		mvc.perform(get(mail.linkPath())).andExpect(content().string(containsString("đã hết hạn")));
	}

	@Test
	void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
		String unknown = TestData.uniqueEmail("ghost");
		mvc.perform(post("/forgot-password").with(csrf()).param("email", unknown)).andExpect(redirectedUrl("/login"));
		assertThat(data.mailCount(unknown)).isZero();
	}

	@Test
	void forgedHostHeadersNeverReachTheMailedLink() throws Exception {
		CurrentUser user = data.user(Role.ADMIN);
		mvc.perform(post("/forgot-password").with(csrf()).param("email", user.email())
			.header("Host", "attacker.example")
			.header("X-Forwarded-Host", "attacker.example")
			.header("X-Forwarded-Proto", "https")
			.header("Forwarded", "host=attacker.example;proto=https")).andExpect(redirectedUrl("/login"));
		var mail = data.lastMail(user.email());
		// the test profile's portal.base-url
		assertThat(mail.body()).contains("http://localhost/reset-password?token=").doesNotContain("attacker.example");
	}

}
