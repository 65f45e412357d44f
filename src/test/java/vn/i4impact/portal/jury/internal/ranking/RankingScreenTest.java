package vn.i4impact.portal.jury.internal.ranking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The ranking screen as every role: who is refused, who sees scores of an open round, what a closed round shows. */
@PortalTest
class RankingScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Test
	void onlyTheCommitteeSeesScoresOfAnOpenRoundAndJurorsAndApplicantsAreRefused() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(31, 1, 8, 3, 5, 4, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "HIGHER_MEDIAN", Method.MEAN);
		String url = "/secretariat/jury/rounds/" + written.roundId() + "/ranking";

		mvc.perform(get(url).with(as(data.user(Role.JUROR)))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(as(data.user(Role.APPLICANT)))).andExpect(status().isForbidden());

		Ranking reference = Ranking.of(Aggregation.of(round.entries, round.sheets), 1, Method.MEAN,
				new TieBreak(List.of(new TieBreak.HigherMedian()), Map.of()));
		List<String> expectedOrder = reference.entries().stream().map(e -> "RR-" + e.dossier()).toList();

		String admin = mvc.perform(get(url).param("lang", "en").with(as(data.user(Role.ADMIN))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("ranking-table").contains("Trimmed mean").contains("Juror").doesNotContain("scores-hidden");
		assertThat(references(admin)).containsExactlyElementsOf(expectedOrder);
		// formatted as Thymeleaf does (DecimalFormat: exact binary value, half-even)
		String topMean = new BigDecimal(reference.entries().get(0).score().mean()).setScale(2, RoundingMode.HALF_EVEN)
			.toPlainString();
		assertThat(admin).contains(">" + topMean + "<");

		String secretary = mvc.perform(get(url).param("lang", "vi").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(secretary).contains("scores-hidden").contains("chỉ Hội đồng được xem điểm")
			.doesNotContain("ranking-table").doesNotContain("Trung vị").contains("3 / 3");

		jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(written.roundId()).update();
		String closed = mvc.perform(get(url).param("lang", "vi").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(closed).contains("ranking-table").contains("Trung vị").doesNotContain("scores-hidden");
		assertThat(references(closed)).containsExactlyElementsOf(expectedOrder);

		// closing stored the seal (trigger); /verify recomputes it in SQL and in Java (Seal) and the ranking twice
		String sealed = jdbc.sql("select sha256 from jury_round_seal where round_id = ?").param(written.roundId())
			.query(String.class).single();
		String verify = mvc.perform(get("/secretariat/jury/rounds/" + written.roundId() + "/verify").param("lang", "en")
			.with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(verify).contains("seal-ok").contains("ranking-ok").contains(sealed).doesNotContain("seal-broken")
			.contains(round.sheets.size() * 4 + " · 8");
	}

	@Test
	void aSealThatNoLongerMatchesIsShownBrokenAndTheRulesAreFrozenOnceASheetIsSubmitted() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(32, 1, 5, 3, 4, 3, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "", Method.MEAN);
		assertThatThrownBy(() -> jdbc.sql("update jury_round set official_method = 'MEDIAN' where id = ?")
			.param(written.roundId()).update()).hasMessageContaining("cannot change once a sheet is submitted");
		String verifyUrl = "/secretariat/jury/rounds/" + written.roundId() + "/verify";
		assertThat(mvc.perform(get(verifyUrl).with(as(data.user(Role.ADMIN)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("seal-none").contains("ranking-ok");
		jdbc.sql("insert into jury_round_seal (round_id, sha256, score_rows, sealed_at) values (?, ?, 1, now())")
			.params(written.roundId(), "0".repeat(64)).update();
		jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(written.roundId()).update();
		assertThat(mvc.perform(get(verifyUrl).with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString()).contains("seal-broken").doesNotContain("seal-ok");
		mvc.perform(get(verifyUrl).with(as(data.user(Role.JUROR)))).andExpect(status().isForbidden());
		mvc.perform(get(verifyUrl).with(as(data.user(Role.APPLICANT)))).andExpect(status().isForbidden());
	}

	private static List<String> references(String html) {
		Matcher m = Pattern.compile("<td>(RR-\\d+)</td>").matcher(html);
		List<String> refs = new ArrayList<>();
		while (m.find()) {
			refs.add(m.group(1));
		}
		return refs;
	}
}
