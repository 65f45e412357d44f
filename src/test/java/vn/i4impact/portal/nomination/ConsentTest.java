package vn.i4impact.portal.nomination;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A nominated person, who has no account, agrees or declines through a single-use, expiring mailed link. */
@PortalTest
class ConsentTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	JdbcClient jdbc;

	record Started(CurrentUser unit, Nomination n, String email) {
	}

	Started nominate() {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		String email = TestData.uniqueEmail("nominee");
		return new Started(unit, dossiers.person(unit, edition, "Trần Thị Hồng Nhung", email), email);
	}

	ConsentStatus consent(Started s) {
		return service.get(s.unit().id(), s.n().getId()).getConsentStatus();
	}

	@Test
	void theNomineeGetsAVietnameseMailAndAgrees() throws Exception {
		Started s = nominate();
		var mail = data.lastMail(s.email());
		assertThat(mail.subject()).contains("đồng ý được đề cử");
		assertThat(mail.body()).contains("Trần Thị Hồng Nhung").contains("4.2").contains("Công ty Thử nghiệm");
		assertThat(mail.linkPath()).startsWith("/consent?token=");
		assertThat(consent(s)).isEqualTo(ConsentStatus.PENDING);

		String html = mvc.perform(get(mail.linkPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Trần Thị Hồng Nhung")))
			.andExpect(content().string(containsString("Lãnh đạo Sáng tạo và Chuyển đổi số")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("consent page", html);

		// a form without the CSRF token is refused and records nothing
		mvc.perform(post("/consent").param("token", mail.token()).param("answer", "agree"))
			.andExpect(status().isForbidden());
		assertThat(consent(s)).isEqualTo(ConsentStatus.PENDING);

		mvc.perform(post("/consent").with(csrf()).param("token", mail.token()).param("answer", "agree"))
			.andExpect(redirectedUrl("/consent/done"))
			.andExpect(flash().attribute("agreed", true));
		assertThat(consent(s)).isEqualTo(ConsentStatus.GIVEN);

		// single use: neither the page nor a second answer works again
		mvc.perform(get(mail.linkPath()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường liên kết đã được sử dụng")));
		mvc.perform(post("/consent").with(csrf()).param("token", mail.token()).param("answer", "decline"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường liên kết đã được sử dụng")));
		assertThat(consent(s)).isEqualTo(ConsentStatus.GIVEN);
	}

	@Test
	void theNomineeDeclines() throws Exception {
		Started s = nominate();
		String token = data.lastMail(s.email()).token();
		mvc.perform(post("/consent").with(csrf()).param("token", token).param("answer", "decline"))
			.andExpect(redirectedUrl("/consent/done"))
			.andExpect(flash().attribute("agreed", false));
		assertThat(consent(s)).isEqualTo(ConsentStatus.DECLINED);
		mvc.perform(get("/consent/done").flashAttr("agreed", false))
			.andExpect(content().string(containsString("không đồng ý được đề cử")));
	}

	@Test
	void anExpiredOrUnknownLinkIsRefusedWithAClearPage() throws Exception {
		Started s = nominate();
		String token = data.lastMail(s.email()).token();
		jdbc.sql("update nomination_consent_token set expires_at = now() - interval '1 minute' where nomination_id = ?")
			.param(s.n().getId()).update();
		mvc.perform(get("/consent").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đường liên kết đã hết hạn")));
		mvc.perform(post("/consent").with(csrf()).param("token", token).param("answer", "agree"))
			.andExpect(content().string(containsString("Đường liên kết đã hết hạn")));
		assertThat(consent(s)).isEqualTo(ConsentStatus.PENDING);

		String html = mvc.perform(get("/consent").param("token", "khong-ton-tai").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link is not valid")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("invalid consent link", html);
		mvc.perform(get("/consent")).andExpect(content().string(containsString("không hợp lệ")));
	}

	@Test
	void withoutAnEmailNoMailIsSentAndConsentStaysPending() {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.person(unit, edition, "Lê Văn Không Thư", null);
		assertThat(n.getConsentStatus()).isEqualTo(ConsentStatus.PENDING);
		assertThat(jdbc.sql("select count(*) from nomination_consent_token where nomination_id = ?").param(n.getId())
			.query(Integer.class).single()).isZero();
		// a unit applying for itself is never asked
		Nomination self = dossiers.self(unit, edition, "1.3");
		assertThat(self.getConsentStatus()).isEqualTo(ConsentStatus.NOT_NEEDED);
		assertThat(jdbc.sql("select count(*) from nomination_consent_token where nomination_id = ?").param(self.getId())
			.query(Integer.class).single()).isZero();
	}

}
