package vn.i4impact.portal.nomination.web;

import java.io.ByteArrayInputStream;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The applicant's dossier screens as real users of each role, including those who must be refused. */
@PortalTest
class NominationWebTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	@Autowired
	ProgramCatalog program;

	/** One valid answer per required question, shared with the other dossier tests. */
	Map<Long, String> completeAnswers(long awardId) {
		return dossiers.completeAnswers(awardId);
	}

	long fileQuestion(long awardId) {
		return dossiers.fileQuestion(awardId);
	}

	long textQuestion(long awardId) {
		return program.questions(awardId).stream().filter(q -> q.kind().name().equals("LONG_TEXT")).findFirst().orElseThrow().id();
	}

	Nomination start(CurrentUser me, String edition) {
		return service.start(me, data.awardId(edition, "1.3"), NominationKind.SELF, service.selfNominee(me));
	}

	static String html(MvcResult r) throws Exception {
		return HtmlUtils.htmlUnescape(r.getResponse().getContentAsString());
	}

	static String flashError(MvcResult r) {
		Flash.Message m = (Flash.Message) r.getFlashMap().get("flashError");
		return m == null ? null : m.key();
	}

	@Test
	void anotherUnitsDossierAndItsFilesAreNotFoundForEveryAction() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser owner = data.user(Role.APPLICANT);
		CurrentUser intruder = data.user(Role.APPLICANT);
		Nomination n = start(owner, edition);
		var file = dossierFiles.attach(owner.id(), n.getId(), fileQuestion(n.getAwardId()),
				new ByteArrayInputStream(TestData.pdf(2000)), "Hồ sơ.pdf");
		String base = "/my/nominations/" + n.getId();
		var as = Auth.as(intruder);
		mvc.perform(get(base).with(as)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/withdraw").with(as)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/submitted").with(as)).andExpect(status().isNotFound());
		mvc.perform(get(base + "/files/" + file.getId()).with(as)).andExpect(status().isNotFound());
		mvc.perform(post(base).with(as).with(csrf()).param("version", "0").param("title", "Chiếm"))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/autosave").with(as).with(csrf()).param("version", "0").param("title", "Chiếm"))
			.andExpect(status().isNotFound());
		mvc.perform(post(base + "/submit").with(as).with(csrf()).param("version", "0").param("declaration", "true")
			.param("consent", "true")).andExpect(status().isNotFound());
		mvc.perform(post(base + "/withdraw").with(as).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/reopen").with(as).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/files/" + file.getId() + "/delete").with(as).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "x.pdf", "application/pdf", TestData.pdf(1000)))
			.param("questionId", String.valueOf(fileQuestion(n.getAwardId()))).with(as).with(csrf()))
			.andExpect(status().isNotFound());
		// the intruder's own list does not show it either
		assertThat(html(mvc.perform(get("/my/nominations").with(as)).andReturn())).doesNotContain(base);

		Nomination after = service.get(owner.id(), n.getId());
		assertThat(after.getTitle()).isNull();
		assertThat(after.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(dossierFiles.attachments(n.getId())).hasSize(1);
	}

	@Test
	void staffAreForbiddenAndAnonymousUsersGoToLogin() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser owner = data.user(Role.APPLICANT);
		Nomination n = start(owner, edition);
		String[] paths = { "/my/nominations", "/my/nominations/new", "/my/nominations/" + n.getId(),
				"/my/nominations/" + n.getId() + "/withdraw" };
		for (Role role : new Role[] { Role.SECRETARIAT, Role.JUROR, Role.ADMIN }) {
			var as = Auth.as(data.user(role));
			for (String p : paths) {
				mvc.perform(get(p).with(as)).andExpect(status().isForbidden());
			}
			mvc.perform(post("/my/nominations/" + n.getId() + "/submit").with(as).with(csrf()).param("version", "0"))
				.andExpect(status().isForbidden());
		}
		for (String p : paths) {
			mvc.perform(get(p)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(post("/my/nominations/new").with(csrf())).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aUnitStartsFillsAutosavesAndSubmitsItsDossier() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		var as = Auth.as(me);
		long award = data.awardId(edition, "1.3");
		String page = html(mvc.perform(get("/my/nominations/new").param("award", String.valueOf(award)).with(as)).andReturn());
		assertThat(page).contains("id=\"kind-self\"").contains("Dịch vụ số xuất sắc");
		MvcResult started = mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "SELF")).andExpect(status().is3xxRedirection()).andReturn();
		String base = started.getResponse().getRedirectedUrl();
		long id = Long.parseLong(base.substring(base.lastIndexOf('/') + 1));
		Nomination n = service.get(me.id(), id);

		// a second self-nomination for the same award points to the first
		String dup = html(mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "SELF")).andExpect(status().isOk()).andReturn());
		assertThat(dup).contains("id=\"duplicate\"").contains(base);

		// the form lists what is missing; an autosave stores the text and hands back the next version
		String form = html(mvc.perform(get(base).with(as)).andReturn());
		assertThat(form).contains("id=\"completeness\"").contains("name=\"version\"")
			.contains("data-hx-post=\"" + base + "/autosave\"");
		long text = textQuestion(n.getAwardId());
		String saved = html(mvc.perform(post(base + "/autosave").with(as).with(csrf()).param("version", String.valueOf(n.getVersion()))
			.param("q" + text, "Bản nháp tự lưu của Hải Phòng")).andExpect(status().isOk()).andReturn());
		long v1 = service.get(me.id(), id).getVersion();
		assertThat(saved).contains("Đã lưu lúc").contains("data-hx-swap-oob=\"true\"").contains("value=\"" + v1 + "\"");
		assertThat(service.get(me.id(), id).answer(text)).isEqualTo("Bản nháp tự lưu của Hải Phòng");

		// a plain save of everything; the dossier file; then submit without the two ticks is refused
		var save = post(base).with(as).with(csrf()).param("version", String.valueOf(v1)).param("title", "Cổng dịch vụ công");
		Map<Long, String> all = completeAnswers(n.getAwardId());
		all.put(text, "Bản nháp tự lưu của Hải Phòng");
		all.forEach((q, v) -> save.param("q" + q, v));
		mvc.perform(save).andExpect(redirectedUrl(base));
		dossierFiles.attach(me.id(), id, fileQuestion(n.getAwardId()), new ByteArrayInputStream(TestData.pdf(3000)), "Hồ sơ.pdf");
		long v2 = service.get(me.id(), id).getVersion();
		MvcResult unticked = mvc.perform(post(base + "/submit").with(as).with(csrf()).param("version", String.valueOf(v2)))
			.andExpect(status().is3xxRedirection()).andReturn();
		assertThat(flashError(unticked)).isEqualTo("myNominations.submit.confirmRequired");
		assertThat(service.get(me.id(), id).getStatus()).isEqualTo(NominationStatus.DRAFT);

		long v3 = service.get(me.id(), id).getVersion();
		mvc.perform(post(base + "/submit").with(as).with(csrf()).param("version", String.valueOf(v3))
			.param("declaration", "true").param("consent", "true")).andExpect(redirectedUrl(base + "/submitted"));
		Nomination submitted = service.get(me.id(), id);
		assertThat(submitted.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(submitted.getReferenceCode()).isEqualTo("I4IA-2027-1.3-0001");
		assertThat(html(mvc.perform(get(base + "/submitted").with(as)).andReturn())).contains("I4IA-2027-1.3-0001");

		// read-only now: the detail page, with history in words
		String detail = html(mvc.perform(get(base).with(as)).andReturn());
		assertThat(detail).contains("I4IA-2027-1.3-0001").contains("Bản nháp tự lưu của Hải Phòng").contains("Hồ sơ.pdf")
			.contains("Đã nộp").doesNotContain("id=\"dossier-form\"").contains("id=\"reopen\"");
		String list = html(mvc.perform(get("/my/nominations").with(as)).andReturn());
		assertThat(list).contains("1.3").contains("Chờ Ban Thư ký kiểm tra").contains(base);
		String en = html(mvc.perform(get("/my/nominations").param("lang", "en").with(as)).andReturn());
		assertThat(en).contains("Waiting for the secretariat");

		// withdraw, after a confirmation page
		assertThat(html(mvc.perform(get(base + "/withdraw").with(as)).andReturn())).contains("id=\"confirm-withdraw\"");
		mvc.perform(post(base + "/withdraw").with(as).with(csrf())).andExpect(redirectedUrl(base));
		assertThat(service.get(me.id(), id).getStatus()).isEqualTo(NominationStatus.WITHDRAWN);
	}

	@Test
	void aSubmitAfterTheDeadlineIsRefusedAndChangesNothing() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = start(me, edition);
		long v = service.saveDraft(me.id(), n.getId(), n.getVersion(), "Đúng hạn", completeAnswers(n.getAwardId()));
		dossierFiles.attach(me.id(), n.getId(), fileQuestion(n.getAwardId()), new ByteArrayInputStream(TestData.pdf(3000)), "a.pdf");
		String base = "/my/nominations/" + n.getId();
		var as = Auth.as(me);
		mvc.perform(get(base).with(as)).andExpect(status().isOk());
		data.closeWindow(edition);
		MvcResult late = mvc.perform(post(base + "/submit").with(as).with(csrf()).param("version", String.valueOf(v))
			.param("title", "Nộp muộn").param("declaration", "true").param("consent", "true"))
			.andExpect(redirectedUrl(base)).andReturn();
		assertThat(flashError(late)).isEqualTo("nomination.error.deadlinePassed");
		Nomination after = service.get(me.id(), n.getId());
		assertThat(after.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(after.getReferenceCode()).isNull();
		assertThat(after.getTitle()).isEqualTo("Đúng hạn");
		String shown = html(mvc.perform(get(base).with(as).flashAttr("flashError", late.getFlashMap().get("flashError"))).andReturn());
		assertThat(shown).contains("Đã hết hạn nộp hồ sơ").doesNotContain("id=\"dossier-form\"");
	}

	@Test
	void aSaveFromAnOldVersionShowsTheConflictAndKeepsBothTexts() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = start(me, edition);
		long text = textQuestion(n.getAwardId());
		long opened = n.getVersion();
		// a colleague saves first
		service.saveDraft(me.id(), n.getId(), opened, null, Map.of(text, "Bản của đồng nghiệp ở Đà Nẵng"));
		String base = "/my/nominations/" + n.getId();
		String page = html(mvc.perform(post(base).with(Auth.as(me)).with(csrf()).param("version", String.valueOf(opened))
			.param("q" + text, "Bản của tôi ở Hải Phòng")).andExpect(status().isConflict()).andReturn());
		assertThat(page).contains("id=\"conflict\"").contains("Bản của tôi ở Hải Phòng")
			.contains("Bản của đồng nghiệp ở Đà Nẵng");
		Nomination stored = service.get(me.id(), n.getId());
		assertThat(stored.answer(text)).isEqualTo("Bản của đồng nghiệp ở Đà Nẵng");
		// the form now carries the current version: saving again is a deliberate overwrite
		assertThat(page).contains("name=\"version\" id=\"version\" value=\"" + stored.getVersion() + "\"");
		// an autosave from the old version says so and changes nothing
		String auto = html(mvc.perform(post(base + "/autosave").with(Auth.as(me)).with(csrf()).param("version", String.valueOf(opened))
			.param("q" + text, "x")).andReturn());
		assertThat(auto).contains("Chưa lưu").doesNotContain("data-hx-swap-oob");
		assertThat(service.get(me.id(), n.getId()).answer(text)).isEqualTo("Bản của đồng nghiệp ở Đà Nẵng");
	}

	@Test
	void uploadsAreCheckedAndDownloadsAreSafe() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = start(me, edition);
		String base = "/my/nominations/" + n.getId();
		String q = String.valueOf(fileQuestion(n.getAwardId()));
		var as = Auth.as(me);

		byte[] exe = new byte[4096];
		exe[0] = 'M';
		exe[1] = 'Z';
		MvcResult spoofed = mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "ho-so.pdf", "application/pdf", exe))
			.param("questionId", q).with(as).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(flashError(spoofed)).isEqualTo("myNominations.file.TYPE_NOT_ALLOWED");

		MvcResult big = mvc.perform(multipart(base + "/files")
			.file(new MockMultipartFile("file", "lon.pdf", "application/pdf", TestData.pdf(20 * 1024 * 1024 + 10)))
			.param("questionId", q).with(as).with(csrf())).andExpect(status().is3xxRedirection()).andReturn();
		assertThat(flashError(big)).isEqualTo("myNominations.file.TOO_LARGE");
		assertThat(dossierFiles.attachments(n.getId())).isEmpty();
		String shown = html(mvc.perform(get(base).with(as).flashAttr("flashError", big.getFlashMap().get("flashError"))).andReturn());
		assertThat(shown).contains("tối đa 20 MB mỗi tệp và 100 MB");

		mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "../../etc/passwd.pdf", "application/pdf", TestData.pdf(1500)))
			.param("questionId", q).with(as).with(csrf())).andExpect(redirectedUrl(base + "#q" + q));
		assertThat(dossierFiles.attachments(n.getId())).singleElement().satisfies(a -> assertThat(a.getDisplayName())
			.doesNotContain("/").doesNotContain("..").endsWith(".pdf"));

		byte[] pdf = TestData.pdf(5000);
		mvc.perform(multipart(base + "/files").file(new MockMultipartFile("file", "Hồ sơ dự thi.pdf", "application/octet-stream", pdf))
			.param("questionId", q).with(as).with(csrf())).andExpect(status().is3xxRedirection());
		var stored = dossierFiles.attachments(n.getId()).stream().filter(a -> a.getDisplayName().equals("Hồ sơ dự thi.pdf")).findFirst().orElseThrow();
		assertThat(html(mvc.perform(get(base).with(as)).andReturn())).contains("Hồ sơ dự thi.pdf")
			.contains(base + "/files/" + stored.getId());
		MvcResult download = mvc.perform(get(base + "/files/" + stored.getId()).with(as)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff")).andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition"))
			.contains("filename*=UTF-8''H%E1%BB%93%20s%C6%A1%20d%E1%BB%B1%20thi.pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);

		// removing a file
		mvc.perform(post(base + "/files/" + stored.getId() + "/delete").with(as).with(csrf())).andExpect(redirectedUrl(base));
		assertThat(dossierFiles.attachments(n.getId())).hasSize(1);
	}

	@Test
	void nominatingAPersonAsksForThePersonsDetailsInTheUsersLanguage() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		long award = data.awardId(edition, "4.2");
		var as = Auth.as(me);
		MockHttpServletRequestBuilder empty = post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "OTHER").param("nomineeType", "INDIVIDUAL").param("nomineeName", "<b>Trần Thị Bình</b>")
			.param("email", "khong-phai-email");
		String vi = html(mvc.perform(empty).andExpect(status().isOk()).andReturn());
		assertThat(vi).contains("id=\"error-summary\"").contains("aria-invalid=\"true\"").contains("<b>Trần Thị Bình</b>")
			.contains("position-error").contains("organisation-error");
		MvcResult ok = mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "OTHER").param("nomineeType", "INDIVIDUAL").param("nomineeName", "Trần Thị Bình")
			.param("position", "Giám đốc Sở").param("organisation", "Sở KH&CN Hải Phòng")
			.param("email", TestData.uniqueEmail("nominee")).param("phone", "0912 345 678"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String url = ok.getResponse().getRedirectedUrl();
		Nomination n = service.get(me.id(), Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
		assertThat(n.getNomineeName()).isEqualTo("Trần Thị Bình");
		assertThat(n.getNomineePosition()).isEqualTo("Giám đốc Sở");
		assertThat(n.getKind()).isEqualTo(NominationKind.OTHER);
	}

	@Test
	void anAwardForUnitsAndPeopleAsksWhichKindOfNominee() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		long award = data.awardId(edition, "5.2");
		var as = Auth.as(me);
		String form = html(mvc.perform(get("/my/nominations/new").param("award", String.valueOf(award)).with(as)).andReturn());
		assertThat(form).contains("id=\"nomineeType\"").contains("value=\"INDIVIDUAL\"").contains("id=\"position\"");
		// a person needs position and organisation
		String person = html(mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "OTHER").param("nomineeType", "INDIVIDUAL").param("nomineeName", "Lê Văn Cường")
			.param("email", TestData.uniqueEmail("p"))).andExpect(status().isOk()).andReturn());
		assertThat(person).contains("position-error");
		// a unit of an accepted kind does not
		MvcResult unit = mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "OTHER").param("nomineeType", "ASSOCIATION").param("nomineeName", "Hội Tin học Hải Phòng")
			.param("email", TestData.uniqueEmail("u"))).andExpect(status().is3xxRedirection()).andReturn();
		String url = unit.getResponse().getRedirectedUrl();
		Nomination n = service.get(me.id(), Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
		assertThat(n.getNomineeType()).isEqualTo(UnitType.ASSOCIATION);
		assertThat(n.getNomineePosition()).isNull();
		// a kind the award does not take is refused on the field
		String wrong = html(mvc.perform(post("/my/nominations/new").with(as).with(csrf()).param("award", String.valueOf(award))
			.param("kind", "OTHER").param("nomineeType", "STATE_BODY").param("nomineeName", "Sở Văn hóa")
			.param("email", TestData.uniqueEmail("w"))).andExpect(status().isOk()).andReturn());
		assertThat(wrong).contains("nomineeType-error").contains("Giải thưởng này không dành cho loại đối tượng được chọn.");
	}

}
