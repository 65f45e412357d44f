package vn.i4impact.portal.e2e;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The organising committee invites a juror, the juror joins, is deactivated while logged in and is locked out; every
 * step is in the audit log. The juror browses in a browser of their own, so their session is really open meanwhile.
 */
class StaffAndAuditJourneyTest extends BrowserTest {

	static final String JUROR_PASSWORD = "gio dong bac thoi qua song Hong";

	@Autowired
	TestData data;

	@Test
	void anAdminInvitesAJurorThenDeactivatesThemAndTheLogShowsIt() {
		CurrentUser admin = data.user(Role.ADMIN);
		String jurorEmail = TestData.uniqueEmail("giam-khao");
		String jurorName = "Võ Thị Giám Khảo " + System.nanoTime();

		logIn(page, admin.email(), TestData.PASSWORD);
		assertThat(page).hasURL(url("/admin"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nhật ký thay đổi")).first().click();
		assertThat(page.locator("h1")).hasText("Nhật ký thay đổi");

		page.navigate(url("/admin/users"));
		page.getByLabel("Thư điện tử").fill(jurorEmail);
		page.getByLabel("Họ và tên").fill(jurorName);
		page.getByLabel("Thành viên hội đồng").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi thư mời")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã gửi thư mời đến " + jurorEmail);
		checkPage("/admin/users");

		// the juror, in their own browser, accepts through the mailed link and logs in
		BrowserContext jurorContext = context.browser()
			.newContext(new Browser.NewContextOptions().setLocale("vi-VN"));
		Page juror = jurorContext.newPage();
		juror.navigate(url(data.lastMail(jurorEmail).linkPath()));
		juror.locator("#password").fill(JUROR_PASSWORD);
		juror.locator("#passwordConfirm").fill(JUROR_PASSWORD);
		juror.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kích hoạt tài khoản")).click();
		assertThat(juror.locator(".alert-success")).containsText("Tài khoản đã được kích hoạt");
		logIn(juror, jurorEmail, JUROR_PASSWORD);
		assertThat(juror).hasURL(url("/jury"));
		// the organising committee's pages are not theirs
		juror.navigate(url("/admin/users"));
		assertThat(juror.locator("h1")).hasText("Bạn không có quyền truy cập trang này");

		// the admin finds the juror without typing diacritics and deactivates the account
		page.navigate(url("/admin/users"));
		page.getByLabel("Tìm kiếm").fill("vo thi giam khao");
		page.getByLabel("Trạng thái").selectOption("ACTIVE");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
		assertThat(page).hasURL(Pattern.compile(".*q=vo\\+thi\\+giam\\+khao.*status=ACTIVE.*"));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(jurorName)).click();
		assertThat(page.locator("h1")).hasText(jurorName);
		assertThat(page.locator("#user-status")).hasText("Đang hoạt động");
		String userPath = page.url().substring(url("").length());
		checkPage(userPath);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vô hiệu hóa tài khoản")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã vô hiệu hóa tài khoản của " + jurorName);
		assertThat(page.locator("#user-status")).hasText("Đã vô hiệu hóa");

		// the juror's open session ends at the next click, and the password no longer opens a new one
		juror.navigate(url("/jury"));
		assertThat(juror).hasURL(url("/login"));
		assertThat(juror.locator("#login-error")).containsText("Bạn đã bị đăng xuất");
		logIn(juror, jurorEmail, JUROR_PASSWORD);
		assertThat(juror.locator("#login-error")).containsText("đã bị vô hiệu hóa");
		jurorContext.close();

		// the log lists both changes, newest first, with what changed
		page.navigate(url("/admin/audit"));
		page.getByLabel("Người thực hiện").fill(admin.email());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc")).click();
		assertThat(page.locator("#audit-count")).hasText("2 mục");
		assertThat(page.locator(".audit-entry").nth(0).locator(".audit-action")).hasText("Vô hiệu hóa tài khoản");
		assertThat(page.locator(".audit-entry").nth(0).locator(".audit-changes"))
			.containsText("Đang hoạt động");
		assertThat(page.locator(".audit-entry").nth(0).locator(".audit-changes")).containsText("Đã vô hiệu hóa");
		assertThat(page.locator(".audit-entry").nth(1).locator(".audit-action")).hasText("Mời cán bộ");
		assertThat(page.locator(".audit-entry").nth(1)).containsText(jurorName);
		checkPage(page.url().substring(url("").length()));
	}

	private void logIn(Page p, String email, String password) {
		p.navigate(url("/login"));
		p.getByLabel("Thư điện tử").fill(email);
		p.locator("#password").fill(password);
		p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();
	}

	/** Accessible and valid in English too; then back to Vietnamese for the rest of the journey. */
	private void checkPage(String path) {
		String sep = path.contains("?") ? "&" : "?";
		page.navigate(url(path));
		assertAccessible(path + " (vi)");
		assertValidHtml(path + " (vi)");
		page.navigate(url(path + sep + "lang=en"));
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertAccessible(path + " (en)");
		assertValidHtml(path + " (en)");
		page.navigate(url(path + sep + "lang=vi"));
	}

}
