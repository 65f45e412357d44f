package vn.i4impact.portal.e2e;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The secretariat sets the panel of a whole category on the round page and sees it applied to the category's awards
 * that have no panel of their own; a chair outside the panel is refused by the field, with the choice kept.
 */
class CategoryPanelJourneyTest extends BrowserTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatSetsACategorysPanelAndSeesItApplied() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		CurrentUser first = fixture.juror();
		CurrentUser second = fixture.juror();
		long cat1 = jdbc.sql("select id from category where edition_id = ? and code = '1'").param(s.editionId())
			.query(Long.class).single();
		long a11 = data.awardId(s.edition(), "1.1");
		long a12 = data.awardId(s.edition(), "1.2");
		long a21 = data.awardId(s.edition(), "2.1");
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

		page.navigate(url("/login?lang=vi"));
		page.locator("#email").fill(secretary.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.navigate(url("/secretariat/jury/rounds/" + s.roundId()));
		assertThat(page.locator("#applies-" + a12)).containsText("Chưa có tiểu ban");

		// a chair who is not among the members: refused by the field, the members chosen are kept
		String form = "#category-panel-" + cat1;
		page.locator("#cat-" + cat1 + "-members").selectOption(new String[] { "" + first.id() });
		page.locator("#cat-" + cat1 + "-chair").selectOption("" + second.id());
		page.locator(form + " button[type=submit]").click();
		assertThat(page.locator("#cat-" + cat1 + "-chair-error")).hasText("Trưởng tiểu ban phải là thành viên của tiểu ban.");
		assertThat(page.locator("#cat-" + cat1 + "-members option[value='" + first.id() + "']")).hasJSProperty("selected", true);
		assertAccessible("category panel refused");
		assertValidHtml("category panel refused");

		// both members, the second as chair: 1.2 and 1.3 use it, 1.1 keeps its own, category 2 has none
		page.locator("#cat-" + cat1 + "-members").selectOption(new String[] { "" + first.id(), "" + second.id() });
		page.locator("#cat-" + cat1 + "-chair").selectOption("" + second.id());
		page.locator(form + " button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu tiểu ban của hạng mục.");
		assertThat(page.locator("#applies-" + a12)).containsText("Tiểu ban của hạng mục 1");
		assertThat(page.locator("#applies-" + a12)).containsText("2 thành viên");
		assertThat(page.locator("#applies-" + a11)).containsText("Tiểu ban riêng (2 thành viên)");
		assertThat(page.locator("#applies-" + a21)).containsText("Chưa có tiểu ban");
		assertAccessible("category panel saved");
		assertValidHtml("category panel saved");
	}

}
