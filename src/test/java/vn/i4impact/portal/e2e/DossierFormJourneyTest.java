package vn.i4impact.portal.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.NominationKind;
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

	void logIn(CurrentUser user) {
		// six builds share two cores: the first page of a fresh server may take long to render
		context.setDefaultTimeout(60_000);
		com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		page.navigate(url("/login"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập").setExact(true)).last().click();
		assertThat(page).hasURL(url("/my"));
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
		// the upload did not leave the page, and showed its progress
		assertThat(page.locator("#q" + text.id())).hasValue("Gõ xong là tải tệp lên ngay");
		assertThat(((Number) page.evaluate("window.uploadProgress.length")).intValue()).isPositive();
		assertThat(((Number) page.evaluate("Math.max(...window.uploadProgress)")).longValue()).isGreaterThan(3_000_000);
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
				new String(TestData.pdf(5_000), java.nio.charset.StandardCharsets.ISO_8859_1)));
		assertThat(page.locator("#q" + file.id() + "-files")).containsText("keo-tha.pdf");

		// removing a file right after typing keeps the typing too (it saves first, then the page posts)
		page.locator("#q" + text.id()).fill("Sửa lại trước khi xóa tệp");
		page.locator("#q" + file.id() + "-files button").first().click();
		assertThat(page.locator("#flash .alert-success")).hasText("Đã xóa tệp.");
		assertThat(page.locator("#q" + text.id())).hasValue("Sửa lại trước khi xóa tệp");
		assertThat(page.locator("#q" + file.id() + "-files li")).hasCount(1);
		assertValidHtml("/my/nominations/{id}");
	}

}
