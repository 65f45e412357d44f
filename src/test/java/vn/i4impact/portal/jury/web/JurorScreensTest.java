package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.RoundService;
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
 * The juror's screens as real users: who may open, see and score what (direct URLs and POSTs included), the field
 * messages in both languages, and two saves of one sheet.
 */
@PortalTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JurorScreensTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	Setup s;

	/** Three dossiers, three jurors, two per dossier: every juror misses at least one dossier. */
	@BeforeAll
	void setUp() throws Exception {
		s = fixture.openRound(3, 3, 2);
	}

	String base(long dossier) {
		return "/jury/rounds/" + s.roundId() + "/dossiers/" + dossier;
	}

	CurrentUser assigned(long dossier) {
		long id = fixture.jurorsOf(s.roundId(), dossier).get(0);
		return s.jurors().stream().filter(j -> j.id() == id).findFirst().orElseThrow();
	}

	CurrentUser notAssigned(long dossier) {
		List<Long> ids = fixture.jurorsOf(s.roundId(), dossier);
		return s.jurors().stream().filter(j -> !ids.contains(j.id())).findFirst().orElseThrow();
	}

	long criterion(int index) {
		return jdbc.sql("select c.id from jury_criterion c where c.round_id = ? and c.award_id is null order by sort_order")
			.param(s.roundId()).query(Long.class).list().get(index);
	}

	MockHttpServletRequestBuilder sheet(long dossier, long version) {
		return post(base(dossier) + "/sheet").with(csrf()).param("version", String.valueOf(version));
	}

	void declareNone(CurrentUser juror, long dossier) throws Exception {
		mvc.perform(post(base(dossier) + "/declaration").with(as(juror)).with(csrf()).param("conflict", "no"))
			.andExpect(status().is3xxRedirection());
	}

	long version(CurrentUser juror, long dossier) {
		return jdbc.sql("select version from jury_sheet where round_id = ? and nomination_id = ? and juror_id = ?")
			.params(s.roundId(), dossier, juror.id()).query(Long.class).optional().orElse(-1L);
	}

	Integer stored(CurrentUser juror, long dossier, long criterion) {
		return jdbc.sql("""
				select sc.score from jury_score sc join jury_sheet sh on sh.id = sc.sheet_id
				where sh.round_id = ? and sh.nomination_id = ? and sh.juror_id = ? and sc.criterion_id = ?""")
			.params(s.roundId(), dossier, juror.id(), criterion).query(Integer.class).single();
	}

	@Test
	void homeListsOnlyMyDossiers() throws Exception {
		long d = s.dossiers().get(0);
		String ref = jdbc.sql("select reference_code from jury_round_entry where nomination_id = ?").param(d)
			.query(String.class).single();
		mvc.perform(get("/jury").with(as(assigned(d)))).andExpect(status().isOk())
			.andExpect(content().string(containsString(ref + "<")));
		mvc.perform(get("/jury").with(as(notAssigned(d)))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(ref + "<"))));
	}

	@Test
	void aJurorWithoutTheAssignmentCannotOpenDeclareScoreOrDownload() throws Exception {
		long d = s.dossiers().get(1);
		CurrentUser outsider = notAssigned(d);
		mvc.perform(get(base(d)).with(as(outsider))).andExpect(status().isNotFound());
		mvc.perform(post(base(d) + "/declaration").with(as(outsider)).with(csrf()).param("conflict", "no"))
			.andExpect(status().isNotFound());
		mvc.perform(sheet(d, -1).with(as(outsider)).param("score-" + criterion(0), "9")).andExpect(status().isNotFound());
		mvc.perform(post(base(d) + "/sheet/autosave").with(as(outsider)).with(csrf()).param("version", "-1"))
			.andExpect(status().isNotFound());
		long file = jdbc.sql("select id from nomination_attachment where nomination_id = ? limit 1").param(d)
			.query(Long.class).single();
		mvc.perform(get(base(d) + "/files/" + file).with(as(outsider))).andExpect(status().isNotFound());
		assertThat(version(outsider, d)).isEqualTo(-1);
		// nor through another round's id
		mvc.perform(get("/jury/rounds/" + (s.roundId() + 100000) + "/dossiers/" + d).with(as(assigned(d))))
			.andExpect(status().isNotFound());
	}

	@Test
	void otherRolesNeverReachTheJury() throws Exception {
		long d = s.dossiers().get(0);
		mvc.perform(get("/jury").with(as(s.applicants().get(0)))).andExpect(status().isForbidden());
		mvc.perform(get(base(d)).with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isForbidden());
		mvc.perform(get(base(d))).andExpect(status().is3xxRedirection());
	}

	@Test
	void theSheetOpensOnlyAfterTheDeclarationAndAScoreIsSaved() throws Exception {
		long d = s.dossiers().get(0);
		CurrentUser juror = assigned(d);
		mvc.perform(get(base(d)).with(as(juror))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"declaration\"")))
			.andExpect(content().string(not(containsString("id=\"sheet-form\""))));
		mvc.perform(sheet(d, -1).with(as(juror)).param("score-" + criterion(0), "7"))
			.andExpect(status().is3xxRedirection());
		assertThat(version(juror, d)).as("refused before the declaration").isEqualTo(-1);
		mvc.perform(post(base(d) + "/declaration").with(as(juror)).with(csrf()).param("conflict", "no"))
			.andExpect(redirectedUrl(base(d) + "#sheet"));
		mvc.perform(get(base(d)).with(as(juror))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"sheet-form\"")));
		mvc.perform(sheet(d, -1).with(as(juror)).param("score-" + criterion(0), "7").param("action", "save"))
			.andExpect(redirectedUrl(base(d) + "#sheet"));
		assertThat(stored(juror, d, criterion(0))).isEqualTo(7);
	}

	@Test
	void wrongScoresAndAMissingOverallCommentGetFieldMessagesInBothLanguages() throws Exception {
		long d = s.dossiers().get(2);
		CurrentUser juror = assigned(d);
		declareNone(juror, d);
		long impact = criterion(0);
		long innovation = criterion(1);
		mvc.perform(sheet(d, -1).with(as(juror)).param("score-" + impact, "11").param("score-" + innovation, "bảy")
				.param("overall", "").param("action", "submit").locale(Locale.forLanguageTag("vi")))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Điểm phải là số nguyên từ 0 đến 10.")))
			.andExpect(content().string(containsString("Vui lòng nhập số nguyên từ 0 đến 10, chỉ gồm chữ số.")))
			.andExpect(content().string(containsString("Vui lòng viết nhận xét chung trước khi gửi phiếu.")))
			.andExpect(content().string(containsString("value=\"bảy\"")));
		mvc.perform(sheet(d, -1).with(as(juror)).param("score-" + impact, "7.5").param("action", "submit")
				.param("lang", "en"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(content().string(containsString("Please write a whole number from 0 to 10, digits only.")))
			.andExpect(content().string(containsString("Please give a score.")))
			.andExpect(content().string(containsString("Please write an overall comment before submitting.")));
		assertThat(version(juror, d)).as("nothing saved").isEqualTo(-1);
	}

	@Test
	void twoSavesFromTheSameVersionConflictCleanlyAndKeepWhatWasTyped() throws Exception {
		long d = s.dossiers().get(1);
		CurrentUser juror = assigned(d);
		declareNone(juror, d);
		long impact = criterion(0);
		mvc.perform(sheet(d, -1).with(as(juror)).param("score-" + impact, "5").param("action", "save"))
			.andExpect(status().is3xxRedirection());
		long v = version(juror, d);
		mvc.perform(sheet(d, v).with(as(juror)).param("score-" + impact, "6").param("action", "save"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(sheet(d, v).with(as(juror)).param("score-" + impact, "9").param("overall", "Tab hai")
				.param("action", "save").param("lang", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("saved in another tab or window meanwhile")))
			.andExpect(content().string(containsString("Tab hai")))
			.andExpect(content().string(containsString("value=\"9\"")));
		mvc.perform(post(base(d) + "/sheet/autosave").with(as(juror)).with(csrf()).param("version", String.valueOf(v))
				.param("score-" + impact, "8").param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Not saved: this sheet was saved in another tab")));
		assertThat(stored(juror, d, impact)).isEqualTo(6);
		mvc.perform(post(base(d) + "/sheet/autosave").with(as(juror)).with(csrf())
				.param("version", String.valueOf(v + 1)).param("score-" + impact, "8").param("lang", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Saved at")));
		assertThat(stored(juror, d, impact)).isEqualTo(8);
	}

	@Test
	void aDeclaredConflictRemovesTheDossierForGood() throws Exception {
		Setup own = fixture.openRound(1, 2, 1);
		long d = own.dossiers().get(0);
		long jurorId = fixture.jurorsOf(own.roundId(), d).get(0);
		CurrentUser juror = own.jurors().stream().filter(j -> j.id() == jurorId).findFirst().orElseThrow();
		String url = "/jury/rounds/" + own.roundId() + "/dossiers/" + d;
		mvc.perform(post(url + "/declaration").with(as(juror)).with(csrf()).param("conflict", "yes").param("reason", "")
				.param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng ghi lý do xung đột lợi ích.")));
		mvc.perform(post(url + "/declaration").with(as(juror)).with(csrf()).param("conflict", "yes")
				.param("reason", "Tôi là cố vấn của đơn vị")).andExpect(redirectedUrl("/jury"));
		mvc.perform(get(url).with(as(juror))).andExpect(status().isNotFound());
		mvc.perform(post(url + "/sheet").with(as(juror)).with(csrf()).param("version", "-1"))
			.andExpect(status().isNotFound());
		assertThat(fixture.jurorsOf(own.roundId(), d)).isEmpty();
		assertThat(jdbc.sql("select detail from jury_conflict where round_id = ? and juror_id = ? and source = 'DECLARED'")
			.params(own.roundId(), juror.id()).query(String.class).single()).isEqualTo("Tôi là cố vấn của đơn vị");
	}

	@Test
	void submittingLocksTheSheetAndAClosedRoundRefusesEverything() throws Exception {
		Setup own = fixture.openRound(1, 1, 1);
		long d = own.dossiers().get(0);
		CurrentUser juror = own.jurors().get(0);
		String url = "/jury/rounds/" + own.roundId() + "/dossiers/" + d;
		mvc.perform(post(url + "/declaration").with(as(juror)).with(csrf()).param("conflict", "no"));
		MockHttpServletRequestBuilder b = post(url + "/sheet").with(as(juror)).with(csrf()).param("version", "-1")
			.param("action", "submit").param("overall", "Hồ sơ có tác động rõ ràng.");
		for (Long c : jdbc.sql("select id from jury_criterion where round_id = ? and award_id is null")
			.param(own.roundId()).query(Long.class).list()) {
			b.param("score-" + c, "8");
		}
		mvc.perform(b).andExpect(redirectedUrl("/jury"));
		assertThat(jdbc.sql("select status from jury_sheet where round_id = ? and juror_id = ?")
			.params(own.roundId(), juror.id()).query(String.class).single()).isEqualTo("SUBMITTED");
		long v = jdbc.sql("select version from jury_sheet where round_id = ? and juror_id = ?")
			.params(own.roundId(), juror.id()).query(Long.class).single();
		mvc.perform(post(url + "/sheet").with(as(juror)).with(csrf()).param("version", String.valueOf(v))
				.param("action", "save")).andExpect(redirectedUrl(url));
		mvc.perform(get(url).with(as(juror)).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("The sheet is read-only.")));
		rounds.close(own.roundId(), rounds.get(own.roundId()).getVersion(), own.admin().id());
		mvc.perform(post(url + "/sheet/autosave").with(as(juror)).with(csrf()).param("version", String.valueOf(v))
				.param("lang", "en"))
			.andExpect(content().string(containsString("The round is not open for scoring")));
		assertThat(jdbc.sql("""
				select count(*) from jury_score_history h join jury_sheet s on s.id = h.sheet_id where s.round_id = ?""")
			.param(own.roundId()).query(Integer.class).single()).isEqualTo(5);
	}

}
