package vn.i4impact.portal.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.results.internal.ResultsAdministration;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The live reveal: award by award for the public, undo within a minute, published when the last award is out. */
@PortalTest
class LiveRevealTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ResultsAdministration administration;

	String code;

	long editionId;

	long award13;

	long award23;

	long award41;

	CurrentUser admin;

	CurrentUser unit;

	Instant at;

	@BeforeEach
	void anEditionWithHonoureesInThreeAwardsPublishedInAnHour() throws Exception {
		code = data.openEdition(10);
		editionId = data.editionId(code);
		award13 = data.awardId(code, "1.3");
		award23 = data.awardId(code, "2.3");
		award41 = data.awardId(code, "4.1");
		administration.addArchived(editionId, award23, "Sở Khoa học Đà Nẵng " + code, "da-nang", UnitType.STATE_BODY,
				"Trợ lý AI.", "AI assistant.");
		administration.addArchived(editionId, award41, "Thành phố Huế " + code, "hue", UnitType.LOCALITY, null, null);
		unit = data.user(Role.APPLICANT);
		var dossier = dossiers.self(unit, code, "1.3");
		dossiers.submit(unit, dossier);
		jdbc.sql("update nomination set status = 'HONOURED' where id = ?").param(dossier.getId()).update();
		at = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
		administration.schedule(editionId, at);
		administration.takeOverHonourees(editionId);
		admin = data.user(Role.ADMIN);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void onlyTheCommitteeRunsTheCeremonyOthersAreRefusedAndNothingIsStored() throws Exception {
		String url = "/admin/ceremony/" + code;
		for (Role role : new Role[] { Role.SECRETARIAT, Role.APPLICANT, Role.JUROR }) {
			var who = data.user(role);
			mvc.perform(get(url).with(Auth.as(who))).andExpect(status().isForbidden());
			for (String step : new String[] { "/start", "/reveal", "/undo" }) {
				mvc.perform(post(url + step).with(csrf()).with(Auth.as(who))).andExpect(status().isForbidden());
			}
		}
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		mvc.perform(post(url + "/start").with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(post(url + "/start").with(Auth.as(admin))).andExpect(status().isForbidden()); // no CSRF token
		assertThat(count("select count(*) from results_ceremony where edition_id = ?")).isZero();
		mvc.perform(get("/admin/ceremony/no-such-edition").with(Auth.as(admin))).andExpect(status().isNotFound());

		String page = body(get(url), admin);
		assertThat(page).contains("Bắt đầu công bố trực tiếp").contains("1.3 — Dịch vụ số xuất sắc")
			.contains("2.3 — Công nghệ AI tác động tới cuộc sống").contains("4.1 — ");
	}

	@Test
	void thePublicSeesTheRevealedAwardsOnlyAwardByAward() throws Exception {
		String results = "/results/" + code;
		mvc.perform(get(results)).andExpect(status().isNotFound());
		mvc.perform(get(results + "/live")).andExpect(status().isNotFound());

		assertThat(body(get("/editions/" + code), null)).doesNotContain("href=\"/results/" + code + "\"");
		step("/start", null).andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.notNullValue()));
		// the edition's page (and so the home page) points to the live page, with no figure
		assertThat(body(get("/editions/" + code), null)).contains("href=\"/results/" + code + "\"")
			.contains("Lễ biểu dương đang được truyền hình trực tiếp").doesNotContain("đơn vị/cá nhân được biểu dương");
		String waiting = body(get(results), null);
		assertThat(waiting).contains("Lễ biểu dương đang diễn ra.").contains("Chưa có giải thưởng nào được công bố")
			.contains("data-hx-get=\"/results/" + code + "/live?v=").doesNotContain("Đà Nẵng " + code)
			.doesNotContain("Huế " + code).doesNotContain("Dịch vụ số xuất sắc");
		assertThat(body(get("/admin/ceremony/" + code), admin))
			.contains("Công bố tiếp: 1.3 — Dịch vụ số xuất sắc");

		step("/reveal", award13);
		step("/reveal", award23);
		String live = body(get(results), null);
		assertThat(live).contains("Sở Khoa học Đà Nẵng " + code).contains("Dịch vụ số xuất sắc")
			.doesNotContain("Huế " + code).doesNotContain("results-counts");
		String reference23 = reference(award23);
		String reference41 = reference(award41);
		assertThat(body(get(results + "/" + reference23), null)).contains("Sở Khoa học Đà Nẵng " + code);
		mvc.perform(get(results + "/" + reference41)).andExpect(status().isNotFound());
		assertThat(body(get(results + "/" + reference41), admin)).contains("Bản xem trước"); // the committee previews
		assertThat(body(get(results), data.user(Role.SECRETARIAT))).contains("Huế " + code).contains("Bản xem trước");
		// the unit's own dossier still says "under review", the mails still wait for the instant
		assertThat(body(get("/my/nominations"), unit)).contains("Đang được Hội đồng xem xét");
		assertThat(mailAt()).isEqualTo(at);

		// audited, one entry per step
		assertThat(count("select count(*) from audit_entry where action = 'results.ceremony.reveal' and target_id = '"
				+ editionId + "'")).isEqualTo(2);
		assertThat(body(get("/admin/ceremony/" + code), admin)).contains("Công bố tiếp: 4.1")
			.contains("Hoàn tác: 2.3 — Công nghệ AI tác động tới cuộc sống").contains("Đã công bố 2/3 giải thưởng.");
	}

	@Test
	void thePollingEndpointIsTinyWhileNothingChangesCachedWithAnEtagAndChangesAtEachStep() throws Exception {
		step("/start", null);
		String live = "/results/" + code + "/live";
		MvcResult first = mvc.perform(get(live + "?v=x")).andExpect(status().isOk()).andReturn();
		String poller = first.getResponse().getContentAsString();
		assertThat(poller).contains("id=\"live-awards\"").contains("data-hx-swap-oob=\"true\"");
		String token = token(poller);
		var unchanged = mvc.perform(get(live + "?v=" + token)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(unchanged.getContentAsString()).contains("id=\"live-poll\"").doesNotContain("live-awards");
		assertThat(unchanged.getContentAsString().length()).isLessThan(400);
		assertThat(unchanged.getHeader("Cache-Control")).isEqualTo("public, max-age=1");
		String etag = unchanged.getHeader("ETag");
		mvc.perform(get(live + "?v=" + token).header("If-None-Match", etag)).andExpect(status().isNotModified());

		step("/reveal", award13);
		var after = mvc.perform(get(live + "?v=" + token).header("If-None-Match", etag)).andExpect(status().isOk())
			.andReturn().getResponse();
		assertThat(after.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(after.getContentAsString()).contains("Dịch vụ số xuất sắc").contains("data-hx-swap-oob")
			.doesNotContain("Đà Nẵng " + code);
		assertThat(token(after.getContentAsString())).isNotEqualTo(token);
	}

	@Test
	void theLastStepIsUndoneWithinAMinuteThenRefusedWithAClearMessage() throws Exception {
		step("/start", null);
		Instant t = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.set(t);
		step("/reveal", award13);
		clock.set(t.plusSeconds(59));
		step("/undo", award13).andExpect(flash().attribute("flashSuccess", org.hamcrest.Matchers.notNullValue()));
		assertThat(count("select count(*) from results_reveal where edition_id = ?")).isZero();
		assertThat(body(get("/results/" + code), null)).doesNotContain("Dịch vụ số xuất sắc");

		step("/reveal", award13);
		// a stale button (another member revealed meanwhile) reveals nothing
		step("/reveal", award13).andExpect(flash().attribute("flashError", org.hamcrest.Matchers.notNullValue()));
		assertThat(count("select count(*) from results_reveal where edition_id = ?")).isEqualTo(1);
		clock.set(t.plusSeconds(59 + 60));
		Object refusal = step("/undo", award13).andReturn().getFlashMap().get("flashError");
		assertThat(count("select count(*) from results_reveal where edition_id = ?")).isEqualTo(1);
		String page = mvc.perform(get("/admin/ceremony/" + code).with(Auth.as(admin)).flashAttr("flashError", refusal))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Đã quá một phút kể từ khi công bố: không thể hoàn tác bước này nữa.");
		assertThat(count("select count(*) from audit_entry where action = 'results.ceremony.undo' and target_id = '"
				+ editionId + "'")).isEqualTo(1);
	}

	@Test
	void revealingTheLastAwardPublishesTheEditionAndReleasesTheHeldMails() throws Exception {
		step("/start", null);
		Instant t = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS); // after the mail was written
		clock.set(t);
		step("/reveal", award13);
		step("/reveal", award23);
		assertThat(mailAt()).isEqualTo(at);
		step("/reveal", award41);
		// published at the step's instant, the held mail released at the same instant
		assertThat(jdbc.sql("select publish_at from results_edition where edition_id = ?").param(editionId)
			.query(Timestamp.class).single().toInstant()).isEqualTo(t);
		assertThat(mailAt()).isEqualTo(t);
		String page = body(get("/results/" + code), null);
		assertThat(page).contains("Huế " + code).contains("results-counts").doesNotContain("Lễ biểu dương đang diễn ra");
		assertThat(body(get("/my/nominations"), unit)).contains("Được biểu dương – 1.3 Dịch vụ số xuất sắc");
		// the last viewers' poll tells them and stops polling
		String last = body(get("/results/" + code + "/live?v=1"), null);
		assertThat(last).contains("kết quả đã chính thức công khai").doesNotContain("data-hx-trigger");
		// a published edition that had no live reveal answers the final state too; an embargoed one stays a 404
		assertThat(body(get("/results/i4-awards-2023/live?v=0p"), null)).contains("id=\"live-poll\"")
			.doesNotContain("data-hx-trigger").doesNotContain("live-awards");
		mvc.perform(get("/results/" + data.openEdition(10) + "/live")).andExpect(status().isNotFound());
		// published: nothing can be undone, nothing more revealed
		step("/undo", award41).andExpect(flash().attribute("flashError", org.hamcrest.Matchers.notNullValue()));
		assertThat(count("select count(*) from results_reveal where edition_id = ?")).isEqualTo(3);
	}

	private org.springframework.test.web.servlet.ResultActions step(String step, Long award) throws Exception {
		var request = post("/admin/ceremony/" + code + step).with(csrf()).with(Auth.as(admin));
		if (award != null) {
			request.param("award", award.toString());
		}
		return mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private static String token(String poller) {
		int i = poller.indexOf("live?v=") + 7;
		return poller.substring(i, poller.indexOf('"', i));
	}

	private String reference(long awardId) {
		return jdbc.sql("select reference_code from results_honouree where award_id = ?").param(awardId)
			.query(String.class).single();
	}

	private Instant mailAt() {
		return jdbc.sql("select next_attempt_at from mail_outbox where recipient = ? and topic = ?")
			.params(unit.email(), "results:" + editionId).query(Timestamp.class).single().toInstant();
	}

	private int count(String sql) {
		var query = jdbc.sql(sql);
		return (sql.contains("?") ? query.param(editionId) : query).query(Integer.class).single();
	}

	private String body(MockHttpServletRequestBuilder request, CurrentUser who) throws Exception {
		return mvc.perform(who == null ? request : request.with(Auth.as(who))).andExpect(status().isOk()).andReturn()
			.getResponse().getContentAsString();
	}

}
