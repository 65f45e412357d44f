package vn.i4impact.portal.shared.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.AnswerRules;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.i4impact.portal.support.Auth.as;

/** Bad input never costs a user their work: no 500, no lost answers, nothing hidden in file names. */
@PortalTest
class BadInputTest {

	/** NUL and the other control characters nobody types; tab, CR and LF are ordinary text. */
	static final String JUNK = "\u0000\u0001\u001b\u007f";

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	ProgramCatalog program;

	@Autowired
	JdbcClient jdbc;

	/** Every field of the request with control characters in the middle of its value. */
	static MockHttpServletRequestBuilder dirty(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		fields.forEach((k, v) -> request.param(k, v.isEmpty() ? v : v.charAt(0) + JUNK + v.substring(1)));
		return request.with(csrf());
	}

	static int status(MvcResult r) {
		return r.getResponse().getStatus();
	}

	long textQuestion(long awardId, int skip) {
		return program.questions(awardId).stream().filter(q -> q.kind().name().equals("LONG_TEXT")).skip(skip)
			.findFirst().orElseThrow().id();
	}

	@Test
	void controlCharactersAreDroppedAndTheRestKept() {
		assertThat(ControlCharacters.strip("A\u0000B\u0008C\u007f")).isEqualTo("ABC");
		assertThat(ControlCharacters.strip("dòng 1\r\n\tdòng 2")).isEqualTo("dòng 1\r\n\tdòng 2");
		assertThat(ControlCharacters.strip(null)).isNull();
	}

	@Test
	void registrationWithControlCharactersInEveryFieldRegisters() throws Exception {
		String email = TestData.uniqueEmail("nul");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("unitName", "Công ty Ký tự Lạ");
		fields.put("unitType", "ENTERPRISE");
		fields.put("provinceCode", "hai-phong");
		fields.put("taxCode", "0100109106");
		fields.put("fullName", "Trần Thị Lan");
		fields.put("position", "Trưởng phòng");
		fields.put("phone", "0912.345.678");
		fields.put("email", email);
		fields.put("password", "nuoc sach cho moi nha 2026");
		fields.put("passwordConfirm", "nuoc sach cho moi nha 2026");
		fields.put("consent", "true");
		MvcResult r = mvc.perform(dirty(post("/register"), fields)).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/register/done");
		assertThat(jdbc.sql("select full_name from app_user where email = ?").param(email).query(String.class).single())
			.isEqualTo("Trần Thị Lan");
		// and the login form too
		assertThat(status(mvc.perform(dirty(post("/login"), Map.of("email", email, "password", "x"))).andReturn()))
			.isEqualTo(302);
		assertThat(status(mvc.perform(dirty(post("/forgot-password"), Map.of("email", email))).andReturn())).isEqualTo(302);
	}

