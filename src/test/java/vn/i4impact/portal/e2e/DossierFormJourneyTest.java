package vn.i4impact.portal.e2e;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dossier form never loses typing: an upload right after typing (before the autosave would run) saves first and
 * does not leave the page, shows its progress, and accepts a dropped file; removing a file saves first too.
 */
class DossierFormJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	ProgramCatalog program;

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	void logIn(CurrentUser user) {
		// six builds share two cores: the first page of a fresh server may take long to render
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		page.navigate(url("/login"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).last().click();
		assertThat(page).hasURL(url("/my"));
	}

	void shot(String name) {
		// for the change notes; target/ is never committed
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png"))
			.setFullPage(true));
	}

	Nomination draft(CurrentUser me) {
		String edition = data.openEdition(20);
		return service.start(me, data.awardId(edition, "1.3"), NominationKind.SELF, service.selfNominee(me));
	}

	@Test
	void typingSurvivesAnUploadRightAfterIt() throws Exception {
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = draft(me);
		List<Question> questions = program.questions(n.getAwardId());
		Question text = questions.stream().filter(q -> q.kind().name().equals("LONG_TEXT")).findFirst().orElseThrow();
		Question file = questions.stream().filter(q -> q.kind().isFile() && q.required()).findFirst().orElseThrow();
		logIn(me);
		page.navigate(url("/my/nominations/" + n.getId()));
		page.evaluate("window.uploadProgress = []; document.addEventListener('dossier:upload-progress',"
				+ " e => window.uploadProgress.push(e.detail.loaded))");

		// type, pick a PDF and upload at once: well within the 3 s the autosave waits
		Path dir = Files.createTempDirectory("ho-so");
		Path pdf = dir.resolve("Báo cáo tác động.pdf");
		Files.write(pdf, TestData.pdf(3_000_000));
		long started = System.nanoTime();
		page.locator("#q" + text.id()).fill("Gõ xong là tải tệp lên ngay");
		page.locator("#title").fill("Tiêu đề gõ vội");
		page.locator("#q" + file.id()).setInputFiles(pdf);
		page.locator("button[form=upload-q" + file.id() + "]").click();
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(3_000);
		assertThat(page.locator("#flash .alert-success")).containsText("Báo cáo tác động.pdf");
		assertThat(page.locator("#q" + file.id() + "-files")).containsText("Báo cáo tác động.pdf");
		// the table of contents follows: the files section is complete now
		assertThat(page.locator("#toc li").nth(2)).containsText("Đã đủ");
		// the upload did not leave the page, and showed its progress
		assertThat(page.locator("#q" + text.id())).hasValue("Gõ xong là tải tệp lên ngay");
		assertThat(((Number) page.evaluate("window.uploadProgress.length")).intValue()).isPositive();
		assertThat(((Number) page.evaluate("Math.max(...window.uploadProgress)")).longValue()).isGreaterThan(3_000_000);
		shot("form-after-upload-1366");
		assertAccessible("/my/nominations/{id} (after an upload)");

		// and the answer was stored before the upload: a reload shows it
		page.reload();
		assertThat(page.locator("#q" + text.id())).hasValue("Gõ xong là tải tệp lên ngay");
		assertThat(page.locator("#title")).hasValue("Tiêu đề gõ vội");
		assertThat(page.locator("#q" + file.id() + "-files")).containsText("Báo cáo tác động.pdf");

		// a file dropped on the question is uploaded the same way
		page.evaluate("""
				([id, content]) => {
				  const t = new DataTransfer();
				  t.items.add(new File([content], 'keo-tha.pdf', { type: 'application/pdf' }));
				  document.getElementById('q' + id + '-upload').dispatchEvent(
				    new DragEvent('drop', { dataTransfer: t, bubbles: true, cancelable: true }));
				}""", List.of(String.valueOf(file.id()),
				new String(TestData.pdf(5_000), StandardCharsets.ISO_8859_1)));
		assertThat(page.locator("#q" + file.id() + "-files")).containsText("keo-tha.pdf");

		// removing a file right after typing keeps the typing too (it saves first, then the page posts)
		page.locator("#q" + text.id()).fill("Sửa lại trước khi xóa tệp");
		page.locator("#q" + file.id() + "-files button").first().click();
		assertThat(page.locator("#flash .alert-success")).hasText("Đã xóa tệp.");
		assertThat(page.locator("#q" + text.id())).hasValue("Sửa lại trước khi xóa tệp");
		assertThat(page.locator("#q" + file.id() + "-files li")).hasCount(1);
		assertValidHtml("/my/nominations/{id}");
	}

	static String answerFor(Question q) {
		return switch (q.kind()) {
			case INTEGER -> "12000";
			case DECIMAL -> "1.5";
			case DATE -> "2025-06-01";
			case URL -> "https://haiphong.gov.vn/chuyen-doi-so";
			case YES_NO -> "true";
			case SINGLE_CHOICE -> "0";
			default -> "Câu trả lời " + q.id();
		};
	}

	@Test
	void sectionsCounterPreviewAndReceipt() throws Exception {
		usePhone();
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = draft(me);
		List<Question> questions = program.questions(n.getAwardId());
		Question limited = questions.stream().filter(q -> q.wordLimit() != null).findFirst().orElseThrow();
		logIn(me);
		// ứng cử: the nominee's fields do not apply and are not shown; đề cử shows them
		page.navigate(url("/my/nominations/new?award=" + n.getAwardId()));
		assertThat(page.locator("#kind-self")).isChecked();
		assertThat(page.locator("#nominee")).isHidden();
		page.locator("#kind-other").check();
		assertThat(page.locator("#nominee")).isVisible();
		assertThat(page.locator("#nominee")).containsText("Thư điện tử liên hệ");
		page.locator("#kind-self").check();
		assertThat(page.locator("#nominee")).isHidden();
		assertAccessible("/my/nominations/new (self)");

		page.navigate(url("/my/nominations/" + n.getId()));

		// a table of contents of the sections, each saying whether it is complete
		assertThat(page.locator("#toc li")).hasCount(4);
		assertThat(page.locator("#toc")).containsText("Thông tin chung");
		assertThat(page.locator("#toc li").first()).containsText("Còn");
		assertThat(page.locator("#section-files")).containsText("Tệp đính kèm");
		// a live word counter against the question's limit
		page.locator("#q" + limited.id()).fill("Một hai ba");
		assertThat(page.locator(".word-counter[data-counter-for=q" + limited.id() + "]"))
			.containsText("3 / " + limited.wordLimit() + " từ");
		page.locator("#q" + limited.id()).fill("từ ".repeat(limited.wordLimit() + 1));
		assertThat(page.locator(".word-counter[data-counter-for=q" + limited.id() + "]")).containsText("vượt quá giới hạn");
		page.locator("#q" + limited.id()).fill("Bản xem trước cho thấy câu trả lời này");
		shot("form-sections-390");
		assertAccessible("/my/nominations/{id} (sections)");

		// the preview saves first and shows what the secretariat will receive
		page.locator("#preview-link").click();
		assertThat(page.locator("h1")).hasText("Xem trước: hồ sơ như Ban Thư ký sẽ nhận");
		assertThat(page.locator("#preview-answers")).containsText("Bản xem trước cho thấy câu trả lời này");
		assertThat(page.locator("#preview-missing")).isVisible();
		assertAccessible("/my/nominations/{id}/preview");
		assertValidHtml("/my/nominations/{id}/preview");
		page.setViewportSize(1366, 768);
		shot("preview-1366");
		assertAccessible("/my/nominations/{id}/preview (laptop)");
		page.navigate(url("/my/nominations/" + n.getId() + "/preview?lang=en"));
		assertThat(page.locator("h1")).hasText("Preview: the dossier as the secretariat will receive it");
		assertValidHtml("/my/nominations/{id}/preview (en)");
		page.navigate(url("/my/nominations/" + n.getId() + "?lang=vi"));
		assertValidHtml("/my/nominations/{id} (sections)");
		assertAccessible("/my/nominations/{id} (sections, laptop)");

		// once submitted, the receipt is linked from the list and the dossier
		Map<Long, String> answers = new HashMap<>();
		for (Question q : questions) {
			if (q.required() && !q.kind().isFile()) {
				answers.put(q.id(), answerFor(q));
			}
		}
		long version = service.saveDraft(me.id(), n.getId(), data.version(n.getId()), "Hồ sơ có biên nhận", answers);
		Question file = questions.stream().filter(q -> q.kind().isFile() && q.required()).findFirst().orElseThrow();
		dossierFiles.attach(me.id(), n.getId(), file.id(), new ByteArrayInputStream(TestData.pdf(3000)), "a.pdf");
		String reference = service.submit(me.id(), n.getId(), version);
		page.navigate(url("/my/nominations"));
		var row = page.locator(".nomination-list li").filter(new Locator.FilterOptions().setHasText(reference));
		var download = page.waitForDownload(() -> row.locator(".receipt-link").click());
		assertThat(download.suggestedFilename()).contains(reference).endsWith(".pdf");
		assertThat(Files.readAllBytes(download.path())).startsWith("%PDF".getBytes());
		shot("list-receipt-1366");
		assertAccessible("/my/nominations (receipt links)");
		assertValidHtml("/my/nominations (receipt links)");
		page.navigate(url("/my/nominations/" + n.getId()));
		assertThat(page.locator("#receipt-link")).hasAttribute("href", "/my/nominations/" + n.getId() + "/receipt.pdf");
	}

}
