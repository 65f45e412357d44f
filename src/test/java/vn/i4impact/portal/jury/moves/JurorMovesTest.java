package vn.i4impact.portal.jury.moves;

import java.util.HashMap;
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
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.support.HtmlValidator;
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

/** Issue 14: moving a juror's unstarted sheets and a juror leaving a round, as every role, asserting what is stored. */
@PortalTest
class JurorMovesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	AssignmentService assignments;

	@Autowired
	Panels panels;

	@Autowired
	JurorDesk desk;

	@Autowired
	JdbcClient jdbc;

	/** An open round whose assignments the test makes by hand (no automatic assignment). */
	Setup round(int dossiers, int jurors) throws Exception {
		Setup s = fixture.draftRound(dossiers, jurors, 2);
		fixture.open(s);
		return s;
	}

	void assign(Setup s, int dossier, CurrentUser juror) {
		assignments.add(s.roundId(), s.dossiers().get(dossier), juror.id(), s.admin().id());
	}

	void declareConflict(Setup s, int dossier, CurrentUser juror) {
		jdbc.sql("""
				insert into jury_conflict (round_id, nomination_id, juror_id, source, reason_key, detail, at)
				values (?, ?, ?, 'DECLARED', 'jury.conflict.declared', 'Người quen của đơn vị', now())""")
			.params(s.roundId(), s.dossiers().get(dossier), juror.id()).update();
	}

	/** The juror saves one score on the dossier (the sheet is started), or submits a whole sheet. */
	void score(Setup s, int dossier, CurrentUser juror, boolean submit) {
		long d = s.dossiers().get(dossier);
		desk.declare(juror.id(), s.roundId(), d, false, null);
		var a = desk.assignment(juror.id(), s.roundId(), d);
		var criteria = desk.criteria(a);
		if (submit) {
			Map<Long, Integer> scores = new HashMap<>();
			criteria.forEach(c -> scores.put(c.id(), 6));
			desk.submit(juror.id(), s.roundId(), d, -1, scores, Map.of(), "Đạt yêu cầu");
		}
		else {
			desk.save(juror.id(), s.roundId(), d, -1, Map.of(criteria.get(0).id(), 5), Map.of(), null);
		}
	}

	String reference(Setup s, int dossier) {
		return jdbc.sql("select reference_code from jury_round_entry where round_id = ? and nomination_id = ?")
			.params(s.roundId(), s.dossiers().get(dossier)).query(String.class).single();
	}

	int audits(String action, Object target) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.params(action, "" + target).query(Integer.class).single();
	}

	String page(Setup s, CurrentUser who, MvcResult after, String lang) throws Exception {
		String html = mvc.perform(get("/secretariat/jury/rounds/" + s.roundId()).with(as(who)).param("lang", lang)
				.flashAttrs(after.getFlashMap()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("round page with a report", html);
		return html;
	}

	@Test
	void theSecretariatMovesOnlyUnstartedSheetsAndSeesEveryRefusalWithItsReason() throws Exception {
		Setup s = round(5, 3);
		CurrentUser a = s.jurors().get(1);
		CurrentUser b = s.jurors().get(2);
		for (int d = 0; d < 5; d++) {
			assign(s, d, a);
		}
		assign(s, 3, b);
		score(s, 0, a, false); // started: stays
		declareConflict(s, 1, b); // b conflicted: stays
		desk.declare(a.id(), s.roundId(), s.dossiers().get(4), false, null); // only an overall comment: started, stays
		desk.save(a.id(), s.roundId(), s.dossiers().get(4), -1, Map.of(), Map.of(), "Ghi chú ban đầu");
		// dossier 2: unstarted, free for b: moves; dossier 3: b already has it: stays
		String path = "/secretariat/jury/rounds/" + s.roundId() + "/moves";
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		// refused roles, and ids from outside the round
		for (CurrentUser refused : List.of(a, s.applicants().get(0))) {
			mvc.perform(post(path).with(csrf()).with(as(refused)).param("fromJurorId", "" + a.id())
					.param("toJurorId", "" + b.id())).andExpect(status().isForbidden());
		}
		CurrentUser stranger = fixture.juror();
		mvc.perform(post(path).with(csrf()).with(as(secretary)).param("fromJurorId", "" + a.id())
				.param("toJurorId", "" + stranger.id())).andExpect(status().isNotFound());
		Setup other = round(1, 1);
		mvc.perform(post("/secretariat/jury/rounds/" + other.roundId() + "/moves").with(csrf()).with(as(secretary))
				.param("fromJurorId", "" + a.id()).param("toJurorId", "" + other.jurors().get(0).id()))
			.andExpect(status().isNotFound());
		mvc.perform(post(path).with(csrf()).with(as(secretary)).param("fromJurorId", "" + a.id())
				.param("toJurorId", "" + a.id())).andExpect(flash().attributeExists("flashError"));
		assertThat(fixture.dossiersOf(s.roundId(), a.id())).hasSize(5);

		MvcResult moved = mvc.perform(post(path).with(csrf()).with(as(secretary)).param("fromJurorId", "" + a.id())
				.param("toJurorId", "" + b.id()))
			.andExpect(redirectedUrl("/secretariat/jury/rounds/" + s.roundId() + "#moves"))
			.andExpect(flash().attributeExists("moveReport")).andReturn();
		assertThat(fixture.dossiersOf(s.roundId(), a.id())).containsExactly(s.dossiers().get(0), s.dossiers().get(1),
				s.dossiers().get(3), s.dossiers().get(4));
		assertThat(fixture.jurorsOf(s.roundId(), s.dossiers().get(2))).containsExactly(b.id());
		assertThat(fixture.jurorsOf(s.roundId(), s.dossiers().get(3))).containsExactlyInAnyOrder(a.id(), b.id());
		assertThat(audits("jury.assign.move", s.roundId() + "/" + s.dossiers().get(2))).isEqualTo(1);
		for (int kept : new int[] { 0, 1, 3, 4 }) {
			assertThat(audits("jury.assign.move", s.roundId() + "/" + s.dossiers().get(kept))).isZero();
		}
		String vi = page(s, secretary, moved, "vi");
		assertThat(vi).contains("Đã chuyển 1/5 phiếu chấm")
			.contains(reference(s, 2) + "</strong>: <span>đã chuyển sang " + b.fullName())
			.contains(reference(s, 0) + "</strong>: <span>vẫn do " + a.fullName() + " chấm: phiếu đang chấm dở")
			.contains(reference(s, 1) + "</strong>: <span>vẫn do " + a.fullName() + " chấm: người nhận có xung đột lợi ích")
			.contains(reference(s, 3) + "</strong>: <span>vẫn do " + a.fullName() + " chấm: người nhận đã được phân công")
			.contains(reference(s, 4) + "</strong>: <span>vẫn do " + a.fullName() + " chấm: phiếu đang chấm dở");
		assertThat(page(s, secretary, moved, "en")).contains("moved to " + b.fullName())
			.contains("stays with " + a.fullName() + ": the sheet is in progress or submitted");

		// the committee may do the same; a member of another award's panel takes nothing of award 1.1
		CurrentUser elsewhere = fixture.juror();
		panels.set(s.roundId(), data.awardId(s.edition(), "1.2"), List.of(elsewhere.id()), elsewhere.id());
		MvcResult none = mvc.perform(post(path).with(csrf()).with(as(s.admin())).param("fromJurorId", "" + a.id())
				.param("toJurorId", "" + elsewhere.id())).andReturn();
		assertThat(fixture.dossiersOf(s.roundId(), elsewhere.id())).isEmpty();
		assertThat(page(s, s.admin(), none, "en")).contains("Moving sheets, a member leaving")
			.contains(reference(s, 1) + "</strong>: <span>stays with " + a.fullName()
					+ ": the receiving member is not on this award’s panel");
	}

	@Test
	void aJurorLeavingKeepsSubmittedSheetsAndTheRestIsReassignedAfterAConfirmation() throws Exception {
		Setup s = round(3, 4);
		CurrentUser leaving = s.jurors().get(0); // the panel's chair
		CurrentUser j1 = s.jurors().get(1);
		CurrentUser j2 = s.jurors().get(2);
		CurrentUser j3 = s.jurors().get(3);
		for (int d = 0; d < 3; d++) {
			assign(s, d, leaving);
			assign(s, d, s.jurors().get(d + 1));
		}
		score(s, 0, leaving, true); // submitted: kept
		score(s, 1, leaving, false); // in progress: reassigned
		declareConflict(s, 2, j1); // dossier 2 (with j3): j1 and j2 both conflicted, so no one can take it
		declareConflict(s, 2, j2);
		String path = "/secretariat/jury/rounds/" + s.roundId() + "/leave";
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		// the confirmation page says what will happen; jurors and applicants never reach it
		String confirm = mvc.perform(get(path).with(as(secretary)).param("jurorId", "" + leaving.id()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("leave confirmation", confirm);
		assertThat(confirm).contains("Thành viên rời vòng chấm: " + leaving.fullName())
			.contains("Giữ lại 1 phiếu chấm đã gửi").contains(reference(s, 1)).contains(reference(s, 2))
			.contains("Xác nhận rời vòng chấm");
		mvc.perform(get(path).with(as(j1)).param("jurorId", "" + leaving.id())).andExpect(status().isForbidden());
		mvc.perform(post(path).with(csrf()).with(as(s.applicants().get(0))).param("jurorId", "" + leaving.id())
				.param("confirm", "yes")).andExpect(status().isForbidden());
		mvc.perform(get(path).with(as(secretary)).param("jurorId", "" + fixture.juror().id()))
			.andExpect(status().isNotFound());

		// without the confirmation's answer nothing happens
		mvc.perform(post(path).with(csrf()).with(as(secretary)).param("jurorId", "" + leaving.id()))
			.andExpect(redirectedUrl(path + "?jurorId=" + leaving.id()));
		assertThat(fixture.dossiersOf(s.roundId(), leaving.id())).hasSize(3);

		MvcResult left = mvc.perform(post(path).with(csrf()).with(as(secretary)).param("jurorId", "" + leaving.id())
				.param("confirm", "yes"))
			.andExpect(flash().attributeExists("leaveReport")).andReturn();
		assertThat(fixture.dossiersOf(s.roundId(), leaving.id())).containsExactly(s.dossiers().get(0));
		assertThat(panels.members(s.roundId()).get(s.awardId())).containsExactlyInAnyOrder(j1.id(), j2.id(), j3.id());
		assertThat(panels.of(s.roundId()).get(0).chairId()).isNull();
		List<Long> one = fixture.jurorsOf(s.roundId(), s.dossiers().get(1));
		assertThat(one).hasSize(2).contains(j2.id()).doesNotContain(leaving.id());
		assertThat(fixture.jurorsOf(s.roundId(), s.dossiers().get(2))).containsExactly(j3.id());
		assertThat(audits("jury.juror.leave", s.roundId())).isEqualTo(1);
		assertThat(audits("jury.leave.remove", s.roundId() + "/" + s.dossiers().get(1))).isEqualTo(1);
		assertThat(audits("jury.leave.remove", s.roundId() + "/" + s.dossiers().get(2))).isEqualTo(1);
		assertThat(audits("jury.leave.reassign", s.roundId() + "/" + s.dossiers().get(1))).isEqualTo(1);
		assertThat(audits("jury.panel.leave", panels.of(s.roundId()).get(0).id())).isEqualTo(1);
		String html = page(s, secretary, left, "vi");
		assertThat(html).contains("đã rời vòng chấm, nhưng 1 hồ sơ chưa có người chấm thay")
			.contains(reference(s, 2) + "</strong>: <span>chưa có người chấm thay")
			.contains(reference(s, 1) + "</strong>: <span>đã giao cho ")
			.contains("không còn trưởng tiểu ban");
		// the kept submitted sheet still counts: its assignment and sheet are untouched
		assertThat(jdbc.sql("select status from jury_sheet where round_id = ? and nomination_id = ? and juror_id = ?")
			.params(s.roundId(), s.dossiers().get(0), leaving.id()).query(String.class).single()).isEqualTo("SUBMITTED");
		// and it still covers its dossier: a later automatic assignment gives it no third juror
		assignments.autoAssign(s.roundId(), s.admin().id());
		assertThat(fixture.jurorsOf(s.roundId(), s.dossiers().get(0))).containsExactlyInAnyOrder(leaving.id(), j1.id());
	}

}
