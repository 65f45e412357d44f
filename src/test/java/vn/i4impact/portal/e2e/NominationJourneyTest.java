package vn.i4impact.portal.e2e;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
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
 * A unit applies for award 1.3 on a phone: opens the dossier, is told what is missing, types, autosaves, saves, leaves
 * and comes back to find every word, attaches the PDF, submits and gets its reference code. And a late submit.
 */
class NominationJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	ProgramCatalog program;

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	void checkPage(String name) {
		assertAccessible(name);
		assertValidHtml(name);
	}

	/** Both languages: the page as it is, then in English, then back to Vietnamese (the choice is remembered). */
	void checkBothLanguages(String name) {
		checkPage(name);
		String here = page.url().replaceAll("[?#].*$", "");
		page.navigate(here + "?lang=en");
		checkPage(name + " (en)");
		page.navigate(here + "?lang=vi");
	}

	void logIn(CurrentUser user) {
		page.navigate(url("/login"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).last().click();
		assertThat(page).hasURL(url("/my"));
	}

	static String answerFor(Question q) {
		return switch (q.kind()) {
			case INTEGER -> "12000";
			case DECIMAL -> "1.5";
			case DATE -> "2025-06-01";
			case URL -> "https://haiphong.gov.vn/chuyen-doi-so";
			default -> "Cổng dịch vụ công của Hải Phòng: " + q.id();
		};
	}

	@Test
	void aUnitAppliesForAward13OnAPhone() throws Exception {
		usePhone();
		String edition = data.openEdition(20);
		long award = data.awardId(edition, "1.3");

		// the unit registers on its phone, confirms its address and logs in
		String email = TestData.uniqueEmail("phone");
		page.navigate(url("/register"));
		page.getByLabel("Tên đơn vị").fill("Trung tâm Phục vụ hành chính công thành phố Hải Phòng");
		page.getByLabel("Loại hình đơn vị").selectOption("STATE_BODY");
		page.getByLabel("Tỉnh, thành phố").selectOption("hai-phong");
		page.getByLabel("Họ và tên").fill("Đỗ Minh Châu");
		page.getByLabel("Chức vụ").fill("Phó Giám đốc");
		page.getByLabel("Số điện thoại").fill("0912 345 678");
		page.getByLabel("Thư điện tử").fill(email);
		page.locator("#password").fill("phuc vu nguoi dan tan tinh");
		page.locator("#passwordConfirm").fill("phuc vu nguoi dan tan tinh");
		page.getByLabel("Tôi đồng ý").check();
		page.getByRole(AriaRole.BUTTON, named("Đăng ký")).click();
		assertThat(page.locator("h1")).hasText("Vui lòng kiểm tra hộp thư");
		page.navigate(url(data.lastMail(email).linkPath()));
		assertThat(page.locator("main")).containsText("đã được xác nhận");
		page.navigate(url("/login"));
		page.locator("#email").fill(email);
		page.locator("#password").fill("phuc vu nguoi dan tan tinh");
		page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).last().click();
		assertThat(page).hasURL(url("/my"));

		page.getByRole(AriaRole.LINK, named("Hồ sơ tham gia")).first().click();
		assertThat(page.locator("#no-nominations")).isVisible();
		checkBothLanguages("/my/nominations (empty)");

		page.navigate(url("/my/nominations/new?award=" + award));
		assertThat(page.locator("#kind-self")).isChecked();
		// đề cử without a nominee: messages on the fields
		page.locator("#kind-other").check();
		page.getByRole(AriaRole.BUTTON, named("Tạo hồ sơ")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#nomineeName-error")).hasText("Vui lòng nhập thông tin này.");
		checkPage("/my/nominations/new (errors)");
		page.locator("#kind-self").check();
		page.getByRole(AriaRole.BUTTON, named("Tạo hồ sơ")).click();
		assertThat(page.locator(".alert-success")).containsText("Hồ sơ đã được tạo");
		String form = page.url();
		checkBothLanguages("/my/nominations/{id} (new draft)");

		// submitting an empty dossier marks what is missing, on the fields
		page.locator("#declaration").check();
		page.locator("#consent").check();
		page.getByRole(AriaRole.BUTTON, named("Nộp hồ sơ")).click();
		assertThat(page.locator(".alert-danger")).containsText("Hồ sơ chưa đầy đủ");
		assertThat(page.locator("[aria-invalid=true]").first()).isVisible();
		checkBothLanguages("/my/nominations/{id} (errors)");

		// type: the first text is autosaved by htmx, then the rest is saved with the button
		var questions = program.questions(award);
		Question first = questions.stream().filter(q -> q.kind().name().equals("LONG_TEXT")).findFirst().orElseThrow();
		page.locator("#q" + first.id()).fill("Bản nháp tự lưu: dịch vụ công cho người dân Hải Phòng");
		assertThat(page.locator("#save-status")).containsText("Đã lưu lúc", new LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
		page.locator("#title").fill("Cổng dịch vụ công Hải Phòng");
		for (Question q : questions) {
			if (!q.required() || q.kind().isFile() || q.id() == first.id()) {
				continue;
			}
			switch (q.kind()) {
				case YES_NO -> page.locator("#q" + q.id() + "-yes").check();
				case SINGLE_CHOICE -> page.locator("#q" + q.id()).selectOption(new SelectOption().setIndex(1));
				default -> page.locator("#q" + q.id()).fill(answerFor(q));
			}
		}
		// let a pending autosave finish; its new version must reach the form, or the save below would conflict
		page.waitForTimeout(5_500);
		page.getByRole(AriaRole.BUTTON, named("Lưu nháp")).click();
		assertThat(page.locator(".alert-success")).hasText("Đã lưu bản nháp.");
		assertThat(page.locator("#conflict")).hasCount(0);

		// leave, come back in a new tab: every word is there
		page.navigate(url("/my/nominations"));
		assertThat(page.locator(".nomination-list")).containsText("Hoàn thiện hồ sơ và nộp trước hạn");
		checkBothLanguages("/my/nominations");
		page.close();
		page = context.newPage();
		page.navigate(form);
		assertThat(page.locator("#title")).hasValue("Cổng dịch vụ công Hải Phòng");
		assertThat(page.locator("#q" + first.id())).hasValue("Bản nháp tự lưu: dịch vụ công cho người dân Hải Phòng");

		// attach the dossier PDF (a Vietnamese name)
		Question file = questions.stream().filter(q -> q.kind().isFile() && q.required()).findFirst().orElseThrow();
		Path dir = Files.createTempDirectory("ho-so");
		Path pdf = dir.resolve("Hồ sơ dự thi.pdf");
		Files.write(pdf, TestData.pdf(40_000));
		page.locator("#q" + file.id()).setInputFiles(pdf);
		page.locator("button[form=upload-q" + file.id() + "]").click();
		assertThat(page.locator(".alert-success")).containsText("Hồ sơ dự thi.pdf");
		assertThat(page.locator("#q" + file.id() + "-files")).containsText("Hồ sơ dự thi.pdf");
		assertThat(page.locator("#completeness")).containsText("Hồ sơ đã đầy đủ");

		page.locator("#declaration").check();
		page.locator("#consent").check();
		page.getByRole(AriaRole.BUTTON, named("Nộp hồ sơ")).click();
		assertThat(page.locator("#reference")).hasText("I4IA-2027-1.3-0001");
		checkPage("/my/nominations/{id}/submitted");
		page.getByRole(AriaRole.LINK, named("Xem hồ sơ đã nộp")).click();
		assertThat(page.locator("#status")).hasText("Đã nộp");
		assertThat(page.locator("#dossier-form")).hasCount(0);
		assertThat(page.locator(".answers")).containsText("Bản nháp tự lưu: dịch vụ công cho người dân Hải Phòng");
		checkBothLanguages("/my/nominations/{id} (submitted)");

		// the receipt mail, with its PDF, is in the outbox (where a local install shows mail)
		CurrentUser admin = data.user(Role.ADMIN);
		var adminContext = browser.newContext();
		Page outbox = adminContext.newPage();
		outbox.navigate(url("/login"));
		outbox.locator("#email").fill(admin.email());
		outbox.locator("#password").fill(TestData.PASSWORD);
		outbox.locator("main form button[type=submit]").click();
		outbox.navigate(url("/admin/outbox"));
		var receipt = outbox.locator(".outbox-mail").filter(new Locator.FilterOptions().setHasText(email)).first();
		assertThat(receipt).containsText("I4IA-2027-1.3-0001");
		assertThat(receipt).containsText("bien-nhan-I4IA-2027-1.3-0001.pdf");
		adminContext.close();
	}

	@Test
	void aLateSubmissionIsRefused() throws Exception {
		usePhone();
		String edition = data.openEdition(20);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = service.start(me, data.awardId(edition, "1.3"), NominationKind.SELF, service.selfNominee(me));
		Map<Long, String> answers = new HashMap<>();
		for (Question q : program.questions(n.getAwardId())) {
			if (q.required() && !q.kind().isFile()) {
				answers.put(q.id(), q.kind().name().equals("YES_NO") ? "true" : q.kind().name().equals("SINGLE_CHOICE") ? "0" : answerFor(q));
			}
		}
		service.saveDraft(me.id(), n.getId(), n.getVersion(), "Nộp sát giờ", answers);
		long fileQuestion = program.questions(n.getAwardId()).stream().filter(q -> q.kind().isFile() && q.required()).findFirst().orElseThrow().id();
		dossierFiles.attach(me.id(), n.getId(), fileQuestion, new ByteArrayInputStream(TestData.pdf(3000)), "a.pdf");
		logIn(me);
		page.navigate(url("/my/nominations/" + n.getId()));
		assertThat(page.locator("#completeness")).containsText("Hồ sơ đã đầy đủ");

		// a colleague's tab saves first: this tab's save shows the conflict and keeps what was typed
		Page colleague = context.newPage();
		colleague.navigate(url("/my/nominations/" + n.getId()));
		colleague.locator("#title").fill("Tiêu đề của đồng nghiệp");
		colleague.getByRole(AriaRole.BUTTON, named("Lưu nháp")).click();
		assertThat(colleague.locator(".alert-success")).hasText("Đã lưu bản nháp.");
		page.locator("#title").fill("Tiêu đề của tôi");
		page.getByRole(AriaRole.BUTTON, named("Lưu nháp")).click();
		assertThat(page.locator("#conflict")).containsText("Tiêu đề của đồng nghiệp");
		assertThat(page.locator("#title")).hasValue("Tiêu đề của tôi");
		assertAccessible("/my/nominations/{id} (conflict)");
		assertThat(service.get(me.id(), n.getId()).getTitle()).isEqualTo("Tiêu đề của đồng nghiệp");
		page.getByRole(AriaRole.BUTTON, named("Lưu phiên bản của tôi")).click();
		assertThat(page.locator(".alert-success")).hasText("Đã lưu bản nháp.");
		assertThat(service.get(me.id(), n.getId()).getTitle()).isEqualTo("Tiêu đề của tôi");

		data.closeWindow(edition);
		page.locator("#declaration").check();
		page.locator("#consent").check();
		page.getByRole(AriaRole.BUTTON, named("Nộp hồ sơ")).click();
		assertThat(page.locator(".alert-danger")).containsText("Đã hết hạn nộp hồ sơ");
		assertThat(page.locator("#status")).hasText("Bản nháp");
		Nomination after = service.get(me.id(), n.getId());
		assertThat(after.getStatus()).isEqualTo(NominationStatus.DRAFT);
		assertThat(after.getReferenceCode()).isNull();
		checkBothLanguages("/my/nominations/{id} (after the deadline)");

		// an award for units and people (5.2) asks which kind of nominee
		page.navigate(url("/my/nominations/new?award=" + data.awardId(data.openEdition(5), "5.2")));
		assertThat(page.locator("#nomineeType option[value=INDIVIDUAL]")).hasCount(1);
		checkBothLanguages("/my/nominations/new (5.2)");
	}

}
