package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/**
 * Who sees what of a round's scores, by role: the committee always, the secretariat progress only while open, a panel
 * chair the award they chair once closed, other jurors and applicants nothing on any ranking, robustness, minutes or
 * export route.
 */
@PortalTest
class RankingAccessTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	TestData data;

	@Autowired
	Panels panels;

	@Test
	void everyRoleOnEveryScoreRouteOpenThenClosed() throws Exception {
		RandomRound round = RandomRound.of(new RandomRound.Spec(91, 2, 4, 3, 4, 3, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(round, 3, "HIGHER_MEDIAN", Method.MEAN);
		long roundId = written.roundId();
		List<Long> awards = new ArrayList<>(new TreeSet<>(written.awards().keySet()));
		List<Long> jurorIds = new ArrayList<>(new TreeSet<>(written.jurors().keySet()));
		// jurors of synthetic award 1 are a*1000+j: the first half of the sorted ids belong to the first award
		List<Long> firstPanel = jurorIds.subList(0, jurorIds.size() / 2);
		List<Long> secondPanel = jurorIds.subList(jurorIds.size() / 2, jurorIds.size());
		panels.set(roundId, awards.get(0), firstPanel, firstPanel.get(0));
		panels.set(roundId, awards.get(1), secondPanel, secondPanel.get(0));
		CurrentUser chair = juror(firstPanel.get(0));
		CurrentUser member = juror(firstPanel.get(1));
		String base = "/secretariat/jury/rounds/" + roundId;
		List<String> scoreRoutes = List.of(base + "/ranking", base + "/robustness", base + "/minutes.pdf",
				base + "/minutes.pdf?key=true", base + "/export.zip", base + "/export.xlsx?codes=true", base + "/verify",
				"/admin/jury/rounds/" + roundId + "/rules");
		String ownRef = refOfAward(written, round, 1);
		String otherRef = refOfAward(written, round, 2);

		for (boolean closed : new boolean[] { false, true }) {
			if (closed) {
				jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(roundId).update();
			}
			for (CurrentUser refused : List.of(data.user(Role.JUROR), data.user(Role.APPLICANT), chair, member)) {
				for (String url : scoreRoutes) {
					String body = mvc.perform(get(url).with(as(refused))).andExpect(status().isForbidden()).andReturn()
						.getResponse().getContentAsString();
					assertThat(body).doesNotContain("RR-");
				}
			}
			for (CurrentUser refused : List.of(data.user(Role.JUROR), data.user(Role.APPLICANT), member,
					data.user(Role.SECRETARIAT))) {
				assertThat(mvc.perform(get("/jury/rounds/" + roundId + "/ranking").with(as(refused)))
					.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString()).doesNotContain("RR-");
			}
			String secretary = mvc.perform(get(base + "/ranking").param("lang", "en").with(as(data.user(Role.SECRETARIAT))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String secretaryRobustness = mvc.perform(get(base + "/robustness").with(as(data.user(Role.SECRETARIAT))))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			String admin = mvc.perform(get(base + "/ranking").with(as(data.user(Role.ADMIN)))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(admin).contains("ranking-table").contains(ownRef).contains(otherRef);
			if (!closed) {
				assertThat(secretary).contains("scores-hidden").contains("3 / 3").doesNotContain("ranking-table")
					.doesNotContain("Trimmed mean");
				assertThat(secretaryRobustness).contains("robustness-hidden").doesNotContain("RR-");
				mvc.perform(get(base + "/export.zip").with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isConflict());
				mvc.perform(get(base + "/minutes.pdf").with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isConflict());
				String early = mvc.perform(get("/jury/rounds/" + roundId + "/ranking").param("lang", "en").with(as(chair)))
					.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
				assertThat(early).contains("once the round is closed").doesNotContain("RR-");
			}
			else {
				assertThat(secretary).contains("ranking-table").contains("Trimmed mean");
				assertThat(secretaryRobustness).contains("robustness-table");
				String own = mvc.perform(get("/jury/rounds/" + roundId + "/ranking").param("lang", "en").with(as(chair)))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
				assertThat(own).contains("chair-view").contains("ranking-table").contains(ownRef)
					.doesNotContain(otherRef).doesNotContain("/secretariat/jury/rounds/" + roundId + "/robustness")
					.doesNotContain("export.zip");
				assertThat(mvc.perform(get("/jury").with(as(chair))).andReturn().getResponse().getContentAsString())
					.contains("/jury/rounds/" + roundId + "/ranking");
			}
		}
	}

	private CurrentUser juror(long id) {
		String email = jdbc.sql("select email from app_user where id = ?").param(id).query(String.class).single();
		return new CurrentUser(id, email, "Giám khảo", Set.of(Role.JUROR));
	}

	/** A reference code of a dossier of the given synthetic award. */
	private static String refOfAward(RoundWriter.Written written, RandomRound round, long syntheticAward) {
		return "RR-" + round.entries.stream().filter(e -> e.award() == syntheticAward).findFirst().orElseThrow().dossier();
	}
}