	@Test
	void unitProfileWithControlCharactersIsSaved() throws Exception {
		CurrentUser me = data.user(Role.APPLICANT);
		var unit = jdbc.sql("""
				select u.id, u.version, u.unit_type from unit u join unit_member m on m.unit_id = u.id
				where m.user_id = ? and m.role = 'OWNER'""").param(me.id())
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }).single();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(unit[1]));
		fields.put("name", "Sở Khoa học và Công nghệ");
		fields.put("nameEn", "Department of Science and Technology");
		fields.put("unitType", (String) unit[2]);
		fields.put("provinceCode", "hai-phong");
		fields.put("address", "Số 1 Lạch Tray");
		fields.put("taxCode", "0100109106");
		fields.put("website", "https://dost.haiphong.gov.vn");
		fields.put("legalRepName", "Nguyễn Văn An");
		fields.put("legalRepPosition", "Giám đốc");
		fields.put("contactName", "Lê Thị Bình");
		fields.put("contactPhone", "0912345678");
		fields.put("contactEmail", "binh@haiphong.gov.vn");
		MvcResult r = mvc.perform(dirty(post("/my/organization"), fields).with(as(me))).andReturn();
		assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/my/organization");
		assertThat(jdbc.sql("select name from unit where id = ?").param(unit[0]).query(String.class).single())
			.isEqualTo("Sở Khoa học và Công nghệ");
	}

	@Test
	void aNulInOneAnswerKeepsEveryAnswerOnSaveAutosaveAndSubmit() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "1.3");
		long q1 = textQuestion(n.getAwardId(), 0);
		long q2 = textQuestion(n.getAwardId(), 1);
		String base = "/my/nominations/" + n.getId();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("version", String.valueOf(n.getVersion()));
		fields.put("title", "Hồ sơ chuyển đổi số");
		fields.put("q" + q1, "Nền tảng số dùng chung");
		fields.put("q" + q2, "Phục vụ 120.000 người dân");
		assertThat(mvc.perform(dirty(post(base), fields).with(as(me))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo(base);
		Nomination saved = service.get(me.id(), n.getId());
		assertThat(saved.getTitle()).isEqualTo("Hồ sơ chuyển đổi số");
		assertThat(saved.answer(q1)).isEqualTo("Nền tảng số dùng chung");
		assertThat(saved.answer(q2)).isEqualTo("Phục vụ 120.000 người dân");

		fields.put("version", String.valueOf(saved.getVersion()));
		assertThat(status(mvc.perform(dirty(post(base + "/autosave"), fields).with(as(me))).andReturn())).isEqualTo(200);
		fields.put("version", String.valueOf(service.get(me.id(), n.getId()).getVersion()));
		fields.put("declaration", "true");
		fields.put("consent", "true");
		assertThat(status(mvc.perform(dirty(post(base + "/submit"), fields).with(as(me))).andReturn())).isLessThan(500);
		assertThat(service.get(me.id(), n.getId()).answer(q2)).isEqualTo("Phục vụ 120.000 người dân");
	}

	@Test
	void anAnswerOverTheLimitIsRefusedOnItsFieldWithEverythingTypedKept() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "1.3");
		long q1 = textQuestion(n.getAwardId(), 0);
		long q2 = textQuestion(n.getAwardId(), 1);
		String base = "/my/nominations/" + n.getId();
		String pasted = "Bắt đầu bản dán. " + "x".repeat(1_000_000) + " Kết thúc bản dán.";
		MvcResult r = mvc.perform(post(base).with(as(me)).with(csrf()).param("version", String.valueOf(n.getVersion()))
			.param("title", "Hồ sơ dán quá dài").param("q" + q1, pasted).param("q" + q2, "Câu trả lời thứ hai")).andReturn();
		assertThat(status(r)).isEqualTo(422);
		String html = HtmlUtils.htmlUnescape(r.getResponse().getContentAsString());
		assertThat(html).contains("Câu trả lời quá dài.", pasted, "Câu trả lời thứ hai", "Hồ sơ dán quá dài");
		// nothing was saved, so nothing was cut
		Nomination after = service.get(me.id(), n.getId());
		assertThat(after.getVersion()).isEqualTo(n.getVersion());
		assertThat(after.answer(q1)).isNull();

		// autosave says so in its status line instead of reporting "saved"
		String status = mvc.perform(post(base + "/autosave").with(as(me)).with(csrf()).param("version", String.valueOf(n.getVersion()))
			.param("q" + q1, pasted)).andReturn().getResponse().getContentAsString();
		assertThat(HtmlUtils.htmlUnescape(status)).contains("Câu trả lời quá dài.");
		assertThat(service.get(me.id(), n.getId()).answer(q1)).isNull();

		// exactly at the limit is fine
		String atLimit = "y".repeat(AnswerRules.MAX_CHARS);
		mvc.perform(post(base).with(as(me)).with(csrf()).param("version", String.valueOf(n.getVersion())).param("q" + q1, atLimit));
		assertThat(service.get(me.id(), n.getId()).answer(q1)).hasSize(AnswerRules.MAX_CHARS);
	}

	@Test
	void aBidiOverrideIsStrippedFromUploadedFileNames() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "1.3");
		long fileQuestion = dossiers.fileQuestion(n.getAwardId());
		// shown as "Báo cáo-fdp.exe" reversed: "Báo cáo-exe.pdf" would hide the real ending
		String name = "Báo cáo\u202Efdp.exe\u200B.pdf";
		mvc.perform(multipart("/my/nominations/" + n.getId() + "/files")
			.file(new MockMultipartFile("file", name, "application/pdf", TestData.pdf(2000)))
			.param("questionId", String.valueOf(fileQuestion)).with(as(me)).with(csrf()));
		List<String> names = jdbc.sql("select display_name from nomination_attachment where nomination_id = ?")
			.param(n.getId()).query(String.class).list();
		assertThat(names).containsExactly("Báo cáofdp.exe.pdf");
	}

	@Test
	void secretariatFormsWithControlCharactersNeverFail() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		String due = LocalDate.now(PortalTime.ZONE).plusDays(5).toString();

		assertThat(status(mvc.perform(dirty(post(path + "/notes"), Map.of("body", "Ghi chú nội bộ")).with(as(secretary)))
			.andReturn())).isLessThan(500);
		assertThat(jdbc.sql("select count(*) from review_note where nomination_id = ? and body = 'Ghi chú nội bộ'")
			.param(n.getId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(status(mvc.perform(dirty(post(path + "/ineligible"), Map.of("version", String.valueOf(data.version(n.getId())),
				"reason", "OTHER", "note", "Lý do khác")).with(as(secretary))).andReturn())).isLessThan(500);
		assertThat(status(mvc.perform(dirty(post(path + "/extension"), Map.of("until", due, "reason", "Gia hạn"))
			.with(as(secretary))).andReturn())).isLessThan(500);
		assertThat(status(mvc.perform(dirty(post(path + "/changes"), Map.of("version", String.valueOf(data.version(n.getId())),
				"message", "Đề nghị bổ sung số liệu", "due", due)).with(as(secretary))).andReturn())).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from nomination_decision where nomination_id = ? and message = 'Đề nghị bổ sung số liệu'")
			.param(n.getId()).query(Integer.class).single()).isEqualTo(1);
		assertThat(status(mvc.perform(dirty(post("/secretariat/nominations/bulk"), Map.of("action", "assign",
				"selected", n.getId() + ":" + data.version(n.getId()))).with(as(secretary))).andReturn())).isLessThan(500);
		assertThat(status(mvc.perform(get("/secretariat/nominations").with(as(secretary)).param("q", "Hà\u0000 Nội")).andReturn()))
			.isLessThan(500);
	}

}
