package vn.i4impact.portal.review;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/**
 * The secretariat's downloads as a secretary uses them: the filtered list as .xlsx and .csv, one dossier as a PDF,
 * selected dossiers as a ZIP; and nobody else gets them.
 */
@PortalTest
class ExportTest {

	static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"bấm vào đây\")";

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

	String edition;

	long editionId;

	String tag;

	CurrentUser secretary;

	/** 1.1 from Hà Nội (formula title), 1.1 from Hải Phòng (named Hải Đăng, formula answer), 2.2, and a draft. */
	Nomination a;

	Nomination b;

	Nomination c;

	Nomination draft;

	byte[] firstFile = TestData.pdf(41_000);

	byte[] secondFile = TestData.pdf(23_000);

	@BeforeEach
	void dossiers() throws Exception {
		edition = data.openEdition(30);
		editionId = data.editionId(edition);
		tag = Long.toString(System.nanoTime() % 1_000_000);
		secretary = data.user(Role.SECRETARIAT);

		CurrentUser unitA = data.user(Role.APPLICANT);
		a = dossiers.self(unitA, edition, "1.1");
		dossiers.complete(unitA, a, firstFile);
		// a second file under the same name: the ZIP must keep both
		dossierFiles.attach(unitA.id(), a.getId(), dossiers.fileQuestion(a.getAwardId()), new ByteArrayInputStream(secondFile),
				"Hồ sơ dự thi.pdf");
		service.submit(unitA.id(), a.getId(), service.get(unitA.id(), a.getId()).getVersion());
		draft = dossiers.self(unitA, edition, "1.2");

		CurrentUser unitB = data.user(Role.APPLICANT);
		b = dossiers.self(unitB, edition, "1.1");
		dossiers.submit(unitB, b);
		jdbc.sql("update unit set name = ?, province_code = 'hai-phong' where id = ?")
			.params("Công ty Hải Đăng " + tag, b.getUnitId()).update();

		CurrentUser unitC = data.user(Role.APPLICANT);
		c = dossiers.self(unitC, edition, "2.2");
		dossiers.submit(unitC, c);

		// what a unit could type, put straight into the tables
		jdbc.sql("update nomination set title = ? where id = ?").params(FORMULA, a.getId()).update();
		jdbc.sql("""
				update nomination_answer set value = '@SUM(1+1)*cmd|'' /C calc''!A0' where nomination_id = ?
				and question_id = (select id from award_question where edition_id = ? and award_id is null and sort_order = 1)""")
			.params(b.getId(), editionId).update();
	}

	String ref(Nomination n) {
		return jdbc.sql("select reference_code from nomination where id = ?").param(n.getId()).query(String.class).single();
	}

