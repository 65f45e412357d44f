package vn.i4impact.portal.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The organising committee starts 2027 from 2026: clone, rename an award, add a question, move the deadline, open and
 * make it current; the public home page and the form preview show it in both languages.
 */
class ProgramAdminJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	Page.GetByRoleOptions named(String name) {
		return new Page.GetByRoleOptions().setName(name).setExact(true);
	}

	void checkPage(String name) {
		assertAccessible(name);
		assertValidHtml(name);
	}

	@Test
	void theCommitteeStarts2027From2026() {
		String previousCurrent = jdbc.sql("select code from edition where is_current").query(String.class).optional().orElse(null);
		try {
			journey();
		}
		finally {
			// the home page belongs to the other browser tests too: give it back its edition
			jdbc.sql("update edition set is_current = false where is_current").update();
			if (previousCurrent != null) {
				jdbc.sql("update edition set is_current = true where code = ?").param(previousCurrent).update();
			}
		}
	}

	void journey() {
		CurrentUser admin = data.user(Role.ADMIN);
		page.navigate(url("/login"));
		page.locator("#email").fill(admin.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, named("Đăng nhập")).last().click();
		assertThat(page).hasURL(url("/admin"));

		page.getByRole(AriaRole.LINK, named("Kỳ chương trình")).first().click();
		assertThat(page.locator("h1")).hasText("Các kỳ chương trình");
		checkPage("/admin/editions");

		// clone 2026: the form proposes the 2027 code and names
		page.locator("tr", new Page.LocatorOptions().setHasText("i4-impact-2026")).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Nhân bản")).click();
		assertThat(page.locator("#code")).hasValue("i4-impact-2027");
		assertThat(page.locator("#offsetDays")).hasValue("365");
		checkPage("/admin/editions/i4-impact-2026/clone");
		page.locator("#nameEn").fill("Vietnam I4 Impact Awards 2027");
		page.getByRole(AriaRole.BUTTON, named("Tạo kỳ chương trình mới")).click();
		assertThat(page).hasURL(url("/admin/editions/i4-impact-2027"));
		assertThat(page.locator(".alert-success")).containsText("Đã tạo kỳ i4-impact-2027");
		assertThat(page.locator("#edition-status")).hasText("Bản nháp");
		assertThat(page.locator("#end-NOMINATION")).hasText("30/04/2027 23:59");
		checkPage("/admin/editions/i4-impact-2027");

		// rename award 2.3
		page.getByRole(AriaRole.LINK, named("Sửa 2.3")).click();
		assertThat(page.locator("#nameVi")).hasValue("Công nghệ AI tác động tới cuộc sống");
		checkPage("award edit");
		page.locator("#nameVi").fill("Trí tuệ nhân tạo vì cuộc sống");
		page.locator("#nameEn").fill("I4 AI For Everyone Award");
		page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
		assertThat(page.locator("[id='award-2.3'] .award-name")).hasText("Trí tuệ nhân tạo vì cuộc sống");

		// a required number with its unit for award 2.2
		page.getByRole(AriaRole.LINK, named("Câu hỏi của giải thưởng 2.2")).click();
		assertThat(page.locator("h1")).hasText("Câu hỏi riêng của giải thưởng 2.2");
		assertThat(page.locator("tbody")).containsText("Giảm phát thải CO2 (tấn/năm)");
		checkPage("award questions");
		page.getByRole(AriaRole.LINK, named("Thêm câu hỏi")).click();
		checkPage("new question");
		page.locator("#labelVi").fill("Lượng nước được tái sử dụng");
		page.locator("#labelEn").fill("Water reused");
		page.locator("#kind").selectOption("INTEGER");
		page.getByLabel("Bắt buộc").check();
		page.locator("#unitVi").fill("m³/năm");
		page.locator("#unitEn").fill("m³/year");
		page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
		assertThat(page.locator(".alert-success")).hasText("Đã thêm câu hỏi.");
		assertThat(page.locator("tbody tr").last()).containsText("Lượng nước được tái sử dụng");

		// move the nomination deadline: too late first (review already started then), then right
		page.navigate(url("/admin/editions/i4-impact-2027/timeline"));
		checkPage("timeline");
		page.locator("#NOMINATION-end").fill("2027-05-15T17:00");
		page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
		assertThat(page.locator("#SECRETARIAT_REVIEW-start-error"))
			.hasText("Giai đoạn này phải bắt đầu sau khi giai đoạn “Nhận hồ sơ ứng cử, đề cử” kết thúc.");
		checkPage("timeline with errors");
		page.locator("#NOMINATION-end").fill("2027-04-20T17:00");
		page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
		assertThat(page.locator(".alert-success")).hasText("Đã lưu các mốc thời gian.");
		assertThat(page.locator("#end-NOMINATION")).hasText("20/04/2027 17:00");

		// open for nominations and make it the current edition
		page.getByRole(AriaRole.BUTTON, named("Mở nhận hồ sơ")).click();
		assertThat(page.locator("#edition-status")).hasText("Đang nhận hồ sơ");
		page.getByRole(AriaRole.BUTTON, named("Đặt làm kỳ hiện hành")).click();
		assertThat(page.locator("#edition-current")).isVisible();

		// the form preview, as applicants will see it
		page.navigate(url("/admin/editions/i4-impact-2027/awards/2.2/preview"));
		Page.GetByLabelOptions exact = new Page.GetByLabelOptions().setExact(false);
		assertThat(page.getByLabel("Lượng nước được tái sử dụng", exact)).hasAttribute("required", "required");
		assertThat(page.locator("main")).containsText("m³/năm");
		assertThat(page.locator("main")).containsText("Giảm phát thải CO2 (tấn/năm)");
		assertThat(page.locator("main")).containsText("Hồ sơ tham gia (tệp PDF)");
		checkPage("preview (vi)");
		page.navigate(url("/admin/editions/i4-impact-2027/awards/2.2/preview?lang=en"));
		assertThat(page.getByLabel("Water reused", exact)).hasAttribute("required", "required");
		assertThat(page.locator("main")).containsText("m³/year");
		assertThat(page.locator("main")).containsText("CO2 emissions avoided (tonnes/year)");
		checkPage("preview (en)");

		// the public home page now shows 2027, in both languages
		page.navigate(url("/?lang=vi"));
		assertThat(page.locator("h1")).containsText("2027");
		assertThat(page.locator("#awards")).containsText("Trí tuệ nhân tạo vì cuộc sống");
		assertThat(page.locator("#timeline")).containsText("20/04/2027");
		page.navigate(url("/?lang=en"));
		assertThat(page.locator("h1")).hasText("Vietnam I4 Impact Awards 2027");
		assertThat(page.locator("#awards")).containsText("I4 AI For Everyone Award");
		assertThat(page.locator("#timeline")).containsText("20/04/2027");
		page.navigate(url("/admin/editions?lang=en"));
		assertThat(page.locator("h1")).hasText("Editions");
		checkPage("/admin/editions (en)");
		page.navigate(url("/admin/editions/i4-impact-2027?lang=en"));
		checkPage("/admin/editions/i4-impact-2027 (en)");
		page.navigate(url("/admin/editions/i4-impact-2027/edit?lang=vi"));
		checkPage("edition edit");
		page.navigate(url("/admin/editions/new"));
		page.getByRole(AriaRole.BUTTON, named("Lưu thay đổi")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		checkPage("new edition with errors");
		page.navigate(url("/admin/editions/i4-impact-2027/categories/new"));
		checkPage("new category");
		page.navigate(url("/admin/editions/i4-impact-2027/questions"));
		checkPage("common questions");
		page.navigate(url("/?lang=vi"));
	}

}
