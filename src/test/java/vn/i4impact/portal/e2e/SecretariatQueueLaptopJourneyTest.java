package vn.i4impact.portal.e2e;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat on a 1366 x 768 laptop: compact filters, at least 15 dossiers in view, reference codes on one line,
 * dates repeated as dd/MM/yyyy; after "eligible" the decision panel warns that the other steps reverse it and the
 * request for changes asks to confirm.
 */
class SecretariatQueueLaptopJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Screening screening;

	void signIn(CurrentUser user) {
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
		page.navigate(url("/login?lang=vi"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
		assertThat(page).hasURL(url("/secretariat"));
	}

	void shot(String name) {
		// for the change notes; target/ is never committed
		page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target/screenshots/" + name + ".png")));
	}

	@Test
	void aLaptopShowsFifteenDossiersAndTheEligibleWarning() throws Exception {
		String edition = data.openEdition(20);
		long editionId = data.editionId(edition);
		List<Nomination> submitted = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			CurrentUser unit = data.user(Role.APPLICANT);
			Nomination n = dossiers.self(unit, edition, i % 2 == 0 ? "1.3" : "2.1");
			dossiers.submit(unit, n);
			submitted.add(n);
		}
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		long eligible = submitted.get(0).getId();
		screening.markEligible(eligible, data.version(eligible), secretary.id());

		page.setViewportSize(1366, 768);
		signIn(secretary);
		page.navigate(url("/secretariat/nominations?edition=" + editionId));
		assertThat(page.locator("#queue tbody tr")).hasCount(16);
		// the less used filters are folded when none is set; 15 rows fit above the fold
		assertThat(page.locator("#more-filters")).not().hasAttribute("open", "");
		BoundingBox fifteenth = page.locator("#queue tbody tr").nth(14).boundingBox();
		assertThat(fifteenth.y + fifteenth.height).as("bottom of the 15th row").isLessThanOrEqualTo(768);
		// reference codes never wrap: the cell is one line high
		BoundingBox ref = page.locator("#queue tbody tr td.ref-code").first().boundingBox();
		BoundingBox code = page.locator("#queue tbody tr td.ref-code a").first().boundingBox();
		assertThat(code.height).isLessThan(30);
		assertThat(ref.height).isLessThan(40);
		// and every column is in view: the table does not scroll sideways
		assertThat((Boolean) page.evaluate("() => { const t = document.querySelector('#queue').parentElement;"
				+ " return t.scrollWidth <= t.clientWidth + 1; }")).as("no sideways scrolling").isTrue();
		shot("queue-1366");
		assertAccessible("queue (1366)");
		assertValidHtml("queue (1366)");

		// a date filter repeats the chosen date as dd/MM/yyyy whatever the browser's language
		page.locator("#more-filters summary").click();
		page.locator("#from").fill("2026-05-04");
		assertThat(page.locator(".date-echo[data-date-for=from]")).hasText("04/05/2026");

		page.setViewportSize(390, 844);
		page.navigate(url("/secretariat/nominations?edition=" + editionId));
		shot("queue-390");
		assertAccessible("queue (390)");
		// the table fits a phone: nothing scrolls sideways, and the unit is still there, under the nominee
		assertThat(page.locator(".queue-unit-phone").first()).isVisible();
		assertThat((Boolean) page.evaluate(
				"() => { const t = document.querySelector('.table-responsive'); return t.scrollWidth <= t.clientWidth + 1"
						+ " && document.documentElement.scrollWidth <= window.innerWidth + 1; }"))
			.as("no sideways scrolling at 390 px").isTrue();

		// the eligible dossier: the panel says the other steps reverse the decision, and asks before sending
		page.setViewportSize(1366, 768);
		page.navigate(url("/secretariat/nominations/" + eligible));
		assertThat(page.locator("#reverses-eligible")).containsText("đã được kết luận hợp lệ");
		shot("dossier-eligible-1366");
		assertAccessible("dossier (eligible)");
		assertValidHtml("dossier (eligible)");
		page.locator("#panel-changes summary").click();
		page.locator("#changes-message").fill("Xin bổ sung báo cáo tài chính.");
		long versionBefore = data.version(eligible);
		List<String> asked = new ArrayList<>();
		page.onceDialog(dialog -> {
			asked.add(dialog.message());
			dialog.dismiss();
		});
		page.locator("#request-changes").click();
		assertThat(page.locator("#reverses-eligible")).isVisible();
		assertThat(asked).singleElement().asString().contains("huỷ kết luận này");
		assertThat(page).hasURL(url("/secretariat/nominations/" + eligible));
		// dismissed: nothing was sent, the dossier is unchanged
		assertThat(data.version(eligible)).isEqualTo(versionBefore);
		page.setViewportSize(390, 844);
		assertAccessible("dossier (eligible, 390)");
	}

}
