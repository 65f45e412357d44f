package vn.i4impact.portal.e2e;

import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Someone asks for reset links to one address again and again: after the limit (3 an hour in application.properties)
 * a friendly page in their language says to wait, with Retry-After, and no further mail is sent.
 */
class RateLimitJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	Response askForALink(String email) {
		page.navigate(url("/forgot-password"));
		page.locator("#email").fill(email);
		return page.waitForResponse(r -> r.url().endsWith("/forgot-password") && "POST".equals(r.request().method()),
				() -> page.locator("main button[type=submit]").click());
	}

	@Test
	void theFourthResetMailToOneAddressIsRefusedWithAFriendlyPageInBothLanguages() {
		CurrentUser user = data.user(Role.APPLICANT);
		for (int i = 0; i < 3; i++) {
			assertThat(askForALink(user.email()).status()).isEqualTo(302);
		}
		assertThat(data.mailCount(user.email())).isEqualTo(3);

		Response refused = askForALink(user.email());
		assertThat(refused.status()).isEqualTo(429);
		assertThat(Long.parseLong(refused.headerValue("retry-after"))).isPositive();
		assertThat(page.locator("html")).hasAttribute("lang", "vi");
		assertThat(page.locator("h1")).hasText("Bạn đã thao tác quá nhiều lần");
		assertThat(page.locator("main")).containsText("Vui lòng thử lại sau khoảng");
		assertAccessible("429 vi");
		HtmlValidator.assertValid("429 vi", refused.text());
		assertThat(data.mailCount(user.email())).isEqualTo(3);

		page.navigate(url("/?lang=en"));
		Response english = askForALink(user.email());
		assertThat(english.status()).isEqualTo(429);
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		assertThat(page.locator("h1")).hasText("Too many attempts");
		assertThat(page.locator("main")).containsText("Please try again in about");
		assertAccessible("429 en");
		HtmlValidator.assertValid("429 en", english.text());
		assertThat(data.mailCount(user.email())).isEqualTo(3);

		// another address is not affected
		String other = data.user(Role.APPLICANT).email();
		assertThat(askForALink(other).status()).isEqualTo(302);
		assertThat(data.mailCount(other)).isEqualTo(1);
	}

}
