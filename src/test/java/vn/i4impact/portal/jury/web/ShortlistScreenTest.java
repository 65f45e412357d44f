package vn.i4impact.portal.jury.web;

import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.SelectionFixture;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasEntry;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The shortlist screen as every role, its refusals, and what confirming it stores. */
@PortalTest
class ShortlistScreenTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture jury;

	@Autowired
	SelectionFixture selection;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Test
	void jurorsAndApplicantsAreRefusedEveryRouteAndTheSecretariatOnlyPrepares() throws Exception {
		JuryFixture.Setup s = jury.openRound(3, 3, 3);
		scoreAndClose(s, 9, 8, 7);
		String base = "/secretariat/jury/rounds/" + s.roundId();
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		for (CurrentUser outsider : List.of(data.user(Role.JUROR), data.user(Role.APPLICANT), s.jurors().get(0),
				s.applicants().get(0))) {
			for (String page : List.of("/shortlist", "/decision")) {
				mvc.perform(get(base + page).with(as(outsider))).andExpect(status().isForbidden());
				for (String step : List.of("/rule", "/change", "/change/undo", "/vote", "/confirm")) {
					mvc.perform(post(base + page + step).with(as(outsider)).with(csrf()).param("awardId", "" + s.awardId())
						.param("nominationId", "" + s.dossiers().get(0)).param("selected", "false").param("reason", "x")
						.param("top", "1")).andExpect(status().isForbidden());
				}
			}
		}
		// the secretariat sees and prepares the rule, but the committee alone changes, votes and confirms
		String page = body(get(base + "/shortlist").param("lang", "en").with(as(secretary)));
		assertThat(page).contains("selection-table").contains("Only the Organising Committee confirms")
			.doesNotContain("confirm-button");
		mvc.perform(post(base + "/shortlist/rule").with(as(secretary)).with(csrf()).param("awardId", "" + s.awardId())
			.param("kind", "TOP").param("top", "1")).andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select top_n from jury_selection_rule where round_id = ?").param(s.roundId())
			.query(Integer.class).single()).isEqualTo(1);
		for (String step : List.of("/change", "/change/undo", "/vote", "/confirm")) {
			mvc.perform(post(base + "/shortlist" + step).with(as(secretary)).with(csrf()).param("awardId", "" + s.awardId())
				.param("nominationId", "" + s.dossiers().get(0)).param("selected", "false").param("reason", "x"))
				.andExpect(status().isForbidden());
		}
		assertThat(selection.status(s.dossiers().get(0))).isEqualTo("ELIGIBLE");
		// the preliminary round has no decision page, and an open round shows no score
		mvc.perform(get(base + "/decision").with(as(s.admin()))).andExpect(status().isNotFound());
	}

	@Test
	void theCommitteeAdjustsWithAReasonConfirmsOnceAndTheFinalRoundGetsExactlyTheShortlist() throws Exception {
		JuryFixture.Setup s = jury.openRound(4, 3, 3);
		String base = "/secretariat/jury/rounds/" + s.roundId() + "/shortlist";
		String open = body(get(base).param("lang", "en").with(as(s.admin())));
		assertThat(open).contains("selection-not-closed").doesNotContain("selection-table");
		scoreAndClose(s, 9, 8, 7, 6);
		CurrentUser admin = s.admin();
		List<Long> d = s.dossiers();

		String page = body(get(base).param("lang", "vi").with(as(admin)));
		assertThat(page).contains("Danh sách vào vòng chung khảo").contains("(mặc định)").contains("confirm-button");
		// default: twice the planned honourees (none planned: one), so the first two
		mvc.perform(post(base + "/rule").with(as(admin)).with(csrf()).param("awardId", "" + s.awardId())
			.param("kind", "TOP").param("top", "ba")).andExpect(flash().attribute("typed", hasEntry("top-" + s.awardId(), "ba")))
			.andExpect(flash().attribute("formError", new SelectionPages.FormError("rule-" + s.awardId(), "selection.error.top")));
		mvc.perform(post(base + "/rule").with(as(admin)).with(csrf()).param("awardId", "" + s.awardId())
			.param("kind", "MIN").param("minScore", "70")).andExpect(status().is3xxRedirection());
		// a change needs a reason; what was typed comes back
		mvc.perform(post(base + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(2))
			.param("selected", "false").param("reason", "  ")).andExpect(flash().attributeExists("formError"));
		assertThat(jdbc.sql("select count(*) from jury_selection_change where round_id = ?").param(s.roundId())
			.query(Integer.class).single()).isZero();
		mvc.perform(post(base + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(2))
			.param("selected", "false").param("reason", "Minh chứng không khớp số liệu báo cáo."))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(3))
			.param("selected", "true").param("reason", "Giải pháp duy nhất ở miền núi phía Bắc."))
			.andExpect(status().is3xxRedirection());
		String prepared = body(get(base).param("lang", "en").with(as(admin)));
		assertThat(prepared).contains("Minh chứng không khớp số liệu báo cáo.").contains("every dossier scoring at least 70.00");

		int mailsIn = data.mailCount(s.applicants().get(0).email());
		int mailsOut = data.mailCount(s.applicants().get(2).email());
		assertThat(flashKey(post(base + "/confirm").with(as(admin)).with(csrf()).param("notify", "true")))
			.isEqualTo("selection.confirmed.PRELIMINARY");
		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(1)), selection.status(d.get(2)),
				selection.status(d.get(3)))).containsExactly("SHORTLISTED", "SHORTLISTED", "NOT_SHORTLISTED", "SHORTLISTED");
		long fin = rounds.findOne(s.editionId(), RoundKind.FINAL).getId();
		assertThat(selection.entries(fin)).containsExactly(d.get(0), d.get(1), d.get(3));
		assertThat(jdbc.sql("select count(*) from jury_selection_outcome where round_id = ? and reason is not null")
			.param(s.roundId()).query(Integer.class).single()).isEqualTo(2);
		assertThat(data.lastMail(s.applicants().get(0).email()).subject()).contains("vòng chung khảo");
		assertThat(data.mailCount(s.applicants().get(0).email())).isEqualTo(mailsIn + 1);
		assertThat(data.mailCount(s.applicants().get(2).email())).isEqualTo(mailsOut);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.shortlist.confirm' and target_id = ?")
			.param("" + s.roundId()).query(Integer.class).single()).isEqualTo(1);

		// the sealed minutes print the confirmed decisions, with the committee's reasons
		byte[] minutes = mvc.perform(get("/secretariat/jury/rounds/" + s.roundId() + "/minutes.pdf").with(as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(minutes)) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			assertThat(text).contains("Vào vòng chung khảo").contains("Không vào vòng chung khảo")
				.contains("Minh chứng không khớp số liệu báo cáo.");
		}

		// confirming again changes nothing; preparing after confirmation is refused
		assertThat(flashKey(post(base + "/confirm").with(as(admin)).with(csrf()))).isEqualTo("selection.alreadyConfirmed");
		mvc.perform(post(base + "/change").with(as(admin)).with(csrf()).param("nominationId", "" + d.get(1))
			.param("selected", "false").param("reason", "Muộn")).andExpect(flash().attributeExists("formError"));
		assertThat(selection.status(d.get(1))).isEqualTo("SHORTLISTED");
		assertThat(body(get(base).param("lang", "en").with(as(admin)))).contains("selection-confirmed")
			.doesNotContain("confirm-button");
	}

	@Test
	void anUnbrokenTieAtTheLineBlocksUntilTheVoteAndAnIncompleteDossierUntilAReason() throws Exception {
		JuryFixture.Setup s = jury.openRound(4, 3, 3);
		List<Long> d = s.dossiers();
		selection.scoreAll(s.roundId(), d.get(0), s.jurors(), 9);
		selection.scoreAll(s.roundId(), d.get(1), s.jurors(), 7);
		selection.scoreAll(s.roundId(), d.get(2), s.jurors(), 7);
		// the last dossier gets two sheets of three: incomplete
		selection.score(s.roundId(), d.get(3), s.jurors().get(0), 10);
		selection.score(s.roundId(), d.get(3), s.jurors().get(1), 10);
		selection.close(s.roundId(), s.admin());
		String base = "/secretariat/jury/rounds/" + s.roundId() + "/shortlist";
		CurrentUser admin = s.admin();

		String page = body(get(base).param("lang", "en").with(as(admin)));
		assertThat(page).contains("selection-blocked").contains("tie-" + s.awardId()).contains("Too close to call")
			.contains("vote-" + s.awardId());
		mvc.perform(post(base + "/confirm").with(as(admin)).with(csrf())).andExpect(flash().attribute("formError",
				new SelectionPages.FormError("confirm", "selection.error.blocked")));
		assertThat(selection.status(d.get(1))).isEqualTo("ELIGIBLE");

		// a vote must place each tied dossier once
		mvc.perform(post(base + "/vote").with(as(admin)).with(csrf()).param("awardId", "" + s.awardId())
			.param("place-" + d.get(1), "1").param("place-" + d.get(2), "1").param("voters", "7 thành viên")
			.param("result", "5/2")).andExpect(flash().attribute("formError",
					new SelectionPages.FormError("vote-" + s.awardId(), "selection.error.votePlaces")));
		mvc.perform(post(base + "/vote").with(as(admin)).with(csrf()).param("awardId", "" + s.awardId())
			.param("place-" + d.get(1), "2").param("place-" + d.get(2), "1")
			.param("voters", "Ban Tổ chức, 7 thành viên có mặt").param("result", "5 phiếu cho hồ sơ thứ ba, 2 phiếu cho hồ sơ thứ hai"))
			.andExpect(status().is3xxRedirection());
		String voted = body(get(base).param("lang", "en").with(as(admin)));
		assertThat(voted).doesNotContain("tie-" + s.awardId()).contains("Vote: place 1").contains("selection-blocked");

		// still blocked by the incomplete dossier, until a reason is given
		mvc.perform(post(base + "/confirm").with(as(admin)).with(csrf())).andExpect(flash().attributeExists("formError"));
		mvc.perform(post(base + "/confirm").with(as(admin)).with(csrf())
			.param("exceptionReason", "Thành viên thứ ba rút lui vì lý do sức khỏe; hai phiếu là đủ để kết luận."))
			.andExpect(status().is3xxRedirection());
		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(1)), selection.status(d.get(2)),
				selection.status(d.get(3)))).containsExactly("SHORTLISTED", "NOT_SHORTLISTED", "SHORTLISTED",
						"NOT_SHORTLISTED");
		assertThat(jdbc.sql("select exception_reason from jury_selection where round_id = ?").param(s.roundId())
			.query(String.class).single()).startsWith("Thành viên thứ ba");
		assertThat(jdbc.sql("select voters from jury_tie_vote where round_id = ? and nomination_id = ?")
			.params(s.roundId(), d.get(2)).query(String.class).single()).isEqualTo("Ban Tổ chức, 7 thành viên có mặt");
	}

	private void scoreAndClose(JuryFixture.Setup s, int... scores) {
		for (int i = 0; i < scores.length; i++) {
			selection.scoreAll(s.roundId(), s.dossiers().get(i), s.jurors(), scores[i]);
		}
		selection.close(s.roundId(), s.admin());
	}

	/** The key of the success flash message after the request. */
	private String flashKey(MockHttpServletRequestBuilder request) throws Exception {
		Object message = mvc.perform(request).andExpect(status().is3xxRedirection()).andReturn().getFlashMap()
			.get("flashSuccess");
		return message == null ? null : ((Flash.Message) message).key();
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}
}
