package vn.i4impact.portal.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/**
 * The unit takes its dossier back to draft while a secretary has it open: the secretary's decision is a conflict
 * that says so, not a "not found" for a dossier they were just looking at.
 */
@PortalTest
class DecisionOnDraftTest {

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


	/** A submitted dossier, seen by the secretary at {@code version}, then reopened by its unit. */
	private record Reopened(CurrentUser unit, Nomination n, long seen) {
	}

	private Reopened reopenedAfterTheSecretaryLooked() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		long seen = data.version(n.getId());
		service.reopen(unit.id(), n.getId());
		return new Reopened(unit, n, seen);
	}

	@Test
	void everyDecisionOnADossierTakenBackToDraftIsAConflictThatSaysWhy() throws Exception {
		Reopened r = reopenedAfterTheSecretaryLooked();
		long id = r.n().getId();
		long secretary = data.user(Role.SECRETARIAT).id();
		Instant due = Instant.now().plus(5, ChronoUnit.DAYS);
		List<Runnable> decisions = List.of(() -> screening.markEligible(id, r.seen(), secretary),
				() -> screening.requestChanges(id, r.seen(), "Bổ sung", due, secretary),
				() -> screening.declareIneligible(id, r.seen(), IneligibleReason.OUT_OF_SCOPE, null, secretary),
				() -> screening.moveToAward(id, r.seen(), data.awardId(editionOf(id), "3.1"), null, secretary),
				// even with the draft's own version: a draft is never decided
				() -> screening.markEligible(id, data.version(id), secretary));
		for (Runnable decision : decisions) {
			assertThatThrownBy(decision::run).isInstanceOfSatisfying(ConflictException.class,
					ex -> assertThat(ex.messageKey()).isEqualTo("decision.error.draft"));
		}
		assertThat(service.get(r.unit().id(), id).getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(jdbc.sql("select count(*) from nomination_decision where nomination_id = ?").param(id)
			.query(Long.class).single()).isZero();
		// a plain version conflict still has no message of its own, and an unknown id is still not found
		assertThat(new ConflictException().messageKey()).isNull();
		assertThatThrownBy(() -> screening.markEligible(999_999_999L, 0, secretary))
			.isInstanceOf(NotFoundException.class);
	}

	private String editionOf(long nominationId) {
		return jdbc.sql("select e.code from edition e join nomination n on n.edition_id = e.id where n.id = ?")
			.param(nominationId).query(String.class).single();
	}

	@Test
	void theSecretarySeesA409PageThatSaysTheUnitReopenedTheDossier() throws Exception {
		Reopened r = reopenedAfterTheSecretaryLooked();
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + r.n().getId();
		String page = mvc.perform(post(path + "/eligible").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(r.seen())))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(page)).contains("Đơn vị vừa mở lại hồ sơ này để chỉnh sửa");
		mvc.perform(post(path + "/move").with(as(secretary)).with(csrf()).param("version", String.valueOf(r.seen()))
				.param("award", String.valueOf(data.awardId(editionOf(r.n().getId()), "3.1"))).param("confirmed", "true"))
			.andExpect(status().isConflict());
		// the steps before a decision (confirmation, a field error) say the same, never a 404
		mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf()).param("version", String.valueOf(r.seen()))
				.param("reason", "OUT_OF_SCOPE"))
			.andExpect(status().isConflict());
		mvc.perform(post(path + "/changes").with(as(secretary)).with(csrf()).param("version", String.valueOf(r.seen()))
				.param("message", " ").param("due", "2020-01-01"))
			.andExpect(status().isConflict());
		assertThat(service.get(r.unit().id(), r.n().getId()).getStatus()).isEqualTo(NominationStatus.DRAFT);
	}

}
