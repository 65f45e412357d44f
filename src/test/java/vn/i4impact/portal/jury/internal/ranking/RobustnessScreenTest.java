package vn.i4impact.portal.jury.internal.ranking;

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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The robustness page against the Java reference on the same sheets; who may see it, open and closed. */
@PortalTest
class RobustnessScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Test
	void theReportShowsTheReferencesVerdictsAndProbabilitiesAndOnlyTheCommitteeSeesItWhileOpen() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(77, 1, 12, 3, 6, 4, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "HIGHER_MEDIAN", Method.MEAN);
		jdbc.sql("alter table jury_round disable trigger tr_jury_round_rules_frozen").update();
		try {
			jdbc.sql("update jury_round set cut_top = 4 where id = ?").param(written.roundId()).update();
		}
		finally {
			jdbc.sql("alter table jury_round enable trigger tr_jury_round_rules_frozen").update();
		}
		long award = written.awards().keySet().iterator().next();
		String url = "/secretariat/jury/rounds/" + written.roundId() + "/robustness";

		for (Role role : new Role[] { Role.JUROR, Role.APPLICANT }) {
			mvc.perform(get(url).with(as(data.user(role)))).andExpect(status().isForbidden());
			mvc.perform(get(url).param("award", "" + award).with(as(data.user(role)))).andExpect(status().isForbidden());
		}
		String hidden = mvc.perform(get(url).param("lang", "vi").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(hidden).contains("robustness-hidden").doesNotContain("robustness-table").doesNotContain("RR-");

		Robustness reference = Robustness.of(Aggregation.of(round.entries, round.sheets), 1, Method.MEAN,
				new TieBreak(List.of(new TieBreak.HigherMedian()), Map.of()), Robustness.Settings.top(4));
		List<Robustness.Row> near = reference.nearLine(3);
		List<String> expected = near.stream().map(r -> "RR-" + r.dossier() + "|" + Math.round(r.probabilityAbove() * 100)
				+ " %|" + (r.tooCloseToCall() ? "Too close to call" : "Stable")).toList();

		String admin = mvc.perform(get(url).param("award", "" + award).param("lang", "en")
			.with(as(data.user(Role.ADMIN)))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(admin).contains("robustness-table").contains("the first 4 of 12 ranked dossiers")
			.contains("1,000 draws, seed 20261127").contains("<svg").contains("<title id=\"chart-title\">")
			.contains("<desc id=\"chart-desc\">");
		assertThat(rows(admin)).containsExactlyElementsOf(expected);
		assertThat(admin).contains(reference.rows().stream().filter(Robustness.Row::tooCloseToCall).count()
				+ " dossier(s) too close to call");

		jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(written.roundId()).update();
		String closed = mvc.perform(get(url).param("lang", "vi").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(closed).contains("Báo cáo độ vững của kết quả").contains("Xác suất trên ngưỡng")
			.doesNotContain("robustness-hidden");
		assertThat(rows(closed)).hasSameSizeAs(expected);
		mvc.perform(get(url).param("award", "999999999").with(as(data.user(Role.ADMIN)))).andExpect(status().isNotFound());

		// the final round's default line is the planned honourees (the honour line), not twice as many
		jdbc.sql("alter table jury_round disable trigger tr_jury_round_rules_frozen").update();
		try {
			jdbc.sql("update jury_round set cut_top = null, kind = 'FINAL' where id = ?").param(written.roundId()).update();
		}
		finally {
			jdbc.sql("alter table jury_round enable trigger tr_jury_round_rules_frozen").update();
		}
		Integer planned = jdbc.sql("select planned_honourees from award where id = ?").param(award)
			.query((rs, i) -> (Integer) rs.getObject(1)).list().get(0);
		int top = planned != null && planned > 0 ? planned : 6;
		assertThat(mvc.perform(get(url).param("lang", "en").with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString())
			.contains("Cut line: the award&#39;s planned honourees, here the first " + top + " of 12 ranked dossiers");

		String ranking = mvc.perform(get("/secretariat/jury/rounds/" + written.roundId() + "/ranking").param("lang", "en")
			.with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
		assertThat(ranking).contains("/robustness?award=" + award).contains("/shortlist\"").contains("/decision\"")
			.doesNotContain("/rules\"");
	}

	/** Reference, percent and verdict of each table row. */
	private static List<String> rows(String html) {
		Matcher m = Pattern.compile("<td>(RR-\\d+)</td>.*?<td class=\"text-end\">(\\d+ %)</td>\\s*<td>.*?"
				+ "(Too close to call|Stable|Quá sát để kết luận|Ổn định)", Pattern.DOTALL).matcher(html);
		List<String> rows = new ArrayList<>();
		while (m.find()) {
			rows.add(m.group(1) + "|" + m.group(2) + "|" + m.group(3));
		}
		return rows;
	}
}
