package vn.i4impact.portal.shared.web;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Pages call their audience's layout as a plain fragment: its title pattern, head extras and content slot. */
@PortalTest
class LayoutsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void aPublicPageGetsThePublicLayoutWithItsTitleFirst() throws Exception {
		String html = mvc.perform(get("/editions").cookie(new Cookie("lang", "en"))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
			.containsPattern("<title>[^<]+ · Vietnam I4 Impact Awards</title>")
			.contains("<main id=\"main\" class=\"flex-grow-1\">").contains("href=\"/css/portal-")
			.doesNotContain("th:", "layout:", "backoffice-nav");
	}

	@Test
	void aBackOfficePageGetsTheBackOfficeLayoutWithItsOwnScriptInTheHead() throws Exception {
		String html = mvc.perform(get("/admin/editions/i4-impact-2026/questions/new").with(Auth.as(data.user(Role.ADMIN))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String head = html.substring(0, html.indexOf("</head>"));
		assertThat(head).contains("<html lang=\"vi\">").contains("/js/question-form-")
			.containsPattern("<title>[^<]+ · Vietnam I4 Impact Awards</title>");
		int main = html.indexOf("<main id=\"main\"");
		assertThat(html.indexOf("backoffice-nav")).isPositive().isLessThan(main);
		assertThat(html.indexOf("<h1", main)).isPositive();
		assertThat(html).doesNotContain("th:", "layout:");
	}

}
