package vn.i4impact.portal.account;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@PortalTest
class AccountPageTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void nameFieldsPhoneAndLanguageAreSaved() throws Exception {
		CurrentUser user = data.user(Role.JUROR);
		mvc.perform(post("/account").with(csrf()).with(Auth.as(user)).param("fullName", "GS.TS. Đặng Thị Mai")
			.param("position", "Viện trưởng").param("phone", "+84 916 850 581").param("language", "en"))
			.andExpect(redirectedUrl("/account"))
			.andExpect(cookie().value("lang", "en"));
		var row = jdbc.sql("select full_name || '|' || position || '|' || phone || '|' || preferred_locale from app_user where id = ?")
			.param(user.id()).query(String.class).single();
		assertThat(row).isEqualTo("GS.TS. Đặng Thị Mai|Viện trưởng|0916850581|en");
	}

	@Test
	void badInputIsExplainedAndNothingIsSaved() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		mvc.perform(post("/account").with(csrf()).with(Auth.as(user)).param("fullName", "").param("phone", "abc")
			.param("language", "vi"))
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
			.andExpect(content().string(containsString("value=\"abc\"")));
		assertThat(jdbc.sql("select full_name from app_user where id = ?").param(user.id()).query(String.class).single())
			.isEqualTo("Nguyễn Văn Thử");
	}

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		mvc.perform(post("/account/password").with(csrf()).with(Auth.as(user)).param("currentPassword", "not it at all")
			.param("newPassword", "mot mat khau moi that dai").param("newPasswordConfirm", "mot mat khau moi that dai"))
			.andExpect(content().string(containsString("Mật khẩu hiện tại không đúng.")));
		mvc.perform(post("/account/password").with(csrf()).with(Auth.as(user)).param("currentPassword", TestData.PASSWORD)
			.param("newPassword", "mot mat khau moi that dai").param("newPasswordConfirm", "mot mat khau moi that dai"))
			.andExpect(redirectedUrl("/account"));
		var result = mvc.perform(post("/login").with(csrf()).session(new MockHttpSession()).param("email", user.email())
			.param("password", "mot mat khau moi that dai")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my");
	}

	@Test
	void formsWithoutCsrfTokenAreRefused() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		assertThat(mvc.perform(post("/account").with(Auth.as(user)).param("fullName", "X").param("language", "vi"))
			.andReturn().getResponse().getStatus()).isEqualTo(403);
	}

}
