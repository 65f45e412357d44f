package vn.i4impact.portal.nomination;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The jury's lock and steps through the public face later modules use, and what a juror may read of a dossier. */
@PortalTest
class DossierLifecycleTest {

	@Autowired
	DossierLifecycle lifecycle;

	@Autowired
	DossierContent content;

	@Autowired
	Screening screening;

	@Autowired
	NominationService service;

	@Autowired
	Dossiers dossiers;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	private record Eligible(CurrentUser unit, CurrentUser secretary, Nomination nomination, String reference) {
	}

	private Eligible eligible(String edition) throws Exception {
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String reference = dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		screening.markEligible(n.getId(), data.version(n.getId()), secretary.id());
		return new Eligible(unit, secretary, n, reference);
	}

	private NominationStatus statusOf(long id) {
		return NominationStatus.valueOf(
				jdbc.sql("select status from nomination where id = ?").param(id).query(String.class).single());
	}

	private boolean locked(long id) {
		return jdbc.sql("select jury_locked_at is not null from nomination where id = ?").param(id)
			.query(Boolean.class).single();
	}

	@Test
	void aLockedDossierCannotBeWithdrawnByTheUnitNorSentBackOrPulledAwayByTheSecretariat() throws Exception {
		String edition = data.openEdition(30);
		Eligible e = eligible(edition);
		long id = e.nomination().getId();
		CurrentUser admin = data.user(Role.ADMIN);
		lifecycle.lockForJury(id, admin.id());
		lifecycle.lockForJury(id, admin.id()); // idempotent
		assertThat(locked(id)).isTrue();
		assertThat(statusOf(id)).as("the unit still reads 'under review'").isEqualTo(NominationStatus.ELIGIBLE);

		assertThatThrownBy(() -> service.withdraw(e.unit().id(), id)).isInstanceOf(DomainException.class)
			.extracting(x -> ((DomainException) x).messageKey()).isEqualTo("nomination.error.juryLocked");
		assertThatThrownBy(() -> screening.requestChanges(id, data.version(id), "Bổ sung giấy phép",
				Instant.now().plus(5, ChronoUnit.DAYS), e.secretary().id()))
			.isInstanceOf(DomainException.class)
			.extracting(x -> ((DomainException) x).messageKey()).isEqualTo("nomination.error.juryLocked");
		assertThatThrownBy(() -> screening.declareIneligible(id, data.version(id), IneligibleReason.OTHER, "x",
				e.secretary().id())).isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> screening.moveToAward(id, data.version(id), data.awardId(edition, "2.1"), null,
				e.secretary().id())).isInstanceOf(DomainException.class);

