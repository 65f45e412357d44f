package vn.i4impact.portal.jury.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.web.Flash;
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
 * A dossier made eligible after the round opened joins it only by the secretariat's explicit action: listed on the
 * round page, added (locked, audited), then ready for assignment; refused for rounds not open, dossiers already in,
 * of another edition or not eligible, and for every role but the secretariat and the committee.
 */
@PortalTest
class LateDossierTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Screening screening;

	@Autowired
	RoundService rounds;

	@Autowired
	JdbcClient jdbc;

	/** A dossier of award 1.1 in the edition, submitted and (when asked) marked eligible. */
	long dossier(String edition, boolean eligible) throws Exception {
		CurrentUser applicant = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(applicant, edition, "1.1");
		dossiers.submit(applicant, n);
		if (eligible) {
			screening.markEligible(n.getId(), data.version(n.getId()), data.user(Role.SECRETARIAT).id());
		}
		return n.getId();
	}

	String add(long roundId) {
		return "/secretariat/jury/rounds/" + roundId + "/late-dossiers";
	}

	String flashError(MvcResult r) {
		return ((Flash.Message) r.getFlashMap().get("flashError")).key();
	}

	@Test
	void theSecretariatAddsALateDossierWhichIsThenReadyForAssignment() throws Exception {
		Setup s = fixture.openRound(1, 2, 1);
		long late = dossier(s.edition(), true);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		mvc.perform(get(desk).with(as(secretary)).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Hồ sơ đủ điều kiện sau khi vòng chấm mở")))
			.andExpect(content().string(containsString("id=\"late-" + late + "\"")))
			.andExpect(content().string(not(containsString("id=\"dossier-" + late + "\""))));

		MvcResult r = mvc.perform(post(add(s.roundId())).with(as(secretary)).with(csrf())
				.param("nominationId", String.valueOf(late)))
			.andExpect(redirectedUrl(desk + "#dossier-" + late)).andReturn();
		assertThat(((Flash.Message) r.getFlashMap().get("flashSuccess")).key()).isEqualTo("jury.late.added");
		assertThat(jdbc.sql("select count(*) from jury_round_entry where round_id = ? and nomination_id = ?")
			.params(s.roundId(), late).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select jury_locked_at is not null from nomination where id = ?").param(late)
			.query(Boolean.class).single()).isTrue();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.round.addDossier' and target_id = ?")
			.param(String.valueOf(s.roundId())).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get(desk).with(as(secretary)).param("lang", "en").flashAttrs(r.getFlashMap()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is added to the round and ready for assignment")))
			.andExpect(content().string(containsString("id=\"dossier-" + late + "\"")))
			.andExpect(content().string(not(containsString("id=\"late-" + late + "\""))));

		// ready for assignment: automatic assignment gives it its juror
		mvc.perform(post(desk + "/assign").with(as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fixture.jurorsOf(s.roundId(), late)).hasSize(1);

		// a second click is refused clearly
		r = mvc.perform(post(add(s.roundId())).with(as(secretary)).with(csrf()).param("nominationId", String.valueOf(late)))
			.andExpect(redirectedUrl(desk + "#late-dossiers")).andReturn();
		assertThat(flashError(r)).isEqualTo("jury.late.already");
	}

	@Test
	void aDossierOfAnotherEditionOrNotEligibleIsRefusedWithAMessageInBothLanguages() throws Exception {
		Setup s = fixture.openRound(1, 1, 1);
		long submittedOnly = dossier(s.edition(), false);
		long otherEdition = dossier(data.openEdition(10), true);
		CurrentUser admin = data.user(Role.ADMIN);
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		mvc.perform(get(desk).with(as(admin))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"late-" + submittedOnly + "\""))))
			.andExpect(content().string(not(containsString("id=\"late-" + otherEdition + "\""))));
		for (long id : new long[] { submittedOnly, otherEdition }) {
			MvcResult r = mvc.perform(post(add(s.roundId())).with(as(admin)).with(csrf())
					.param("nominationId", String.valueOf(id)))
				.andExpect(redirectedUrl(desk + "#late-dossiers")).andReturn();
			assertThat(flashError(r)).isEqualTo("jury.round.notEligible");
			mvc.perform(get(desk).with(as(admin)).param("lang", "vi").flashAttrs(r.getFlashMap()))
				.andExpect(content().string(containsString("Chỉ có thể thêm hồ sơ thuộc kỳ chương trình này")));
			mvc.perform(get(desk).with(as(admin)).param("lang", "en").flashAttrs(r.getFlashMap()))
				.andExpect(content().string(containsString("Only a dossier of this edition with the status the round takes in")));
			assertThat(jdbc.sql("select count(*) from jury_round_entry where nomination_id = ?").param(id)
				.query(Integer.class).single()).isZero();
		}
		MvcResult r = mvc.perform(post(add(s.roundId())).with(as(admin)).with(csrf()))
			.andExpect(redirectedUrl(desk + "#late-dossiers")).andReturn();
		assertThat(flashError(r)).isEqualTo("jury.late.choose");
	}

	@Test
	void draftAndClosedRoundsRefuseAndListNothing() throws Exception {
		Setup draft = fixture.draftRound(1, 1, 1);
		long eligible = draft.dossiers().get(0);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		mvc.perform(get("/secretariat/jury/rounds/" + draft.roundId()).with(as(secretary))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"late-dossiers\""))));
		MvcResult r = mvc.perform(post(add(draft.roundId())).with(as(secretary)).with(csrf())
				.param("nominationId", String.valueOf(eligible))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(flashError(r)).isEqualTo("jury.round.notOpen");

		fixture.open(draft);
		long late = dossier(draft.edition(), true);
		rounds.close(draft.roundId(), rounds.get(draft.roundId()).getVersion(), draft.admin().id());
		r = mvc.perform(post(add(draft.roundId())).with(as(secretary)).with(csrf())
				.param("nominationId", String.valueOf(late))).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(flashError(r)).isEqualTo("jury.round.notOpen");
		assertThat(jdbc.sql("select count(*) from jury_round_entry where nomination_id = ?").param(late)
			.query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select jury_locked_at is null from nomination where id = ?").param(late)
			.query(Boolean.class).single()).isTrue();
	}

	@Test
	void onlyTheSecretariatAndTheCommitteeMayAdd() throws Exception {
		Setup s = fixture.openRound(1, 1, 1);
		long late = dossier(s.edition(), true);
		for (CurrentUser user : new CurrentUser[] { s.jurors().get(0), data.user(Role.APPLICANT) }) {
			mvc.perform(post(add(s.roundId())).with(as(user)).with(csrf()).param("nominationId", String.valueOf(late)))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post(add(s.roundId())).with(csrf()).param("nominationId", String.valueOf(late)))
			.andExpect(redirectedUrl("/login"));
		assertThat(jdbc.sql("select count(*) from jury_round_entry where nomination_id = ?").param(late)
			.query(Integer.class).single()).isZero();
		mvc.perform(post(add(s.roundId())).with(as(s.admin())).with(csrf()).param("nominationId", String.valueOf(late)))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select count(*) from jury_round_entry where nomination_id = ?").param(late)
			.query(Integer.class).single()).isEqualTo(1);
	}

}
