package vn.i4impact.portal.nomination;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** On submit the unit gets a mail with the PDF receipt of exactly what it sent, and can download it again. */
@PortalTest
class ReceiptTest {

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
	JdbcClient jdbc;

	static String text(byte[] pdf) throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			// table cells wrap lines; compare words, not line breaks
			return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
		}
	}

	@Test
	void submittingQueuesAReceiptMailWithThePdfAttached() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "1.3");
		String code = dossiers.submit(me, n);

		var mail = data.lastMail(me.email());
		assertThat(mail.subject()).contains(code);
		assertThat(mail.body()).contains(code).contains("1.3").contains("/my/nominations/" + n.getId());
		var row = jdbc.sql("select id, attachment_name, attachment_type from mail_outbox where recipient = ? order by id desc limit 1")
			.param(me.email()).query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }).single();
		assertThat(row[1]).isEqualTo("bien-nhan-" + code + ".pdf");
		assertThat(row[2]).isEqualTo("application/pdf");
		byte[] pdf = jdbc.sql("select content from mail_outbox_attachment where mail_id = ?").param(row[0])
			.query(byte[].class).single();
		String text = text(pdf);
		String sha = dossierFiles.attachments(n.getId()).get(0).getSha256();
		assertThat(text).contains(code)
			.contains("Biên nhận hồ sơ tham gia")
			.contains(Dossiers.ANSWER)
			.contains("Hồ sơ dự thi.pdf")
			.contains(sha)
			.contains("Nghị định 13/2023/NĐ-CP")
			.contains("Công ty Thử nghiệm");
		assertThat(text).containsPattern("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2} \\(giờ Việt Nam\\)");
	}

	@Test
	void theUnitDownloadsItsReceiptButNoOtherUnitAndNotBeforeSubmission() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "2.3");
		String path = "/my/nominations/" + n.getId() + "/receipt.pdf";
		// a draft has no receipt
		mvc.perform(get(path).with(as(me))).andExpect(status().isNotFound());

		String code = dossiers.submit(me, n);
		byte[] pdf = mvc.perform(get(path).with(as(me)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", Matchers.containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains(code).contains(Dossiers.ANSWER);

		CurrentUser other = data.user(Role.APPLICANT);
		mvc.perform(get(path).with(as(other))).andExpect(status().isNotFound());

		// reopened to edit, it is a draft again: no receipt until it is submitted again
		service.reopen(me.id(), n.getId());
		mvc.perform(get(path).with(as(me))).andExpect(status().isNotFound());
	}

	@Test
	void administratorsSeeAndDownloadTheAttachmentOnTheOutboxPage() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		String code = dossiers.submit(me, dossiers.self(me, edition, "1.1"));
		long id = jdbc.sql("select id from mail_outbox where recipient = ? and attachment_name is not null")
			.param(me.email()).query(Long.class).single();
		CurrentUser admin = data.user(Role.ADMIN);
		// the list is newest first and the shared test database holds other tests' mails (some dated by a moved clock)
		long newer = jdbc.sql("""
				select count(*) from mail_outbox o, mail_outbox m
				where m.id = ? and (o.created_at, o.id) > (m.created_at, m.id)""").param(id).query(Long.class).single();
		mvc.perform(get("/admin/outbox").param("page", String.valueOf(newer / 20)).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("bien-nhan-" + code + ".pdf")))
			.andExpect(content().string(Matchers.containsString("/admin/outbox/" + id + "/attachment")));
		byte[] pdf = mvc.perform(get("/admin/outbox/" + id + "/attachment").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains(code);
		mvc.perform(get("/admin/outbox/" + id + "/attachment").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/outbox/" + id + "/attachment").with(as(me))).andExpect(status().isForbidden());
	}

}
