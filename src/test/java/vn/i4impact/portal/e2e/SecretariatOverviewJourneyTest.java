package vn.i4impact.portal.e2e;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.bench.TenThousandNominations;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * A secretary logs in, lands on the overview, picks an edition with a few hundred dossiers spread over 60 days, and
 * reads it: the charts are figures with captions and real numbers, valid and accessible in both languages, on a
 * desktop and on a phone.
 */
class SecretariatOverviewJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aSecretaryReadsAnEditionAtAGlance() {
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String code = data.openEdition(30);
		long edition = data.editionId(code);
		TenThousandNominations.generate(jdbc, edition, 300, 60, 60, data.user(Role.APPLICANT).id(),
				List.of(secretary.id()));
		long dossiers = jdbc.sql("select count(*) from nomination where edition_id = ? and status <> 'DRAFT'")
			.param(edition).query(Long.class).single();

		page.navigate(url("/login"));
		page.getByLabel("Thư điện tử").fill(secretary.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();
		assertThat(page).hasURL(url("/secretariat"));
		assertThat(page.locator("h1")).hasText("Tổng quan kỳ chương trình");

		page.getByLabel("Kỳ chương trình").selectOption(String.valueOf(edition));
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem")).click();
		assertThat(page).hasURL(url("/secretariat?edition=" + edition));
		assertThat(page.locator("#glance-dossiers")).hasText(String.valueOf(dossiers));
		assertThat(page.locator("figure figcaption")).hasCount(5);
		assertThat(page.locator("#chart-days svg a")).not().hasCount(0);
		assertThat(page.locator("#attention-unassigned"))
			.hasAttribute("href", "/secretariat/nominations?edition=" + edition + "&status=SUBMITTED&assignee=none");

		String path = "/secretariat?edition=" + edition;
		assertAccessible(path + " (vi)");
		assertValidHtml(path + " (vi)");
		page.navigate(url(path + "&lang=en"));
		assertThat(page.locator("h1")).hasText("Edition overview");
		assertAccessible(path + " (en)");
		usePhone();
		page.navigate(url(path + "&lang=vi"));
		assertAccessible(path + " (phone)");
	}

}
