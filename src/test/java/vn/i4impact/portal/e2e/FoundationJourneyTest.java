package vn.i4impact.portal.e2e;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A newcomer's first visit: the program in both languages, registration, confirmation, login, logout. */
class FoundationJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Test
	void aUnitRegistersConfirmsItsAddressAndLogsIn() {
		page.navigate(url("/"));
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
			.containsText("Vietnam I4 Impact Awards");
		assertThat(page.locator("#awards-title")).hasText("5 hạng mục, 12 giải thưởng");
		assertThat(page.locator("#awards")).containsText("Công nghệ AI tác động tới cuộc sống");
		assertThat(page.locator("#awards")).containsText("I4 AI For Life Award");

		page.getByText("English").first().click();
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("#awards-title")).hasText("5 categories, 12 awards");
		assertThat(page.locator("#timeline-title")).hasText("Timeline");
		// remembered across pages
		page.navigate(url("/editions"));
		assertThat(page.locator("h1")).hasText("Editions");
		assertThat(page.locator("main")).containsText("TOP Industry 4.0 Vietnam – I4.0 Awards 2023");
		page.getByText("Tiếng Việt").first().click();
		assertThat(page.locator("h1")).hasText("Các kỳ chương trình");

		String email = TestData.uniqueEmail("journey");
		page.navigate(url("/register"));
		page.getByLabel("Tên đơn vị").fill("Sở Khoa học và Công nghệ Hải Phòng");
		page.getByLabel("Loại hình đơn vị").selectOption("STATE_BODY");
		page.getByLabel("Tỉnh, thành phố").selectOption("hai-phong");
		page.getByLabel("Họ và tên").fill("Nguyễn Cao Thắng");
		page.getByLabel("Chức vụ").fill("Giám đốc");
		page.getByLabel("Số điện thoại").fill("0912 345 678");
		page.getByLabel("Thư điện tử").fill(email);
		page.locator("#password").fill("hoa phuong do ven song Cam");
		page.locator("#passwordConfirm").fill("hoa phuong do ven song Cam");
		page.getByLabel("Tôi đồng ý").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
		assertThat(page.locator("h1")).hasText("Vui lòng kiểm tra hộp thư");
		assertThat(page.locator("main")).containsText(email);

		// logging in before confirming is refused with a clear message
		page.navigate(url("/login"));
		page.getByLabel("Thư điện tử").fill(email);
		page.locator("#password").fill("hoa phuong do ven song Cam");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();
		assertThat(page.locator("#login-error")).containsText("chưa được kích hoạt");

		page.navigate(url(data.lastMail(email).linkPath()));
		assertThat(page.locator("main")).containsText("đã được xác nhận");

		page.navigate(url("/login"));
		page.getByLabel("Thư điện tử").fill(email);
		page.locator("#password").fill("hoa phuong do ven song Cam");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();
		assertThat(page).hasURL(url("/my"));
		assertThat(page.locator("h1")).containsText("Nguyễn Cao Thắng");
		assertThat(page.locator("#unit-name")).hasText("Sở Khoa học và Công nghệ Hải Phòng");

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Đăng nhập")))
			.isVisible();
		page.navigate(url("/my"));
		assertThat(page).hasURL(url("/login"));
	}

	@Test
	void loginRenewsTheSessionAndAWrongRoleSeesAFriendlyRefusal() {
		CurrentUser applicant = data.user(Role.APPLICANT);
		page.navigate(url("/login"));
		String before = sessionCookie();
		page.getByLabel("Thư điện tử").fill(applicant.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(url("/my"));
		Assertions.assertThat(sessionCookie()).isNotNull().isNotEqualTo(before);
		for (String path : new String[] { "/my", "/my/organization", "/account", "/my/organization?lang=en" }) {
			page.navigate(url(path));
			assertAccessible(path);
			assertValidHtml(path);
		}
		page.navigate(url("/my/organization?lang=vi"));

		page.navigate(url("/admin"));
		assertThat(page.locator("h1")).hasText("Bạn không có quyền truy cập trang này");
		assertAccessible("403 (vi)");
		page.navigate(url("/admin?lang=en"));
		assertThat(page.locator("h1")).hasText("You may not open this page");
		assertAccessible("403 (en)");
		assertValidHtml("403 (en)");
	}

	private String sessionCookie() {
		return context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).map(c -> c.value).findFirst().orElse(null);
	}

	@Test
	void publicPagesAreAccessibleAndValidInBothLanguages() {
		for (String lang : new String[] { "vi", "en" }) {
			for (String path : new String[] { "/", "/editions/i4-impact-2026/awards/2.3", "/login", "/register",
					"/editions", "/nothing-here" }) {
				page.navigate(url(path + "?lang=" + lang));
				assertAccessible(path + " (" + lang + ")");
				assertValidHtml(path + " (" + lang + ")");
			}
		}
	}

	@Test
	void theRegistrationFormKeepsWhatWasTypedAndExplainsEachError() {
		usePhone();
		page.navigate(url("/register"));
		page.getByLabel("Tên đơn vị").fill("Công ty Cổ phần Cấp nước Hải Phòng");
		page.getByLabel("Loại hình đơn vị").selectOption("ENTERPRISE");
		page.getByLabel("Mã số thuế").fill("0200123456");
		page.getByLabel("Thư điện tử").fill("not-an-address");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng ký")).click();
		assertThat(page.locator("#error-summary")).isVisible();
		assertThat(page.locator("#taxCode-error")).containsText("Mã số thuế không hợp lệ");
		assertThat(page.locator("#email-error")).containsText("không hợp lệ");
		assertThat(page.locator("#provinceCode-error")).isVisible();
		assertThat(page.getByLabel("Tên đơn vị")).hasValue("Công ty Cổ phần Cấp nước Hải Phòng");
		assertThat(page.getByLabel("Loại hình đơn vị")).hasValue("ENTERPRISE");
		assertAccessible("/register with errors");
		assertValidHtml("/register with errors");
	}

}
