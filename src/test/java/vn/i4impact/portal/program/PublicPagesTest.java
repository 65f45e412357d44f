package vn.i4impact.portal.program;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class PublicPagesTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theHomePageShowsTheCurrentEditionInVietnameseByDefault() throws Exception {
		mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Language", "vi"))
			.andExpect(content().string(containsString("Chương trình Biểu dương thành tựu tác động vì Việt Nam số")))
			.andExpect(content().string(containsString("Thành tựu vì Việt Nam số")))
			.andExpect(content().string(containsString("5 hạng mục, 12 giải thưởng")))
			.andExpect(content().string(containsString("Nền tảng số xuất sắc")))
			.andExpect(content().string(containsString("I4 Digital Platform Excellence Award")))
			.andExpect(content().string(containsString("Vòng sơ khảo")))
			.andExpect(content().string(containsString("05/03/2026")))
			.andExpect(content().string(containsString("i4impact@vidti.org.vn")))
			.andExpect(content().string(containsString("Ứng cử")))
			.andExpect(content().string(containsString("Đề cử")))
			// all 2026 phases are over today: the page says when the ceremony was
			.andExpect(content().string(containsString("Lễ biểu dương đã diễn ra ngày")));
	}

	@Test
	void englishIsOneClickAwayAndRemembered() throws Exception {
		var result = mvc.perform(get("/").param("lang", "en"))
			.andExpect(cookie().value("lang", "en"))
			.andExpect(content().string(containsString("5 categories, 12 awards")))
			.andExpect(content().string(containsString("Digital industry &amp; infrastructure")))
			.andExpect(content().string(containsString("Preliminary round")))
			.andReturn();
		mvc.perform(get("/editions").cookie(result.getResponse().getCookie("lang")))
			.andExpect(content().string(containsString("Editions")));
		// an unknown language is ignored, not an error
		mvc.perform(get("/").param("lang", "fr")).andExpect(status().isOk()).andExpect(header().string("Content-Language", "vi"));
	}

	@Test
	void eachAwardHasItsPageWithWhoMayBeNominated() throws Exception {
		mvc.perform(get("/editions/i4-impact-2026/awards/4.2"))
			.andExpect(content().string(containsString("Lãnh đạo Sáng tạo và Chuyển đổi số")))
			.andExpect(content().string(containsString("I4 Innovation Leadership Award")))
			.andExpect(content().string(containsString("Đối tượng được đề cử")))
			.andExpect(content().string(containsString("Cá nhân")))
			.andExpect(content().string(not(containsString("Doanh nghiệp khởi nghiệp"))));
		mvc.perform(get("/editions/i4-impact-2026/awards/4.1").param("lang", "en"))
			.andExpect(content().string(containsString("Who may be nominated")))
			.andExpect(content().string(containsString("Locality (province, city, commune, ward)")))
			.andExpect(content().string(containsString("State body")));
	}

	@Test
	void editionsListIncludesThe2023Archive() throws Exception {
		mvc.perform(get("/editions"))
			.andExpect(content().string(containsString("TOP Công nghiệp 4.0 Việt Nam – I4.0 Awards 2023")))
			.andExpect(content().string(containsString("Lưu trữ")));
		mvc.perform(get("/editions/i4-awards-2023"))
			.andExpect(content().string(containsString("Top doanh nghiệp công nghiệp 4.0")))
			.andExpect(content().string(containsString("32 đơn vị được biểu dương")))
			.andExpect(content().string(containsString("4 hạng mục, 4 giải thưởng")));
	}

	@Test
	void unknownEditionsAndAwardsAre404() throws Exception {
		mvc.perform(get("/editions/no-such-edition")).andExpect(status().isNotFound());
		mvc.perform(get("/editions/i4-impact-2026/awards/9.9")).andExpect(status().isNotFound());
		mvc.perform(get("/editions/i4-awards-2023/awards/1.1")).andExpect(status().isNotFound());
	}

	@Test
	void publicPagesRevalidateWithETagsAndCarrySecurityHeaders() throws Exception {
		var first = mvc.perform(get("/editions/i4-impact-2026"))
			.andExpect(header().string("Cache-Control", "public, max-age=5, stale-while-revalidate=30"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
			.andReturn();
		String csp = first.getResponse().getHeader("Content-Security-Policy");
		assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
		String etag = first.getResponse().getHeader("ETag");
		assertThat(etag).isNotBlank();
		mvc.perform(get("/editions/i4-impact-2026").header("If-None-Match", etag)).andExpect(status().isNotModified());
		// pages with forms are never stored
		mvc.perform(get("/login")).andExpect(header().string("Cache-Control", containsString("no-store")));
	}

}
