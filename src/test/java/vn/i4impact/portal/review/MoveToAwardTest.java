package vn.i4impact.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

/**
 * A dossier moved to an award whose required questions it has not answered is not left submitted with gaps: the unit
 * is asked to answer them within a week, and told which.
 */
@PortalTest
class MoveToAwardTest {

	/** 2.1's own required question; a 1.3 dossier never saw it. */
	static final String MISSING_VI = "Số người hưởng lợi";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;


	/** The end of the day a week from today, Vietnam time (the last minute, as a request's due date is stored). */
	private static Instant endOfDayInAWeek() {
		return LocalDate.now(PortalTime.ZONE).plusDays(8).atStartOfDay(PortalTime.ZONE).toInstant().minusSeconds(60);
	}

	@Test
	void movedToAnAwardWithUnansweredRequiredQuestionsTheUnitIsAskedToAnswerThem() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		data.closeWindow(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		mvc.perform(post(path + "/move").with(as(secretary)).with(csrf()).param("version", String.valueOf(data.version(n.getId())))
				.param("award", String.valueOf(data.awardId(edition, "2.1"))).param("note", "Phù hợp hơn với giải 2.1").param("confirmed", "true"))
			.andExpect(redirectedUrl(path));

		Nomination moved = service.get(unit.id(), n.getId());
		assertThat(moved.getReferenceCode()).contains("-2.1-");
		assertThat(moved.getStatus()).isEqualTo(NominationStatus.CHANGES_REQUESTED);
		assertThat(moved.getChangesDueAt()).isEqualTo(endOfDayInAWeek());
		assertThat(service.deadline(moved)).as("the edition's window is closed: the request's date applies")
			.isEqualTo(endOfDayInAWeek());

		// the move and the request are both recorded; the request names the missing question
		var decisions = screening.dossier(n.getId()).decisions();
		assertThat(decisions).extracting(d -> d.decision().name()).containsExactly("MOVED", "CHANGES_REQUESTED");
		var request = decisions.get(1);
		assertThat(request.dueAt()).isEqualTo(endOfDayInAWeek());
		assertThat(request.message()).contains(MISSING_VI).contains("2.1")
			.doesNotContain("Tóm tắt giải pháp", "Hồ sơ tham gia (tệp PDF)");

		// one mail: moved, and what must be completed by when
		TestData.Mail mail = data.lastMail(unit.email());
		String due = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE).format(endOfDayInAWeek());
		assertThat(mail.body()).contains(ref).contains(moved.getReferenceCode()).contains("Phù hợp hơn với giải 2.1")
			.contains("- " + MISSING_VI).contains("trả lời đầy đủ các câu hỏi trên").contains(due);
		assertThat(mail.subject()).contains("cần bổ sung câu trả lời");

		// the unit sees the request and can answer it even though the edition's window has closed
		String mine = HtmlUtils.htmlUnescape(mvc.perform(get("/my/nominations/" + n.getId()).with(as(unit)))
			.andReturn().getResponse().getContentAsString());
		assertThat(mine).contains(MISSING_VI).contains("id=\"changes-request\"");
		long question = jdbc.sql("select id from award_question where award_id = ? and required")
			.param(moved.getAwardId()).query(Long.class).single();
		long v = service.saveDraft(unit.id(), n.getId(), moved.getVersion(), moved.getTitle(), Map.of(question, "25000"));
		service.submit(unit.id(), n.getId(), v, "Đã bổ sung số người hưởng lợi");
		assertThat(service.get(unit.id(), n.getId()).getStatus()).isEqualTo(NominationStatus.SUBMITTED);
	}

	@Test
	void theServiceSaysWhatTheMoveDidSoTheSecretaryIsToldTheRightThing() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		CurrentUser a = data.user(Role.APPLICANT);
		Nomination complete = dossiers.self(a, edition, "1.3");
		dossiers.submit(a, complete);
		Screening.Moved simple = screening.moveToAward(complete.getId(), data.version(complete.getId()),
				data.awardId(edition, "3.1"), null, secretary.id());
		assertThat(simple.changesRequested()).isFalse();
		assertThat(simple.messageKey()).isEqualTo("decision.done.MOVED");
		assertThat(simple.status()).isEqualTo(NominationStatus.SUBMITTED);

		CurrentUser b = data.user(Role.APPLICANT);
		Nomination gaps = dossiers.self(b, edition, "1.3");
		dossiers.submit(b, gaps);
		Screening.Moved reopened = screening.moveToAward(gaps.getId(), data.version(gaps.getId()),
				data.awardId(edition, "2.1"), null, secretary.id());
		assertThat(reopened.changesRequested()).isTrue();
		assertThat(reopened.messageKey()).isEqualTo("decision.done.MOVED_CHANGES_REQUESTED");
		assertThat(reopened.status()).isEqualTo(NominationStatus.CHANGES_REQUESTED);
		assertThat(reopened.missing()).extracting(q -> q.labelVi()).containsExactly(MISSING_VI);
		assertThat(reopened.changesDue()).isEqualTo(endOfDayInAWeek());
	}

	@Test
	void aDossierAlreadyWaitingForChangesKeepsTheLaterDate() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		Instant farther = LocalDate.now(PortalTime.ZONE).plusDays(21).atStartOfDay(PortalTime.ZONE).toInstant();
		screening.requestChanges(n.getId(), data.version(n.getId()), "Bổ sung giấy phép", farther, secretary.id());
		Screening.Moved moved = screening.moveToAward(n.getId(), data.version(n.getId()), data.awardId(edition, "2.1"), null,
				secretary.id());
		assertThat(moved.status()).isEqualTo(NominationStatus.CHANGES_REQUESTED);
		assertThat(moved.changesDue()).isEqualTo(farther);
		assertThat(screening.dossier(n.getId()).decisions()).extracting(d -> d.decision().name())
			.containsExactly("CHANGES_REQUESTED", "MOVED", "CHANGES_REQUESTED");
		// no "changes requested → changes requested" line in the history the unit reads
		assertThat(service.history(n.getId())).noneMatch(h -> h.getFromStatus() == NominationStatus.CHANGES_REQUESTED
				&& h.getToStatus() == NominationStatus.CHANGES_REQUESTED && !h.isMove() && !h.isExtension());
	}

	@Test
	void theSecretaryIsToldTheDossierWentBackToTheUnit() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		// the confirmation already says which answers the new award will ask for
		String confirm = HtmlUtils.htmlUnescape(mvc.perform(post(path + "/move").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId())))
				.param("award", String.valueOf(data.awardId(edition, "2.1"))))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirm).contains("câu hỏi bắt buộc mà hồ sơ chưa trả lời").contains("mở lại 7 ngày");
		var flash = mvc.perform(post(path + "/move").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId())))
				.param("award", String.valueOf(data.awardId(edition, "2.1"))).param("confirmed", "true"))
			.andExpect(redirectedUrl(path)).andReturn().getFlashMap().get("flashSuccess");
		assertThat(flash).isInstanceOfSatisfying(Flash.Message.class,
				m -> assertThat(m.key()).isEqualTo("decision.done.MOVED_CHANGES_REQUESTED"));
		String shown = HtmlUtils.htmlUnescape(mvc.perform(get(path).with(as(secretary))
				.flashAttr("flashSuccess", new Flash.Message("decision.done.MOVED_CHANGES_REQUESTED", new Object[0])))
			.andReturn().getResponse().getContentAsString());
		assertThat(shown).contains("còn thiếu câu trả lời bắt buộc của giải thưởng mới");
	}

}
