package vn.i4impact.portal.nomination.internal;

import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.files.FileStorage;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@PortalTest
class NominationServiceTest {

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	@Autowired
	ProgramCatalog program;

	@Autowired
	TestData data;

	@Autowired
	DossierLifecycle lifecycle;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	/** A valid answer for every required question that is not a file. */
	/** One valid answer per required question, shared with the other dossier tests. */
	Map<Long, String> completeAnswers(long awardId) {
		return dossiers.completeAnswers(awardId);
	}

	long fileQuestion(long awardId) {
		return dossiers.fileQuestion(awardId);
	}

	Nomination selfNomination(CurrentUser me, String edition, String award) {
		return service.start(me, data.awardId(edition, award), NominationKind.SELF, service.selfNominee(me));
	}

	@Test
	void aUnitFillsAttachesAndSubmitsItsDossier() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = selfNomination(me, edition, "1.3");
		assertThat(n.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(n.getConsentStatus()).isEqualTo(ConsentStatus.NOT_NEEDED);
		assertThat(service.problems(n)).isNotEmpty();
		assertThatThrownBy(() -> service.submit(me.id(), n.getId(), n.getVersion()))
			.isInstanceOfSatisfying(Nomination.NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.incomplete"));

		long version = service.saveDraft(me.id(), n.getId(), n.getVersion(), "Cổng dịch vụ công", completeAnswers(n.getAwardId()));
		byte[] pdf = TestData.pdf(50_000);
		var file = dossierFiles.attach(me.id(), n.getId(), fileQuestion(n.getAwardId()), new ByteArrayInputStream(pdf), "Hồ sơ dự thi.pdf");
		assertThat(file.getSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
		assertThat(file.getDisplayName()).isEqualTo("Hồ sơ dự thi.pdf");
		assertThat(service.problems(service.get(me.id(), n.getId()))).isEmpty();

		String code = service.submit(me.id(), n.getId(), version);
		assertThat(code).isEqualTo("I4IA-2027-1.3-0001");
		Nomination submitted = service.get(me.id(), n.getId());
		assertThat(submitted.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(service.history(n.getId())).extracting(NominationHistory::getToStatus)
			.containsExactly(NominationStatus.DRAFT, NominationStatus.SUBMITTED);
		// read-only once submitted
		assertThatThrownBy(() -> service.saveDraft(me.id(), n.getId(), submitted.getVersion(), "x", Map.of()))
			.isInstanceOf(Nomination.NotAllowedException.class);

		// reopened, it returns to draft and keeps its reference code when submitted again
		service.reopen(me.id(), n.getId());
		var reopened = service.get(me.id(), n.getId());
		assertThat(reopened.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(service.submit(me.id(), n.getId(), reopened.getVersion())).isEqualTo("I4IA-2027-1.3-0001");
		// the next dossier of the award gets the next number
		CurrentUser other = data.user(Role.APPLICANT);
		Nomination second = selfNomination(other, edition, "1.3");
		long v2 = service.saveDraft(other.id(), second.getId(), second.getVersion(), null, completeAnswers(second.getAwardId()));
		dossierFiles.attach(other.id(), second.getId(), fileQuestion(second.getAwardId()), new ByteArrayInputStream(pdf), "a.pdf");
		assertThat(service.submit(other.id(), second.getId(), v2)).isEqualTo("I4IA-2027-1.3-0002");
	}

	@Test
	void draftsKeepWhatWasTypedAndListWhatMustBeFixed() {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = selfNomination(me, edition, "2.2");
		Question number = program.questions(n.getAwardId()).stream().filter(q -> q.kind().hasUnit()).findFirst().orElseThrow();
		Question text = program.questions(n.getAwardId()).stream().filter(q -> q.kind().name().equals("LONG_TEXT")).findFirst().orElseThrow();
		service.saveDraft(me.id(), n.getId(), n.getVersion(), null, Map.of(number.id(), "khoảng 500 tấn", text.id(), "<script>x</script>"));
		Nomination saved = service.get(me.id(), n.getId());
		assertThat(saved.answer(number.id())).isEqualTo("khoảng 500 tấn");
		assertThat(service.problems(saved)).containsEntry(text.id(), "answer.markup")
			.containsEntry(number.id(), number.kind().name().equals("INTEGER") ? "answer.integer" : "answer.decimal");
	}

	@Test
	void aSecondSaveFromAnOlderFormIsRefused() {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = selfNomination(me, edition, "1.1");
		service.saveDraft(me.id(), n.getId(), n.getVersion(), "Tab 1", Map.of());
		assertThatThrownBy(() -> service.saveDraft(me.id(), n.getId(), n.getVersion(), "Tab 2", Map.of()))
			.isInstanceOf(NominationService.StaleException.class);
		assertThat(service.get(me.id(), n.getId()).getTitle()).isEqualTo("Tab 1");
	}

	@Test
	void theDeadlineIsCheckedOnTheServerAndAnExtensionIsHonoured() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = selfNomination(me, edition, "1.3");
		long version = service.saveDraft(me.id(), n.getId(), n.getVersion(), null, completeAnswers(n.getAwardId()));
		dossierFiles.attach(me.id(), n.getId(), fileQuestion(n.getAwardId()), new ByteArrayInputStream(TestData.pdf(2000)), "a.pdf");
		data.closeWindow(edition);
		assertThatThrownBy(() -> service.submit(me.id(), n.getId(), version))
			.isInstanceOfSatisfying(Nomination.NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.deadlinePassed"));
		// the secretariat extends this dossier's deadline through the lifecycle, not behind its back
		lifecycle.extend(n.getId(), Instant.now().plus(Duration.ofDays(2)), data.user(Role.SECRETARIAT).id());
		assertThat(service.submit(me.id(), n.getId(), service.get(me.id(), n.getId()).getVersion())).startsWith("I4IA-2027-1.3-");
	}

	@Test
	void awardsOnlyTakeTheirKindsOfNomineeAndTheSameNomineeOnce() {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT); // an enterprise
		assertThatThrownBy(() -> selfNomination(me, edition, "4.1"))
			.isInstanceOfSatisfying(Nomination.NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.nomineeType"));
		var person = new Nomination.Nominee(UnitType.INDIVIDUAL, "Nguyễn Văn Tùng", "Chủ tịch", "UBND thành phố", "tung@example.vn", null);
		Nomination first = service.start(me, data.awardId(edition, "4.2"), NominationKind.OTHER, person);
		assertThat(first.getConsentStatus()).isEqualTo(ConsentStatus.PENDING);
		var same = new Nomination.Nominee(UnitType.INDIVIDUAL, "nguyen  van TUNG", null, null, null, null);
		assertThatThrownBy(() -> service.start(me, data.awardId(edition, "4.2"), NominationKind.OTHER, same))
			.isInstanceOfSatisfying(NominationService.DuplicateException.class, e -> assertThat(e.existingId()).isEqualTo(first.getId()));
		// once withdrawn, the nominee may be nominated again
		service.withdraw(me.id(), first.getId());
		assertThat(service.start(me, data.awardId(edition, "4.2"), NominationKind.OTHER, same).getId()).isNotEqualTo(first.getId());
	}

	@Test
	void nothingOpensAfterTheWindowCloses() {
		String edition = data.openEdition(30);
		data.closeWindow(edition);
		CurrentUser me = data.user(Role.APPLICANT);
		assertThatThrownBy(() -> selfNomination(me, edition, "1.3"))
			.isInstanceOfSatisfying(Nomination.NotAllowedException.class, e -> assertThat(e.messageKey()).isEqualTo("nomination.error.windowClosed"));
	}

	@Test
	void anotherUnitsDossierAndFilesDoNotExistForYou() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser owner = data.user(Role.APPLICANT);
		CurrentUser stranger = data.user(Role.APPLICANT);
		Nomination n = selfNomination(owner, edition, "1.3");
		var file = dossierFiles.attach(owner.id(), n.getId(), fileQuestion(n.getAwardId()), new ByteArrayInputStream(TestData.pdf(2000)), "a.pdf");
		assertThatThrownBy(() -> service.get(stranger.id(), n.getId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> service.saveDraft(stranger.id(), n.getId(), 0, "x", Map.of())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> dossierFiles.attachment(stranger.id(), n.getId(), file.getId())).isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> service.withdraw(stranger.id(), n.getId())).isInstanceOf(NotFoundException.class);
		assertThat(service.mine(stranger.id())).isEmpty();
	}

	@Test
	void filesAreCheckedByContentAndSize() {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = selfNomination(me, edition, "1.3");
		long q = fileQuestion(n.getAwardId());
		byte[] exe = new byte[] { 'M', 'Z', 0, 0, 1, 2, 3, 4 };
		assertThatThrownBy(() -> dossierFiles.attach(me.id(), n.getId(), q, new ByteArrayInputStream(exe), "ho-so.pdf"))
			.isInstanceOfSatisfying(FileStorage.RefusedException.class, e -> assertThat(e.reason()).isEqualTo(FileStorage.RefusedException.Reason.TYPE_NOT_ALLOWED));
		byte[] big = TestData.pdf((int) dossierFiles.maxFileBytes() + 10);
		assertThatThrownBy(() -> dossierFiles.attach(me.id(), n.getId(), q, new ByteArrayInputStream(big), "big.pdf"))
			.isInstanceOfSatisfying(FileStorage.RefusedException.class, e -> assertThat(e.reason()).isEqualTo(FileStorage.RefusedException.Reason.TOO_LARGE));
		assertThat(dossierFiles.attachments(n.getId())).isEmpty();
	}

}
