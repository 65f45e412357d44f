package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.i4impact.portal.support.Auth.as;

/** The category panels on the secretariat's round page, as every role. */
@PortalTest
class CategoryPanelScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	Panels panels;

	@Autowired
	JdbcClient jdbc;

	long category(long editionId, String code) {
		return jdbc.sql("select id from category where edition_id = ? and code = ?").params(editionId, code)
			.query(Long.class).single();
	}

	MvcResult save(CurrentUser who, long roundId, long categoryId, List<Long> members, Long chair) throws Exception {
		var request = post("/secretariat/jury/rounds/" + roundId + "/category-panels").with(csrf())
			.param("categoryId", "" + categoryId);
		if (who != null) {
			request.with(as(who));
		}
		members.forEach(m -> request.param("jurorIds", "" + m));
		if (chair != null) {
			request.param("chairId", "" + chair);
		}
		return mvc.perform(request).andReturn();
	}

	String page(CurrentUser who, long roundId, String lang, Map<String, Object> flash) throws Exception {
		var request = get("/secretariat/jury/rounds/" + roundId).with(as(who)).param("lang", lang);
		if (!flash.isEmpty()) {
			request.flashAttrs(flash);
		}
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString();
	}

	@Test
	void theSecretariatAndTheCommitteeSetACategorysPanelOthersAreRefused() throws Exception {
		Setup s = fixture.draftRound(1, 3, 2);
		long cat1 = category(s.editionId(), "1");
		long a12 = data.awardId(s.edition(), "1.2");
		List<Long> two = List.of(fixture.juror().id(), fixture.juror().id());

		// refused: a juror (even one of the round), an applicant, nobody signed in
		assertThat(save(s.jurors().get(0), s.roundId(), cat1, two, two.get(0)).getResponse().getStatus()).isEqualTo(403);
		assertThat(save(s.applicants().get(0), s.roundId(), cat1, two, null).getResponse().getStatus()).isEqualTo(403);
		MvcResult anonymous = save(null, s.roundId(), cat1, two, null);
		assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
		assertThat(anonymous.getResponse().getRedirectedUrl()).endsWith("/login");
		assertThat(panels.ofCategories(s.roundId())).isEmpty();

		// the secretariat sets it: 1.2 and 1.3 now use it, 1.1 keeps its own, 2.1 has none
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		MvcResult saved = save(secretary, s.roundId(), cat1, two, two.get(1));
		assertThat(saved.getResponse().getRedirectedUrl())
			.isEqualTo("/secretariat/jury/rounds/" + s.roundId() + "#category-panel-" + cat1);
		assertThat(((Flash.Message) saved.getFlashMap().get("flashSuccess")).key()).isEqualTo("jury.cpanel.saved");
		Panels.Panel stored = panels.ofCategories(s.roundId()).get(cat1);
		assertThat(stored.members()).containsExactlyInAnyOrderElementsOf(two);
		assertThat(stored.chairId()).isEqualTo(two.get(1));
		assertThat(panels.members(s.roundId()).get(a12)).containsExactlyInAnyOrderElementsOf(two);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.panel.set' and target_id = ? and actor_id = ?")
			.params(s.roundId() + "/category/" + cat1, secretary.id()).query(Integer.class).single()).isEqualTo(1);

		String en = page(secretary, s.roundId(), "en", Map.of());
		assertThat(en).contains("Panels for a whole category", "Own panel (3 members)", "No panel")
			.contains("Panel of category 1 ")
			.contains("(2 members)");
		String vi = page(secretary, s.roundId(), "vi", Map.of());
		assertThat(vi).contains("Tiểu ban theo hạng mục", "Tiểu ban riêng (3 thành viên)", "Tiểu ban của hạng mục 1 ",
				"Chưa có tiểu ban");

		// the committee may too: it removes the panel by saving no member
		MvcResult removed = save(s.admin(), s.roundId(), cat1, List.of(), null);
		assertThat(((Flash.Message) removed.getFlashMap().get("flashSuccess")).key()).isEqualTo("jury.cpanel.removed");
		assertThat(panels.ofCategories(s.roundId())).isEmpty();
		assertThat(panels.members(s.roundId())).doesNotContainKey(a12);
	}

	@Test
	void aChairWhoIsNotAMemberIsRefusedByTheFieldWithTheChoiceKept() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		long cat2 = category(s.editionId(), "2");
		long member = fixture.juror().id();
		long outsider = s.jurors().get(1).id();
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		MvcResult refused = save(secretary, s.roundId(), cat2, List.of(member), outsider);

		assertThat(((Flash.Message) refused.getFlashMap().get("flashError")).key()).isEqualTo("jury.panel.chairNotMember");
		assertThat(panels.ofCategories(s.roundId())).isEmpty();
		String en = page(secretary, s.roundId(), "en", refused.getFlashMap());
		String form = en.substring(en.indexOf("id=\"category-panel-" + cat2 + "\""));
		form = form.substring(0, form.indexOf("</form>"));
		assertThat(form).contains("is-invalid", "aria-invalid=\"true\"", "The chair must be a member of the panel.")
			.containsPattern("value=\"" + member + "\" selected")
			.containsPattern("<option value=\"" + outsider + "\" selected=\"selected\">");
		String vi = page(secretary, s.roundId(), "vi", refused.getFlashMap());
		assertThat(vi).contains("Trưởng tiểu ban phải là thành viên của tiểu ban.");
	}

	@Test
	void aCategoryOfAnotherEditionIsNotFound() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		long foreign = category(data.editionId("i4-impact-2026"), "1");
		MvcResult result = save(data.user(Role.SECRETARIAT), s.roundId(), foreign, List.of(s.jurors().get(0).id()), null);
		assertThat(result.getResponse().getStatus()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from jury_panel where category_id = ? and round_id = ?")
			.params(foreign, s.roundId()).query(Integer.class).single()).isZero();
		// nor through the award form
		var award = mvc.perform(post("/secretariat/jury/rounds/" + s.roundId() + "/panels").with(csrf())
			.with(as(s.admin())).param("awardId", "" + data.awardId("i4-impact-2026", "1.2"))
			.param("jurorIds", "" + s.jurors().get(0).id())).andReturn().getResponse();
		assertThat(award.getStatus()).isEqualTo(404);
	}

	@Test
	void automaticAssignmentSaysWhichDossiersHaveNoPanelAtAll() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		// 1.1 loses its own panel and its category has none
		panels.set(s.roundId(), s.awardId(), List.of(), null);
		fixture.open(s);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		MvcResult assigned = mvc.perform(post("/secretariat/jury/rounds/" + s.roundId() + "/assign").with(csrf())
			.with(as(secretary))).andReturn();
		assertThat(((Flash.Message) assigned.getFlashMap().get("flashError")).key()).isEqualTo("jury.secretariat.assignedShort");
		String en = page(secretary, s.roundId(), "en", assigned.getFlashMap());
		assertThat(en).contains("Dossier no. " + s.dossiers().get(0) + ": its award has no panel");
		String vi = page(secretary, s.roundId(), "vi", assigned.getFlashMap());
		assertThat(vi).contains("Hồ sơ số " + s.dossiers().get(0) + ": giải thưởng của hồ sơ chưa có tiểu ban");
	}

	@Test
	void theChairOfACategorysPanelIsAChairOfTheRoundAnotherJurorIsNot() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		CurrentUser chair = fixture.juror();
		CurrentUser member = fixture.juror();
		panels.setForCategory(s.roundId(), category(s.editionId(), "2"), List.of(chair.id(), member.id()), chair.id());
		// the chair's ranking view: a chair is told it waits for the close; a member is refused
		var asChair = mvc.perform(get("/jury/rounds/" + s.roundId() + "/ranking").with(as(chair)).param("lang", "en"))
			.andReturn().getResponse();
		assertThat(asChair.getStatus()).isEqualTo(409);
		assertThat(asChair.getContentAsString()).contains("once the round is closed");
		assertThat(mvc.perform(get("/jury/rounds/" + s.roundId() + "/ranking").with(as(member))).andReturn()
			.getResponse().getStatus()).isEqualTo(403);
		// and the chair's page of the round
		assertThat(mvc.perform(get("/jury/rounds/" + s.roundId() + "/chair").with(as(chair))).andReturn()
			.getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/jury/rounds/" + s.roundId() + "/chair").with(as(member))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);
	}

}
