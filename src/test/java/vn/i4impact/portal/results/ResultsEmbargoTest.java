package vn.i4impact.portal.results;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.results.internal.ResultsAdministration;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The embargo on the clock: one second before the instant nothing shows anywhere, one second after everything does. */
@PortalTest
class ResultsEmbargoTest {

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

	String reference;

	Instant at;

	@BeforeEach
	void anEditionWithAnHonoureePublishedInAMinute() {
		code = data.openEdition(10);
		editionId = data.editionId(code);
		administration.addArchived(editionId, data.awardId(code, "2.3"), "Sở Khoa học và Công nghệ Đà Nẵng " + code,
				"da-nang", UnitType.STATE_BODY, "Trợ lý AI cho dịch vụ công.", "An AI assistant for public services.");
		reference = jdbc.sql("select reference_code from results_honouree where edition_id = ?").param(editionId)
			.query(String.class).single();
		at = Instant.now().plusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
		administration.schedule(editionId, at);
	}

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void oneSecondBeforeNothingShowsAndOneSecondAfterEverythingDoesWithNoAction() throws Exception {
		CurrentUser applicant = data.user(Role.APPLICANT);
		CurrentUser juror = data.user(Role.JUROR);
		clock.set(at.minusSeconds(1));
		for (String path : publicPaths()) {
			for (var who : new CurrentUser[] { null, applicant, juror }) {
				String body = mvc.perform(as(get(path), who)).andExpect(status().isNotFound()).andReturn().getResponse()
					.getContentAsString();
				// exactly the page of a path that does not exist (whose language links repeat the path typed)
				assertThat(body).doesNotContain("Đà Nẵng " + code).doesNotContain("Trợ lý AI").contains("404");
			}
		}
		assertThat(page("/editions/" + code, null)).doesNotContain("/results/" + code);

		clock.set(at.plusSeconds(1));
		for (var who : new CurrentUser[] { null, applicant, juror }) {
			assertThat(page("/results/" + code, who)).contains("Sở Khoa học và Công nghệ Đà Nẵng " + code)
				.contains("Trợ lý AI cho dịch vụ công.").contains("Công nghệ AI tác động tới cuộc sống")
				.doesNotContain("chưa được công bố");
			assertThat(page("/results/" + code + "/" + reference, who))
				.contains("<meta property=\"og:title\" content=\"Sở Khoa học và Công nghệ Đà Nẵng " + code)
				.contains("og:url\" content=\"http://localhost/results/" + code + "/" + reference);
		}
		assertThat(page("/editions/" + code, null)).contains("href=\"/results/" + code + "\"");
	}

	@Test
	void theCommitteeAndTheSecretariatPreviewMarkedNotYetPublic() throws Exception {
		clock.set(at.minusSeconds(1));
		for (Role role : new Role[] { Role.ADMIN, Role.SECRETARIAT }) {
			var staff = data.user(role);
			assertThat(page("/results/" + code, staff)).contains("Bản xem trước: kết quả chưa được công bố.")
				.contains("Sở Khoa học và Công nghệ Đà Nẵng " + code);
			assertThat(page("/results/" + code + "/" + reference, staff)).contains("Bản xem trước");
		}
	}

