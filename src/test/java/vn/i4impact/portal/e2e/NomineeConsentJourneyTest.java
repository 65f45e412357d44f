package vn.i4impact.portal.e2e;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A unit nominates a person for 4.2 (the dossier is opened through the service while the applicant screens are built
 * elsewhere); the person confirms through the mailed link; the secretariat then extends the dossier's deadline.
 */
class NomineeConsentJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	NominationService service;

	@Test
	void aNominatedPersonAgreesThroughTheMailedLinkAndTheSecretariatExtendsTheDeadline() {
		String edition = data.openEdition(20);
		CurrentUser unit = data.user(Role.APPLICANT);
		String email = TestData.uniqueEmail("nguoi-duoc-de-cu");
		// the unit nominates a person for 4.2 through its screens
		page.navigate(url("/login"));
		page.locator("#email").fill(unit.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.navigate(url("/my/nominations/new?award=" + data.awardId(edition, "4.2")));
		if (page.locator("#kind-other").count() > 0) {
			page.locator("#kind-other").check();
		}
		page.locator("#nomineeName").fill("Phạm Thị Thu Hà");
		page.locator("#position").fill("Chủ tịch UBND phường");
		page.locator("#organisation").fill("UBND phường Hồng Bàng");
		page.locator("#email").fill(email);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tạo hồ sơ")).click();
		assertThat(page.locator(".alert-success")).containsText("Hồ sơ đã được tạo");
		long id = Long.parseLong(page.url().replaceAll("^.*/my/nominations/(\\d+).*$", "$1"));
		Nomination n = service.get(unit.id(), id);
		Assertions.assertThat(n.getNomineeEmail()).isEqualTo(email);
		context.clearCookies();

		String link = data.lastMail(email).linkPath();
		page.navigate(url(link));
		assertThat(page.locator("h1")).hasText("Xác nhận đồng ý được đề cử");
		assertThat(page.locator("main")).containsText("Phạm Thị Thu Hà");
		assertThat(page.locator("main")).containsText("4.2 – Lãnh đạo Sáng tạo và Chuyển đổi số");
		assertAccessible("consent (vi)");
		assertValidHtml("consent (vi)");
		page.navigate(url(link + "&lang=en"));
		assertThat(page.locator("h1")).hasText("Do you agree to be nominated?");
		assertThat(page.locator("main")).containsText("Innovation Leadership");
		assertAccessible("consent (en)");
		assertValidHtml("consent (en)");
		page.navigate(url(link + "&lang=vi"));

		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Tôi đồng ý được đề cử")).click();
		assertThat(page).hasURL(url("/consent/done"));
		assertThat(page.locator("#consent-result")).hasText("Đã ghi nhận: Ông/Bà đồng ý được đề cử.");
		assertAccessible("consent done");
		assertValidHtml("consent done");
		Assertions.assertThat(service.get(unit.id(), n.getId()).getConsentStatus())
			.isEqualTo(ConsentStatus.GIVEN);
		// the link worked once
		page.navigate(url(link));
		assertThat(page.locator(".alert-warning")).containsText("đã được sử dụng");

		CurrentUser secretary = data.user(Role.SECRETARIAT);
		page.navigate(url("/login"));
		page.getByLabel("Thư điện tử").fill(secretary.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();
		String path = "/secretariat/nominations/" + n.getId() + "/extension";
		page.navigate(url(path + "?lang=en"));
		assertThat(page.locator("h1")).hasText("Extend the deadline");
		assertAccessible("extension (en)");
		assertValidHtml("extension (en)");
		page.navigate(url(path + "?lang=vi"));
		assertThat(page.locator("h1")).hasText("Gia hạn nộp hồ sơ");
		assertAccessible("extension (vi)");
		assertValidHtml("extension (vi)");

		page.getByLabel("Hạn mới").fill("01/01/2020 08:00");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gia hạn")).click();
		assertThat(page.locator("#until-error")).hasText("Hạn mới phải ở tương lai.");
		assertAccessible("extension with an error");

		String until = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE)
			.format(Instant.now().plus(40, ChronoUnit.DAYS));
		page.getByLabel("Hạn mới").fill(until);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gia hạn")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã gia hạn hồ sơ đến " + until);
		assertThat(page.locator("#current-deadline")).containsText("đã gia hạn");
		Assertions.assertThat(data.lastMail(unit.email()).subject()).contains("Gia hạn");
	}

}
