package vn.i4impact.portal.e2e;

import java.time.Duration;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.DeadlineReminders;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, items 5 and 7 on a phone: the unit sees its nominee's consent on the draft, sends the link again (refused
 * too soon, then sent), the nominee agrees, the draft says so; the committee sets the edition's reminder days, and
 * the unit's reminder mail leads back to the draft — once.
 */
class ConsentAndReminderJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	void login(CurrentUser user) {
		context.clearCookies();
		page.navigate(url("/login"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
	}

	@Test
	void theUnitFollowsItsNomineesConsentAndIsRemindedOfTheDeadline() {
		String edition = data.openEdition(20);
		CurrentUser unit = data.user(Role.APPLICANT);
		String email = TestData.uniqueEmail("nguoi-duoc-de-cu");
		Nomination n = dossiers.person(unit, edition, "Hoàng Thị Mai Anh", email);
		String draft = "/my/nominations/" + n.getId();
		usePhone();
		login(unit);

		page.navigate(url(draft));
		assertThat(page.locator("#consent-status")).hasText("Đang chờ người được đề cử xác nhận");
		assertThat(page.locator("#consent-sent")).containsText(email);
		page.locator("#consent-resend").click();
		assertThat(page.locator(".alert-danger")).containsText("Có thể gửi lại từ");
		assertAccessible("draft with consent refused (phone)");
		assertValidHtml("draft with consent panel");

		clock.advance(Duration.ofMinutes(61));
		page.locator("#consent-resend").click();
		assertThat(page.locator(".alert-success")).containsText("Đã gửi lại đường liên kết xác nhận");
		assertThat(data.mailCount(email)).isEqualTo(2);

		// the nominee answers through the newest link
		page.navigate(url(data.lastMail(email).linkPath()));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi đồng ý được đề cử")).click();
		assertThat(page).hasURL(url("/consent/done"));
		page.navigate(url(draft + "?lang=en"));
		assertThat(page.locator("#consent-status")).hasText("The nominee agreed");
		assertThat(page.locator("#consent-resend")).hasCount(0);
		assertAccessible("draft with consent given (en, phone)");
		assertThat(data.lastMail(unit.email()).subject()).contains("đã đồng ý");

		// the committee reminds this edition's units ten days ahead
		login(data.user(Role.ADMIN));
		page.navigate(url("/admin/editions/" + edition));
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thư nhắc hạn nộp")).click();
		page.getByLabel("Số ngày trước hạn gửi thư nhắc đầu tiên").fill("61");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator("#days-error")).hasText("Nhập một số nguyên từ 0 đến 60.");
		assertAccessible("reminder settings with an error (phone)");
		assertValidHtml("reminder settings");
		page.getByLabel("Số ngày trước hạn gửi thư nhắc đầu tiên").fill("10");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu thiết lập thư nhắc");

		clock.advance(Duration.ofDays(11));
		reminders.remind();
		reminders.remind();
		TestData.Mail reminder = data.lastMail(unit.email());
		assertThat(reminder.subject()).startsWith("Nhắc hạn nộp hồ sơ");
		assertThat(reminder.linkPath()).isEqualTo(draft);
		login(unit);
		page.navigate(url(reminder.linkPath()));
		assertThat(page.locator("#status")).hasText("Bản nháp");
	}

}
