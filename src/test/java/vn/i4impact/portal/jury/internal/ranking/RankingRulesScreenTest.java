package vn.i4impact.portal.jury.internal.ranking;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.standing.RulesSettings;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The ranking rules screen: who may use it, what is stored, field messages, and the freeze once a sheet is in. */
@PortalTest
class RankingRulesScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Autowired
	RoundService rounds;

	@Autowired
	RulesSettings settings;

	@Test
	void theCommitteeSetsTheRulesAndBadInputGetsFieldMessagesInBothLanguages() throws Exception {
		long editionId = data.editionId(data.openEdition(10));
		rounds.createDefaults(editionId);
		long roundId = rounds.findOne(editionId, RoundKind.PRELIMINARY).getId();
		String code = settings.criterionCodes(roundId).get(0);
		String url = "/admin/jury/rounds/" + roundId + "/rules";
		var admin = data.user(Role.ADMIN);

		for (Role role : new Role[] { Role.SECRETARIAT, Role.JUROR, Role.APPLICANT }) {
			mvc.perform(get(url).with(as(data.user(role)))).andExpect(status().isForbidden());
			mvc.perform(valid(post(url), roundId, code).with(as(data.user(role)))).andExpect(status().isForbidden());
		}
		assertThat(stored(roundId)).isEqualTo("MEAN|HIGHER_MEDIAN,MORE_TOP_MARKS,COMMITTEE_VOTE|25.00|null|null");

		String page = mvc.perform(get(url).param("lang", "en").with(as(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("Ranking rules").contains("Trimmed mean").doesNotContain("rules-frozen");

		mvc.perform(valid(post(url), roundId, code).with(as(admin))).andExpect(redirectedUrl(url))
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(stored(roundId)).isEqualTo("NORMALISED|CRITERION:" + code + ",HIGHER_MEDIAN,COMMITTEE_VOTE|30.50|12|null");

		// bad input: every field says what is wrong, in the user's language, and keeps what was typed
		long version = settings.of(roundId).version();
		String vi = mvc.perform(post(url).with(csrf()).with(as(admin)).param("lang", "vi").param("version", "" + version)
			.param("official", "GEOMETRIC").param("step1", "COMMITTEE_VOTE").param("step2", "HIGHER_MEDIAN")
			.param("step3", "").param("step4", "HIGHER_MEDIAN").param("criterionCode", "")
			.param("threshold", "hai mươi").param("cut", "MIN_SCORE").param("cutMinScore", "120"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(vi).contains("Vui lòng chọn một trong bốn phương pháp.")
			.contains("Biểu quyết của Hội đồng chỉ có thể là bước cuối cùng.")
			.contains("không để trống bước ở giữa").contains("Bước này đã được dùng ở trên.")
			.contains("ví dụ 25.").contains("Vui lòng nhập điểm từ 0 đến 100").contains("value=\"hai mươi\"")
			.contains("value=\"120\"");
		String en = mvc.perform(post(url).with(csrf()).with(as(admin)).param("lang", "en").param("version", "" + version)
			.param("official", "MEAN").param("step1", "CRITERION").param("criterionCode", "NOPE")
			.param("threshold", "0").param("cut", "TOP").param("cutTop", "0"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Choose one of this round&#39;s criteria").contains("above 0 and at most 100")
			.contains("whole number from 1 to 1000");
		assertThat(stored(roundId)).isEqualTo("NORMALISED|CRITERION:" + code + ",HIGHER_MEDIAN,COMMITTEE_VOTE|30.50|12|null");

		// a minimum score as the cut line; a stale version is refused without losing the input
		mvc.perform(post(url).with(csrf()).with(as(admin)).param("version", "" + version).param("official", "MEDIAN")
			.param("threshold", "25,5").param("cut", "MIN_SCORE").param("cutMinScore", "70.25"))
			.andExpect(redirectedUrl(url));
		assertThat(stored(roundId)).isEqualTo("MEDIAN||25.50|null|70.25");
		String stale = mvc.perform(post(url).with(csrf()).with(as(admin)).param("lang", "en").param("version", "" + version)
			.param("official", "MEAN").param("threshold", "40").param("cut", "DEFAULT"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(stale).contains("rules-stale").contains("value=\"40\"");
		assertThat(stored(roundId)).isEqualTo("MEDIAN||25.50|null|70.25");
	}

	@Test
	void onceASheetIsSubmittedTheRulesAreReadOnlyAndASaveIsRefusedWithAMessage() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(41, 1, 4, 3, 4, 3, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "HIGHER_MEDIAN", Method.MEAN);
		String url = "/admin/jury/rounds/" + written.roundId() + "/rules";
		var admin = data.user(Role.ADMIN);
		String page = mvc.perform(get(url).param("lang", "vi").with(as(admin))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
		assertThat(page).contains("rules-frozen").contains("không thể thay đổi nữa").contains("<fieldset disabled")
			.doesNotContain("Lưu quy tắc");
		mvc.perform(valid(post(url), written.roundId(), "C1").with(as(admin))).andExpect(redirectedUrl(url))
			.andExpect(flash().attributeExists("flashError"));
		assertThat(stored(written.roundId())).isEqualTo("MEAN|HIGHER_MEDIAN|25.00|null|null");
	}

	private MockHttpServletRequestBuilder valid(MockHttpServletRequestBuilder post, long roundId, String code) {
		return post.with(csrf()).param("version", "" + settings.of(roundId).version()).param("official", "NORMALISED")
			.param("step1", "CRITERION").param("criterionCode", code).param("step2", "HIGHER_MEDIAN")
			.param("step3", "COMMITTEE_VOTE").param("step4", "").param("threshold", "30.5").param("cut", "TOP")
			.param("cutTop", "12");
	}

	private String stored(long roundId) {
		return jdbc.sql("""
				select official_method || '|' || tie_break || '|' || disagreement_threshold || '|'
				       || coalesce(cut_top::text, 'null') || '|' || coalesce(cut_min_score::text, 'null')
				from jury_round where id = ?""").param(roundId).query(String.class).single();
	}
}
