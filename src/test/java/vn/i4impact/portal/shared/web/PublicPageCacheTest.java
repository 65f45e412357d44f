package vn.i4impact.portal.shared.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PublicPageCacheTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Test
	void anonymousVisitorsGetTheSameBytesWithPublicCachingAndTheSecurityHeaders() throws Exception {
		MvcResult first = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
		MvcResult second = mvc.perform(get("/")).andExpect(status().isOk()).andReturn();
		var response = second.getResponse();
		assertThat(response.getContentAsString()).isEqualTo(first.getResponse().getContentAsString())
			.contains("Chương trình Biểu dương").doesNotContain("_csrf");
		assertThat(response.getHeader("ETag")).isNotBlank().isEqualTo(first.getResponse().getHeader("ETag"));
		assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=5, stale-while-revalidate=30");
		assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(response.getHeader("Content-Language")).isEqualTo("vi");
		assertThat(response.getHeaders("Set-Cookie")).isEmpty();
		assertThat(second.getRequest().getSession(false)).isNull();

		var notModified = mvc.perform(get("/").header("If-None-Match", response.getHeader("ETag")))
			.andExpect(status().isNotModified()).andReturn().getResponse();
		assertThat(notModified.getContentAsByteArray()).isEmpty();
		assertThat(notModified.getHeader("Content-Security-Policy")).isNotBlank();

		var english = mvc.perform(get("/").cookie(new Cookie("lang", "en"))).andReturn().getResponse();
		assertThat(english.getContentAsString()).contains("5 categories, 12 awards");
		assertThat(english.getHeader("Content-Language")).isEqualTo("en");
		assertThat(english.getHeader("ETag")).isNotEqualTo(response.getHeader("ETag"));
	}

	@Test
	void gzipIsServedPrecompressedToClientsThatAcceptIt() throws Exception {
		var gz = mvc.perform(get("/editions").header("Accept-Encoding", "gzip, br")).andReturn().getResponse();
		assertThat(gz.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(gz.getHeader("ETag")).endsWith("-gz\"");
		var plain = mvc.perform(get("/editions")).andReturn().getResponse();
		assertThat(plain.getHeader("Content-Encoding")).isNull();
		assertThat(plain.getContentAsString()).contains("I4.0 Awards 2023");
	}

	@Test
	void theBytesAreRenderedOncePerContentChangeAndAnyChangeShowsAtOnce() throws Exception {
		String code = data.openEdition(10);
		String path = "/editions/" + code;
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Kỳ thử " + code);

		// a change whose version bump is undone again: the node keeps serving what it rendered (proof of the cache)
		jdbc.sql("update edition set name_vi = ? where code = ?").params("Tên lén đổi " + code, code).update();
		jdbc.sql("update public_content_version set version = version - 1").update();
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Kỳ thử " + code)
			.doesNotContain("Tên lén đổi");

		// an ordinary change (the trigger bumps the version in the same transaction) shows on the next request
		jdbc.sql("update edition set name_vi = ? where code = ?").params("Tên mới " + code, code).update();
		assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("Tên mới " + code);
	}

	@Test
	void signedInUsersAndLanguageSwitchesGetTheDynamicPage() throws Exception {
		var admin = data.user(Role.ADMIN);
		var signedIn = mvc.perform(get("/").with(Auth.as(admin))).andReturn().getResponse();
		assertThat(signedIn.getContentAsString()).contains(admin.fullName());
		assertThat(signedIn.getHeader("Cache-Control")).isEqualTo("private, no-cache");

		var switched = mvc.perform(get("/").param("lang", "en")).andReturn().getResponse();
		assertThat(switched.getCookie("lang").getValue()).isEqualTo("en");
		assertThat(switched.getHeader("Cache-Control")).isEqualTo("private, no-cache");
	}

	@Test
	void staticFilesAreServedOnlyUnderTheirPrefixes() throws Exception {
		mvc.perform(get("/css/portal.css")).andExpect(status().isOk());
		mvc.perform(get("/js/portal.js")).andExpect(status().isOk());
		mvc.perform(get("/img/logo.svg")).andExpect(status().isOk());
		mvc.perform(get("/favicon.svg")).andExpect(status().isOk());
		mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css")).andExpect(status().isOk());
		mvc.perform(get("/portal.css")).andExpect(status().isNotFound());
	}

}
