package vn.i4impact.portal.nomination;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/**
 * Issue 13, item 5: the nominating unit sees the consent on its draft, sends the link again (not too often), and is
 * told by mail and in the history when the nominee answers.
 */
@PortalTest
class ConsentRequestTest {

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

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	record Started(CurrentUser unit, Nomination n, String email) {
	}

	Started nominate() {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		String email = TestData.uniqueEmail("nominee");
		return new Started(unit, dossiers.person(unit, edition, "Phạm Minh Đức", email), email);
	}

	static ResultMatcher flashKey(String attribute, String key) {
		return result -> assertThat(((Flash.Message) result.getFlashMap().get(attribute)).key()).isEqualTo(key);
	}

	String resend(Started s) {
		return "/my/nominations/" + s.n().getId() + "/consent/resend";
	}

	@Test
	void theDraftShowsTheConsentAndTheLinkIsSentAgainOnlyAfterTheWait() throws Exception {
		Started s = nominate();
		String first = data.lastMail(s.email()).token();
		String html = mvc.perform(get("/my/nominations/" + s.n().getId()).with(as(s.unit())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đang chờ người được đề cử xác nhận")))
			.andExpect(content().string(containsString("Đường liên kết xác nhận đã gửi tới " + s.email())))
			.andExpect(content().string(containsString("Gửi lại đường liên kết")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("draft with consent panel", html);

		// too soon: refused with the time it becomes possible, and nothing is mailed
		mvc.perform(post(resend(s)).with(csrf()).with(as(s.unit())))
			.andExpect(redirectedUrl("/my/nominations/" + s.n().getId() + "#consent-request"))
			.andExpect(flashKey("flashError", "consentRequest.refused.tooSoon"));
		assertThat(data.mailCount(s.email())).isEqualTo(1);
		mvc.perform(get("/my/nominations/" + s.n().getId()).with(as(s.unit()))
			.flashAttr("flashError", new Flash.Message("consentRequest.refused.tooSoon", new Object[] { "27/11/2026 17:00" })))
			.andExpect(content().string(containsString("Có thể gửi lại từ 27/11/2026 17:00")));

		clock.advance(Duration.ofMinutes(61));
		mvc.perform(post(resend(s)).with(csrf()).with(as(s.unit())))
			.andExpect(flashKey("flashSuccess", "consentRequest.sent"));
		assertThat(data.mailCount(s.email())).isEqualTo(2);
		String second = data.lastMail(s.email()).token();
		assertThat(second).isNotEqualTo(first);

		// only the newest link works
		mvc.perform(get("/consent").param("token", first))
			.andExpect(content().string(containsString("Đường liên kết đã hết hạn")));
		mvc.perform(post("/consent").with(csrf()).param("token", second).param("answer", "agree"))
			.andExpect(redirectedUrl("/consent/done"));

		// the unit is told by mail, in its language, and the history keeps the answer
		TestData.Mail told = data.lastMail(s.unit().email());
		assertThat(told.subject()).contains("đã đồng ý");
		assertThat(told.body()).contains("Phạm Minh Đức").contains("/my/nominations/" + s.n().getId());
		assertThat(service.history(s.n().getId())).anySatisfy(h -> assertThat(h.getConsentAnswer())
			.isEqualTo(ConsentStatus.GIVEN));
		mvc.perform(get("/my/nominations/" + s.n().getId()).with(as(s.unit())))
			.andExpect(content().string(containsString("Người được đề cử đã đồng ý")))
			.andExpect(content().string(not(containsString("Gửi lại đường liên kết"))));

		// answered: nothing more to send
		clock.advance(Duration.ofHours(2));
		mvc.perform(post(resend(s)).with(csrf()).with(as(s.unit())))
			.andExpect(flashKey("flashError", "consentRequest.refused.answered"));
		assertThat(data.mailCount(s.email())).isEqualTo(2);
	}

	@Test
	void aDeclineIsMailedAndShownInTheHistoryOfTheSubmittedDossier() throws Exception {
		Started s = nominate();
		mvc.perform(post("/consent").with(csrf()).param("token", data.lastMail(s.email()).token())
			.param("answer", "decline")).andExpect(redirectedUrl("/consent/done"));
		assertThat(data.lastMail(s.unit().email()).subject()).contains("đã từ chối");
		dossiers.submit(s.unit(), service.get(s.unit().id(), s.n().getId()));
		mvc.perform(get("/my/nominations/" + s.n().getId()).with(as(s.unit())).param("lang", "en"))
			.andExpect(content().string(containsString("The nominee declined to be nominated")))
			.andExpect(content().string(not(containsString("#consent:"))));
	}

	@Test
	void onlyTheUnitsOwnMembersMaySendTheLink() throws Exception {
		Started s = nominate();
		clock.advance(Duration.ofHours(2));
		CurrentUser other = data.user(Role.APPLICANT);
		mvc.perform(post(resend(s)).with(csrf()).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(post(resend(s)).with(csrf()).with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isForbidden());
		mvc.perform(post(resend(s)).with(as(s.unit()))).andExpect(status().isForbidden());
		assertThat(data.mailCount(s.email())).isEqualTo(1);
	}

	@Test
	void withoutAnAddressThePanelSaysTheSecretariatFollowsUp() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.person(unit, edition, "Lê Văn Không Thư", null);
		mvc.perform(get("/my/nominations/" + n.getId()).with(as(unit)).param("lang", "en"))
			.andExpect(content().string(containsString("no e-mail address for the nominee")))
			.andExpect(content().string(not(containsString("Send the link again"))));
		mvc.perform(post("/my/nominations/" + n.getId() + "/consent/resend").with(csrf()).with(as(unit)))
			.andExpect(flashKey("flashError", "consentRequest.refused.noEmail"));
	}

}