	@Test
	void theInstantIsSetInVietnamTimeMovableUntilItPassedAndOnlyByTheCommittee() throws Exception {
		var admin = data.user(Role.ADMIN);
		String url = "/admin/editions/" + code + "/results";
		LocalDateTime later = LocalDateTime.ofInstant(at.plusSeconds(3600), PortalTime.ZONE);
		mvc.perform(post(url + "/schedule").param("publishAt", later.toString()).with(csrf()).with(Auth.as(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(publishAt()).isEqualTo(at.plusSeconds(3600));

		// a past instant is refused with a message, and what was typed stays in the field
		String body = mvc.perform(post(url + "/schedule").param("publishAt", "2020-01-01T10:00").with(csrf())
			.with(Auth.as(admin))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Thời điểm công bố phải ở tương lai.").contains("value=\"2020-01-01T10:00\"");
		body = mvc.perform(post(url + "/schedule").param("publishAt", "hôm qua").with(csrf()).with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(body).contains("Hãy nhập ngày và giờ công bố hợp lệ");

		for (Role role : new Role[] { Role.SECRETARIAT, Role.APPLICANT, Role.JUROR }) {
			mvc.perform(get(url).with(Auth.as(data.user(role)))).andExpect(status().isForbidden());
			mvc.perform(post(url + "/publish-now").param("confirm", "true").with(csrf()).with(Auth.as(data.user(role))))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(url)).andExpect(status().is3xxRedirection());
		assertThat(publishAt()).isEqualTo(at.plusSeconds(3600));

		// once passed, it cannot move
		clock.set(at.plusSeconds(3601));
		mvc.perform(post(url + "/schedule").param("publishAt", later.plusDays(1).toString()).with(csrf())
			.with(Auth.as(admin))).andExpect(status().isOk());
		assertThat(publishAt()).isEqualTo(at.plusSeconds(3600));
	}

	@Test
	void publishNowNeedsTheConfirmationAndPublishesAtOnce() throws Exception {
		var admin = data.user(Role.ADMIN);
		String url = "/admin/editions/" + code + "/results/publish-now";
		mvc.perform(post(url).with(csrf()).with(Auth.as(admin))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/results/" + code)).andExpect(status().isNotFound());
		mvc.perform(post(url).param("confirm", "true").with(csrf()).with(Auth.as(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(publishAt()).isBefore(at);
		assertThat(page("/results/" + code, null)).contains("Đà Nẵng " + code);
	}

	@Test
	void resultMailsAreHeldUntilTheInstantAndMoveWithIt() throws Exception {
		CurrentUser unit = data.user(Role.APPLICANT);
		var dossier = dossiers.self(unit, code, "1.3");
		dossiers.submit(unit, dossier);
		jdbc.sql("update nomination set status = 'HONOURED' where id = ?").param(dossier.getId()).update();

		assertThat(administration.takeOverHonourees(editionId)).isEqualTo(2);
		var mail = jdbc.sql("select subject, next_attempt_at from mail_outbox where recipient = ? and topic = ?")
			.params(unit.email(), "results:" + editionId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant() }).single();
		assertThat((String) mail[0]).contains("được biểu dương");
		assertThat(mail[1]).isEqualTo(at);

		// taken over twice: no second mail; the instant moves: the mail moves with it
		administration.takeOverHonourees(editionId);
		administration.schedule(editionId, at.plusSeconds(600));
		assertThat(jdbc.sql("select next_attempt_at from mail_outbox where recipient = ? and topic = ?")
			.params(unit.email(), "results:" + editionId).query(Timestamp.class).list())
			.singleElement().extracting(Timestamp::toInstant).isEqualTo(at.plusSeconds(600));
	}

	@Test
	void theUnitSeesItsResultOnItsOwnDossierOnlyOncePublished() throws Exception {
		CurrentUser unit = data.user(Role.APPLICANT);
		var dossier = dossiers.self(unit, code, "1.3");
		dossiers.submit(unit, dossier);
		jdbc.sql("update nomination set status = 'HONOURED' where id = ?").param(dossier.getId()).update();
		administration.takeOverHonourees(editionId);

		clock.set(at.minusSeconds(1));
		for (String path : new String[] { "/my/nominations", "/my/nominations/" + dossier.getId() }) {
			assertThat(page(path, unit)).contains("Đang được Hội đồng xem xét").doesNotContain("Được biểu dương")
				.doesNotContain("Trang công bố");
		}
		clock.set(at.plusSeconds(1));
		for (String path : new String[] { "/my/nominations", "/my/nominations/" + dossier.getId() }) {
			assertThat(page(path, unit)).contains("Được biểu dương – 1.3 Dịch vụ số xuất sắc").contains("Trang công bố")
				.doesNotContain("Đang được Hội đồng xem xét");
		}
	}

	@Test
	void theArchiveOf2023ShowsItsNamedHonoureesAndFigures() throws Exception {
		String body = page("/results/i4-awards-2023", null);
		assertThat(body).contains("Thành phố Hải Phòng").contains("Công ty Cổ phần Cấp nước Hải Phòng")
			.contains("Ban Tổ chức nhận 150 hồ sơ; 72 đơn vị được biểu dương.")
			.contains("Top tổ chức/địa phương tiêu biểu chủ động thực hiện CMCN 4.0 và chuyển đổi số");
		String localities = page("/results/i4-awards-2023?type=LOCALITY", null);
		assertThat(localities).contains("Thành phố Hải Phòng").doesNotContain("Công ty Cổ phần Cấp nước Hải Phòng");
		assertThat(page("/results/i4-awards-2023?type=NONSENSE&province=atlantis", null))
			.contains("Công ty Cổ phần Cấp nước Hải Phòng");
		assertThat(page("/editions/i4-awards-2023", null)).contains("href=\"/results/i4-awards-2023\"");
		mvc.perform(get("/results/i4-awards-2023/NO-SUCH-REF")).andExpect(status().isNotFound());
		mvc.perform(get("/results/no-such-edition")).andExpect(status().isNotFound());
	}

	@Test
	void notHonouredUnitsAreToldTooOnceAndNotASecondBeforeTheInstant() throws Exception {
		CurrentUser honoured = data.user(Role.APPLICANT);
		CurrentUser notHonoured = data.user(Role.APPLICANT);
		var won = dossiers.self(honoured, code, "1.3");
		dossiers.submit(honoured, won);
		var lost = dossiers.self(notHonoured, code, "1.3");
		dossiers.submit(notHonoured, lost);
		jdbc.sql("update nomination set status = 'HONOURED' where id = ?").param(won.getId()).update();
		jdbc.sql("update nomination set status = 'NOT_HONOURED' where id = ?").param(lost.getId()).update();
		String lostReference = jdbc.sql("select reference_code from nomination where id = ?").param(lost.getId())
			.query(String.class).single();

		administration.takeOverHonourees(editionId);
		administration.takeOverHonourees(editionId); // a second take-over writes no second mail
		var mail = jdbc.sql("select subject, body, next_attempt_at from mail_outbox where recipient = ? and topic = ?")
			.params(notHonoured.email(), "results:" + editionId)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant() }).single();
		assertThat((String) mail[0]).contains(lostReference);
		assertThat((String) mail[1]).contains("không được biểu dương").contains("/results/" + code)
			.doesNotContain("Đà Nẵng"); // it names no honouree
		assertThat(mail[2]).isEqualTo(at);
		// no honouree row, no public page for the dossier that was not honoured
		assertThat(jdbc.sql("select count(*) from results_honouree where nomination_id = ?").param(lost.getId())
			.query(Integer.class).single()).isZero();

		// what the outbox dispatcher takes (PENDING and next_attempt_at <= its clock): nothing a second before
		assertThat(due(at.minusSeconds(1), honoured.email(), notHonoured.email())).isZero();
		assertThat(due(at.plusSeconds(1), honoured.email(), notHonoured.email())).isEqualTo(2);
		clock.set(at.minusSeconds(1));
		assertThat(page("/my/nominations/" + lost.getId(), notHonoured)).contains("Đang được Hội đồng xem xét")
			.doesNotContain("Không được biểu dương");
		clock.set(at.plusSeconds(1));
		assertThat(page("/my/nominations/" + lost.getId(), notHonoured)).contains("Không được biểu dương");
	}

	private int due(Instant now, String... recipients) {
		return jdbc.sql("""
				select count(*) from mail_outbox where topic = :topic and recipient in (:to)
				and status = 'PENDING' and next_attempt_at <= :now""")
			.param("topic", "results:" + editionId).param("to", java.util.List.of(recipients))
			.param("now", java.sql.Timestamp.from(now)).query(Integer.class).single();
	}

	private String[] publicPaths() {
		return new String[] { "/results/" + code, "/results/" + code + "/" + reference,
				"/results/" + code + "?province=da-nang" };
	}

	private Instant publishAt() {
		return jdbc.sql("select publish_at from results_edition where edition_id = ?").param(editionId)
			.query(Timestamp.class).single().toInstant();
	}

	private String page(String path, CurrentUser who) throws Exception {
		return mvc.perform(as(get(path), who)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private static MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, CurrentUser who) {
		return who == null ? request : request.with(Auth.as(who));
	}

}