	@Test
	void theXlsxHoldsExactlyTheFilteredRowsWithTypedCells() throws Exception {
		long award = data.awardId(edition, "1.1");
		MvcResult result = mvc
			.perform(get("/secretariat/nominations.xlsx").with(as(secretary)).param("edition", "" + editionId)
				.param("award", "" + award))
			.andExpect(status().isOk())
			.andExpect(content().contentType(
					"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Content-Disposition", containsString("filename=\"ho-so-2027-")))
			.andExpect(header().string("Content-Disposition", containsString(".xlsx")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getSheetName()).isEqualTo("Hồ sơ tham gia");
			Map<String, Integer> col = headers(sheet.getRow(0));
			assertThat(col).containsKeys("Mã hồ sơ", "Trạng thái", "Mã giải thưởng", "Giải thưởng", "Đơn vị",
					"Tỉnh, thành phố", "Đối tượng được đề cử", "Thời điểm nộp", "Người xử lý",
					"Tóm tắt giải pháp, sản phẩm hoặc mô hình", "Thời gian vận hành (tháng)",
					"Mức tăng năng suất lao động (%)", "Hồ sơ tham gia (tệp PDF)");
			assertThat(book.getFontAt(sheet.getRow(0).getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(((XSSFSheet) sheet).getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");

			List<String> refs = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				refs.add(sheet.getRow(r).getCell(col.get("Mã hồ sơ")).getStringCellValue());
			}
			assertThat(refs).containsExactlyInAnyOrder(ref(a), ref(b));

			Row rowA = sheet.getRow(1 + refs.indexOf(ref(a)));
			Cell submitted = rowA.getCell(col.get("Thời điểm nộp"));
			assertThat(submitted.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(DateUtil.isCellDateFormatted(submitted)).isTrue();
			assertThat(submitted.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy hh:mm");
			// Vietnam time, whatever the server's zone (tests run in UTC)
			Instant at = jdbc.sql("select submitted_at from nomination where id = ?").param(a.getId())
				.query(Timestamp.class).single().toInstant();
			assertThat(Duration.between(LocalDateTime.ofInstant(at, PortalTime.ZONE),
					submitted.getLocalDateTimeCellValue()).abs()).isLessThan(Duration.ofSeconds(1));
			Cell months = rowA.getCell(col.get("Thời gian vận hành (tháng)"));
			assertThat(months.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(months.getNumericCellValue()).isEqualTo(12000);
			Cell productivity = rowA.getCell(col.get("Mức tăng năng suất lao động (%)"));
			assertThat(productivity.getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(productivity.getNumericCellValue()).isEqualTo(1.5);
			assertThat(rowA.getCell(col.get("Trạng thái")).getStringCellValue()).isEqualTo("Đã nộp");
			assertThat(rowA.getCell(col.get("Hồ sơ tham gia (tệp PDF)")).getStringCellValue())
				.isEqualTo("Hồ sơ dự thi.pdf; Hồ sơ dự thi.pdf");
			// a title that is a formula is a string cell, which a spreadsheet never runs: kept exactly as typed
			Cell title = rowA.getCell(col.get("Tên hồ sơ"));
			assertThat(title.getCellType()).isEqualTo(CellType.STRING);
			assertThat(title.getStringCellValue()).isEqualTo(FORMULA);

			Row rowB = sheet.getRow(1 + refs.indexOf(ref(b)));
			assertThat(rowB.getCell(col.get("Đơn vị")).getStringCellValue()).isEqualTo("Công ty Hải Đăng " + tag);
			assertThat(rowB.getCell(col.get("Tỉnh, thành phố")).getStringCellValue()).isEqualTo("Thành phố Hải Phòng");
			assertThat(rowB.getCell(col.get("Tóm tắt giải pháp, sản phẩm hoặc mô hình")).getStringCellValue())
				.isEqualTo("@SUM(1+1)*cmd|' /C calc'!A0");
		}
	}

	@Test
	void withoutAnAwardTheColumnsAreTheUnionOfTheAwardsInTheList() throws Exception {
		byte[] xlsx = mvc.perform(get("/secretariat/nominations.xlsx").with(as(secretary)).param("edition", "" + editionId))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> titles = new ArrayList<>(headers(sheet.getRow(0)).keySet());
			assertThat(titles).containsSubsequence("Tóm tắt giải pháp, sản phẩm hoặc mô hình",
					"Thời gian vận hành (tháng)", "1.1 – Mức tăng năng suất lao động (%)",
					"1.1 – Số nhà máy, dây chuyền áp dụng (nhà máy/dây chuyền)", "2.2 – Giảm phát thải CO2 (tấn/năm) (tấn CO2/năm)",
					"2.2 – Lĩnh vực chính");
			assertThat(titles.stream().filter(t -> t.startsWith("Thời gian vận hành"))).hasSize(1);
			assertThat(titles).noneMatch(t -> t.startsWith("1.2 –"));
			Map<String, Integer> col = headers(sheet.getRow(0));
			List<String> refs = new ArrayList<>();
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				refs.add(sheet.getRow(r).getCell(col.get("Mã hồ sơ")).getStringCellValue());
			}
			// the draft is not in the list
			assertThat(refs).containsExactlyInAnyOrder(ref(a), ref(b), ref(c));
			Row rowC = sheet.getRow(1 + refs.indexOf(ref(c)));
			assertThat(rowC.getCell(col.get("2.2 – Lĩnh vực chính")).getStringCellValue()).isEqualTo("Năng lượng tái tạo");
			assertThat(rowC.getCell(col.get("1.1 – Mức tăng năng suất lao động (%)"))).isNull();
		}
	}

	@Test
	void theCsvHasABomTheSameRowsAndNeutralisedFormulas() throws Exception {
		MvcResult result = mvc
			.perform(get("/secretariat/nominations.csv").with(as(secretary)).param("edition", "" + editionId)
				.param("q", "hai dang " + tag))
			.andExpect(status().isOk())
			.andExpect(content().contentType("text/csv;charset=UTF-8"))
			.andExpect(header().string("Content-Disposition", containsString(".csv")))
			.andExpect(header().string("Cache-Control", "no-store"))
			.andReturn();
		byte[] bytes = result.getResponse().getContentAsByteArray();
		assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		assertThat(text).contains("\r\n").doesNotContain("\uFFFD");
		List<List<String>> rows = parseCsv(text);
		List<String> head = rows.get(0);
		assertThat(head).startsWith("Mã hồ sơ", "Trạng thái", "Mã giải thưởng", "Giải thưởng");
		assertThat(rows).hasSize(2);
		List<String> row = rows.get(1);
		assertThat(row.get(0)).isEqualTo(ref(b));
		assertThat(row.get(head.indexOf("Đơn vị"))).isEqualTo("Công ty Hải Đăng " + tag);
		assertThat(row.get(head.indexOf("Tóm tắt giải pháp, sản phẩm hoặc mô hình"))).isEqualTo("'@SUM(1+1)*cmd|' /C calc'!A0");
		assertThat(row.get(head.indexOf("Thời điểm nộp"))).matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d");
		assertThat(row.get(head.indexOf("1.1 – Mức tăng năng suất lao động (%)"))).isEqualTo("1.5");

		// the formula title, in English this time
		String en = mvc.perform(get("/secretariat/nominations.csv").with(as(secretary)).param("lang", "en")
			.param("edition", "" + editionId).param("award", "" + data.awardId(edition, "1.1")))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<List<String>> enRows = parseCsv(en.substring(1));
		assertThat(enRows.get(0)).startsWith("Reference", "Status");
		assertThat(enRows.stream().skip(1).map(r -> r.get(0))).containsExactlyInAnyOrder(ref(a), ref(b));
		assertThat(enRows.stream().skip(1).map(r -> r.get(enRows.get(0).indexOf("Dossier title"))))
			.contains("'" + FORMULA);
	}

	@Test
	void garbageParametersGiveAFileNotAnError() throws Exception {
		mvc.perform(get("/secretariat/nominations.csv").with(as(secretary)).param("edition", "x' or 1=1--")
			.param("award", "abc").param("status", "NOPE").param("from", "31/02/2026").param("sort", "-;drop")
			.param("q", "%_\\' \" ' "))
			.andExpect(status().isOk());
		mvc.perform(get("/secretariat/nominations.xlsx").with(as(secretary)).param("edition", "999999999")
			.param("award", "999999999"))
			.andExpect(status().isOk());
	}

	@Test
	void oneDossierOpensAsAPdfAndADraftOrUnknownIdIsNotFound() throws Exception {
		byte[] pdf = mvc.perform(get("/secretariat/nominations/" + a.getId() + "/dossier.pdf").with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/pdf"))
			.andExpect(header().string("Content-Disposition", startsWith("inline")))
			.andExpect(header().string("Content-Disposition", containsString(".pdf")))
			.andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		// the secretariat's printout is the dossier, not a receipt the unit should keep
		try (var doc = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(doc);
			assertThat(text).contains("Hồ sơ tham gia", ref(a), "Trạng thái", "Bản in của Ban Thư ký")
				.doesNotContain("Biên nhận").doesNotContain("lưu biên nhận");
		}
		mvc.perform(get("/secretariat/nominations/" + draft.getId() + "/dossier.pdf").with(as(secretary)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/secretariat/nominations/999999999/dossier.pdf").with(as(secretary)))
			.andExpect(status().isNotFound());
		mvc.perform(get("/secretariat/nominations/abc/dossier.pdf").with(as(secretary)))
			.andExpect(status().is4xxClientError());
	}

	@Test
	void theZipHoldsEachDossierPdfAndItsFilesAndSaysWhatWasSkipped() throws Exception {
		MvcResult result = mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf())
			.param("ids", "" + a.getId(), "" + c.getId(), "" + draft.getId(), "999999999", "zzz", "" + a.getId()))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/zip"))
			.andExpect(header().string("Content-Disposition", containsString(".zip")))
			.andReturn();
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()),
				StandardCharsets.UTF_8)) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		String refA = ref(a);
		String refC = ref(c);
		assertThat(entries.keySet()).containsExactly(refA + "/" + refA + ".pdf", refA + "/Hồ sơ dự thi.pdf",
				refA + "/Hồ sơ dự thi (2).pdf", refC + "/" + refC + ".pdf", refC + "/Hồ sơ dự thi.pdf", "README.txt");
		assertThat(new String(entries.get(refA + "/" + refA + ".pdf"), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
		assertThat(sha256(entries.get(refA + "/Hồ sơ dự thi.pdf"))).isEqualTo(sha256(firstFile));
		assertThat(sha256(entries.get(refA + "/Hồ sơ dự thi (2).pdf"))).isEqualTo(sha256(secondFile));
		assertThat(sha256(entries.get(refC + "/Hồ sơ dự thi.pdf"))).isEqualTo(sha256(TestData.pdf(40_000)));
		String readme = new String(entries.get("README.txt"), StandardCharsets.UTF_8);
		assertThat(readme).contains(refA + " – giải thưởng 1.1", "(2 tệp đính kèm)", refC)
			.contains("bỏ qua (3)")
			.contains("- " + draft.getId() + "\r\n", "- 999999999\r\n", "- zzz\r\n");
	}

	@Test
	void anEmptyOrOversizedSelectionGoesBackToTheQueueWithAMessage() throws Exception {
		String query = "edition=" + editionId + "&status=SUBMITTED&q=h%E1%BA%A3i";
		mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf()).param("query", query))
			.andExpect(redirectedUrl("/secretariat/nominations?" + query))
			.andExpect(flash().attributeExists("flashError"));
		List<String> many = new ArrayList<>();
		for (int i = 1; i <= 201; i++) {
			many.add(Integer.toString(i));
		}
		MvcResult refused = mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf())
			.param("ids", String.join(",", many)).param("query", query))
			.andExpect(redirectedUrl("/secretariat/nominations?" + query))
			.andReturn();
		var message = (Flash.Message) refused.getFlashMap().get("flashError");
		assertThat(message.key()).isEqualTo("export.zip.tooMany");
		assertThat(message.args()).containsExactly(200, 201);
		// a query that tries to smuggle something else in comes back as the filters it names, nothing more
		mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf())
			.param("query", "edition=" + editionId + "&x=%0d%0aSet-Cookie:a=b&award=//evil.example"))
			.andExpect(redirectedUrl("/secretariat/nominations?edition=" + editionId));
		mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf()).param("ids", " , "))
			.andExpect(redirectedUrlPattern("/secretariat/nominations*"));
	}

	@Test
	void applicantsAndJurorsAreRefusedAndAnonymousGoesToLogin() throws Exception {
		String pdf = "/secretariat/nominations/" + a.getId() + "/dossier.pdf";
		for (Role role : new Role[] { Role.APPLICANT, Role.JUROR }) {
			CurrentUser user = data.user(role);
			mvc.perform(get("/secretariat/nominations.xlsx").with(as(user))).andExpect(status().isForbidden());
			mvc.perform(get("/secretariat/nominations.csv").with(as(user))).andExpect(status().isForbidden());
			mvc.perform(get(pdf).with(as(user))).andExpect(status().isForbidden());
			mvc.perform(post("/secretariat/nominations/export.zip").with(as(user)).with(csrf()).param("ids", "" + a.getId()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get("/secretariat/nominations.xlsx")).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/secretariat/nominations.csv")).andExpect(redirectedUrl("/login"));
		mvc.perform(get(pdf)).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/secretariat/nominations/export.zip").with(csrf()).param("ids", "" + a.getId()))
			.andExpect(redirectedUrl("/login"));
		// a POST without the CSRF token is refused even for the secretariat
		mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).param("ids", "" + a.getId()))
			.andExpect(status().isForbidden());
	}

	@Autowired
	ITemplateEngine templates;

	@Test
	void theQueueFragmentLinksToBothFilesWithTheQueueQuery() {
		var web = JakartaServletWebApplication
			.buildApplication(new MockServletContext());
		var context = new WebContext(web.buildExchange(
				new MockHttpServletRequest(),
				new MockHttpServletResponse()), Locale.forLanguageTag("vi"));
		context.setVariable("query", "edition=7&q=h%E1%BA%A3i");
		String html = templates.process("secretariat/exports", Set.of("links"), context);
		assertThat(html).contains("href=\"/secretariat/nominations.xlsx?edition=7&amp;q=h%E1%BA%A3i\"",
				"href=\"/secretariat/nominations.csv?edition=7&amp;q=h%E1%BA%A3i\"", "Tải Excel (.xlsx)", "Tải CSV")
			.doesNotContain("<script", "style=");
		context.setVariable("query", "");
		assertThat(templates.process("secretariat/exports", Set.of("links"), context))
			.contains("href=\"/secretariat/nominations.xlsx\"");
	}

	static Map<String, Integer> headers(Row row) {
		Map<String, Integer> col = new LinkedHashMap<>();
		for (Cell cell : row) {
			col.put(cell.getStringCellValue(), cell.getColumnIndex());
		}
		return col;
	}

	/** RFC 4180, strictly: quoted fields may hold commas, quotes (doubled) and line breaks; records end with CRLF. */
	static List<List<String>> parseCsv(String text) {
		List<List<String>> rows = new ArrayList<>();
		List<String> row = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char ch = text.charAt(i);
			if (quoted) {
				if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (ch == '"') {
					quoted = false;
				}
				else {
					field.append(ch);
				}
			}
			else if (ch == '"') {
				quoted = true;
			}
			else if (ch == ',') {
				row.add(field.toString());
				field.setLength(0);
			}
			else if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				row.add(field.toString());
				field.setLength(0);
				rows.add(row);
				row = new ArrayList<>();
				i++;
			}
			else {
				assertThat(ch).as("bare line break outside quotes").isNotIn('\r', '\n');
				field.append(ch);
			}
		}
		assertThat(field).as("file ends with CRLF").isEmpty();
		return rows;
	}

	static String sha256(byte[] bytes) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
	}

}
