package vn.i4impact.portal.jury.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.SelectionFixture;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** From the confirmed shortlist through the final round to the committee's decision, and what the unit sees. */
@PortalTest
class DecisionScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture jury;

	@Autowired
	SelectionFixture selection;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Test
	void theProposalIsThePlannedHonoureesADeviationNeedsAReasonAndTheUnitStillSeesUnderReview() throws Exception {
		JuryFixture.Setup s = jury.openRound(4, 2, 2);
		jdbc.sql("update award set planned_honourees = 1 where id = ?").param(s.awardId()).update();
		List<Long> d = s.dossiers();
		int[] preliminary = { 9, 8, 7, 5 };
		for (int i = 0; i < d.size(); i++) {
			selection.scoreAll(s.roundId(), d.get(i), s.jurors(), preliminary[i]);
		}
		selection.close(s.roundId(), s.admin());
		CurrentUser admin = s.admin();
		String shortlist = "/secretariat/jury/rounds/" + s.roundId() + "/shortlist";
		// one planned honouree: the default shortlist is two; the committee takes three
		assertThat(body(get(shortlist).param("lang", "en").with(as(admin)))).contains("Rule: the first 2.")
			.contains("One honouree planned");
		mvc.perform(post(shortlist + "/rule").with(as(admin)).with(csrf()).param("awardId", "" + s.awardId())
			.param("kind", "TOP").param("top", "3")).andExpect(status().is3xxRedirection());
		String ruled = body(get(shortlist).param("lang", "en").with(as(admin)));
		assertThat(ruled).contains("Rule: the first 3.").contains("3 of 4 selected");
		mvc.perform(post(shortlist + "/confirm").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());

		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(1)), selection.status(d.get(2)),
				selection.status(d.get(3)))).containsExactly("SHORTLISTED", "SHORTLISTED", "SHORTLISTED", "NOT_SHORTLISTED");
		long fin = selection.openFinal(s.editionId(), s.awardId(), s.jurors(), admin);
		assertThat(selection.entries(fin)).containsExactly(d.get(0), d.get(1), d.get(2));
		String decision = "/secretariat/jury/rounds/" + fin + "/decision";
		assertThat(body(get(decision).param("lang", "en").with(as(admin)))).contains("selection-not-closed");
		int[] last = { 7, 9, 6 };
		for (int i = 0; i < 3; i++) {
			selection.scoreAll(fin, d.get(i), s.jurors(), last[i]);
		}
		selection.close(fin, admin);

		for (CurrentUser outsider : List.of(s.jurors().get(0), s.applicants().get(1))) {
			mvc.perform(get(decision).with(as(outsider))).andExpect(status().isForbidden());
			mvc.perform(post(decision + "/confirm").with(as(outsider)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post(decision + "/confirm").with(as(data.user(Role.SECRETARIAT))).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/secretariat/jury/rounds/" + fin + "/shortlist").with(as(admin))).andExpect(status().isNotFound());

		String page = body(get(decision).param("lang", "vi").with(as(admin)));
		assertThat(page).contains("Quyết định cuối cùng").contains("Được biểu dương").contains("confirm-button");
		mvc.perform(post(decision + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(0))
			.param("selected", "true").param("reason", "")).andExpect(flash().attributeExists("formError"));
		mvc.perform(post(decision + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(0))
			.param("selected", "true").param("reason", "Tác động xã hội lớn, Hội đồng thống nhất biểu dương thêm."))
			.andExpect(status().is3xxRedirection());

		int mailsBefore = data.mailCount(s.applicants().get(1).email());
		mvc.perform(post(decision + "/confirm").with(as(admin)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(1)), selection.status(d.get(2)),
				selection.status(d.get(3)))).containsExactly("HONOURED", "HONOURED", "NOT_HONOURED", "NOT_SHORTLISTED");
		assertThat(jdbc.sql("select reason from jury_selection_outcome where round_id = ? and nomination_id = ?")
			.params(fin, d.get(0)).query(String.class).single()).startsWith("Tác động xã hội lớn");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.decision.confirm' and target_id = ?")
			.param("" + fin).query(Integer.class).single()).isEqualTo(1);

		// not shown or mailed to the unit before the results are published
		assertThat(data.mailCount(s.applicants().get(1).email())).isEqualTo(mailsBefore);
		for (int i : new int[] { 1, 2 }) {
			String mine = body(get("/my/nominations").param("lang", "en").with(as(s.applicants().get(i))));
			assertThat(mine).contains("Under review by the jury").doesNotContain("Honoured").doesNotContain("Not honoured");
		}
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