		// through the screens: the unit's withdraw is refused and the secretary's request for changes too
		mvc.perform(post("/my/nominations/" + id + "/withdraw").with(as(e.unit())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/secretariat/nominations/" + id + "/changes").with(as(e.secretary())).with(csrf())
			.param("version", String.valueOf(data.version(id))).param("message", "Bổ sung giấy phép")
			.param("due", Instant.now().plus(5, ChronoUnit.DAYS).atZone(PortalTime.ZONE)
				.toLocalDate().toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(statusOf(id)).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(locked(id)).isTrue();

		String unitPage = HtmlUtils.htmlUnescape(mvc.perform(get("/my/nominations/" + id).with(as(e.unit())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(unitPage).as("the lock is not the unit's business").doesNotContain("Hội đồng chuyên môn:")
			.doesNotContain("Đã chuyển Hội đồng chuyên môn");
		String secretariatPage = HtmlUtils.htmlUnescape(mvc.perform(get("/secretariat/nominations/" + id)
			.with(as(e.secretary()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(secretariatPage).contains("Đã chuyển Hội đồng chuyên môn");

		// the committee reopens the matter with a reason; then the secretariat may act again
		assertThatThrownBy(() -> lifecycle.unlockForJury(id, "  ", admin.id())).isInstanceOf(DomainException.class);
		lifecycle.unlockForJury(id, "Phát hiện trùng hồ sơ", admin.id());
		assertThat(locked(id)).isFalse();
		assertThat(jdbc.sql("select count(*) from nomination_status_history where nomination_id = ? and note like ?")
			.params(id, "%Phát hiện trùng hồ sơ").query(Long.class).single()).isEqualTo(1);
		screening.requestChanges(id, data.version(id), "Bổ sung giấy phép", Instant.now().plus(5, ChronoUnit.DAYS),
				e.secretary().id());
		assertThat(statusOf(id)).isEqualTo(NominationStatus.CHANGES_REQUESTED);
	}

	@Test
	void onlyAnEligibleDossierIsLockedAndTheJuryStepsFollowTheLock() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		CurrentUser admin = data.user(Role.ADMIN);
		Nomination submitted = dossiers.self(unit, edition, "2.1");
		dossiers.submit(unit, submitted);
		assertThatThrownBy(() -> lifecycle.lockForJury(submitted.getId(), admin.id()))
			.isInstanceOf(DomainException.class);
		assertThat(locked(submitted.getId())).isFalse();

		Eligible e = eligible(edition);
		long id = e.nomination().getId();
		assertThatThrownBy(() -> lifecycle.shortlist(id, true, null, admin.id()))
			.as("not locked yet").isInstanceOf(DomainException.class);
		assertThatThrownBy(() -> lifecycle.honour(id, true, null, admin.id())).isInstanceOf(DomainException.class);
		lifecycle.lockForJury(id, admin.id());
		lifecycle.shortlist(id, true, "Vòng sơ khảo", admin.id());
		assertThat(statusOf(id)).isEqualTo(NominationStatus.SHORTLISTED);
		assertThatThrownBy(() -> lifecycle.shortlist(id, false, null, admin.id())).isInstanceOf(DomainException.class);
		lifecycle.honour(id, false, null, admin.id());
		assertThat(statusOf(id)).isEqualTo(NominationStatus.NOT_HONOURED);
		assertThat(jdbc.sql("select to_status from nomination_status_history where nomination_id = ? order by id")
			.param(id).query(String.class).list()).endsWith("ELIGIBLE", "SHORTLISTED", "NOT_HONOURED");
	}

	@Test
	void theJuryReadsAnswersAndFilesButNeverMemberEmailsNotesOrDecisions() throws Exception {
		String edition = data.openEdition(30);
		Eligible e = eligible(edition);
		long id = e.nomination().getId();
		jdbc.sql("insert into review_note (nomination_id, author_id, body, created_at) values (?, ?, ?, now())")
			.params(id, e.secretary().id(), "Ghi chú nội bộ bí mật").update();

		DossierContent.JuryDossier d = content.forJury(id);
		assertThat(d.referenceCode()).isEqualTo(e.reference());
		assertThat(d.status()).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(d.answers()).anyMatch(a -> Dossiers.ANSWER.equals(a.value()));
		assertThat(d.files()).singleElement().satisfies(f -> assertThat(f.name()).endsWith(".pdf"));
		assertThat(content.file(id, d.files().get(0).id()).sha256()).isEqualTo(d.files().get(0).sha256());
		try (var in = content.open(id, d.files().get(0).id())) {
			assertThat(in.readAllBytes()).hasSize((int) d.files().get(0).size());
		}
		String all = d.toString();
		assertThat(all).doesNotContain(e.unit().email()).doesNotContain("Ghi chú nội bộ")
			.doesNotContain("ELIGIBLE, actor");
		List<String> components = Arrays.stream(DossierContent.JuryDossier.class.getRecordComponents())
			.map(c -> c.getName().toLowerCase()).toList();
		assertThat(components).noneMatch(c -> c.contains("email") || c.contains("note") || c.contains("decision")
				|| c.contains("history") || c.contains("member"));
		assertThat(Arrays.stream(DossierContent.PublicNominee.class.getRecordComponents()).map(c -> c.getName()))
			.doesNotContain("email", "phone");
		assertThat(Arrays.stream(DossierContent.PublicUnit.class.getRecordComponents()).map(c -> c.getName()))
			.noneMatch(c -> c.toLowerCase().contains("contact") || c.toLowerCase().contains("email"));

		DossierContent.Candidate c = content.candidates(List.of(id)).get(0);
		assertThat(c.memberUserIds()).containsExactly(e.unit().id());
		assertThat(c.memberEmailDomains()).containsExactly(e.unit().email().substring(e.unit().email().indexOf('@') + 1));
		assertThat(c.createdBy()).isEqualTo(e.unit().id());
		assertThat(c.juryLocked()).isFalse();
		assertThat(content.candidates(data.editionId(edition), EnumSet.of(NominationStatus.ELIGIBLE)))
			.extracting(DossierContent.Candidate::id).containsExactly(id);
		assertThat(content.candidates(data.editionId(edition), Set.of())).isEmpty();
	}

	@Test
	void aDraftOrAnotherDossiersFileIsNotFoundForTheJury() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination draft = dossiers.self(unit, edition, "1.3");
		assertThatThrownBy(() -> content.forJury(draft.getId()))
			.isInstanceOf(NotFoundException.class);
		Eligible e = eligible(edition);
		long fileId = content.forJury(e.nomination().getId()).files().get(0).id();
		Eligible other = eligible(edition);
		assertThatThrownBy(() -> content.file(other.nomination().getId(), fileId))
			.isInstanceOf(NotFoundException.class);
	}

}
