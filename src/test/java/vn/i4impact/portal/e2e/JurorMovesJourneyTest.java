package vn.i4impact.portal.e2e;

import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the secretariat moves a juror's unstarted sheets to another member and sees, dossier by dossier, what
 * moved and what did not; then lets the juror leave the round after the confirmation page.
 */
class JurorMovesJourneyTest extends BrowserTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	AssignmentService assignments;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSecretariatMovesAJurorsUnstartedSheetsThenLetsThemLeave() throws Exception {
		Setup s = fixture.draftRound(2, 3, 2);
		fixture.open(s);
		CurrentUser a = s.jurors().get(1);
		CurrentUser b = s.jurors().get(2);
		long d0 = s.dossiers().get(0);
		long d1 = s.dossiers().get(1);
		assignments.add(s.roundId(), d0, a.id(), s.admin().id());
		assignments.add(s.roundId(), d1, a.id(), s.admin().id());
		assignments.add(s.roundId(), d1, b.id(), s.admin().id());
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

		page.navigate(url("/login?lang=vi"));
		page.locator("#email").fill(secretary.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
		page.navigate(url("/secretariat/jury/rounds/" + s.roundId()));
		page.locator("#move-from").selectOption(String.valueOf(a.id()));
		page.locator("#move-to").selectOption(String.valueOf(b.id()));
		page.locator("#move-submit").click();

		assertThat(page.locator("#move-report")).containsText("đã chuyển sang " + b.fullName());
		assertThat(page.locator("#move-report")).containsText("vẫn do " + a.fullName()
				+ " chấm: người nhận đã được phân công hồ sơ này");
		assertThat(page.locator(".alert").first()).containsText("Đã chuyển 1/2 phiếu chấm");
		assertAccessible("moves report");
		assertValidHtml("moves report");
		assertThat(fixture.jurorsOf(s.roundId(), d0)).containsExactly(b.id());
		assertThat(fixture.dossiersOf(s.roundId(), a.id())).containsExactly(d1);

		// the juror leaves: a confirmation first, then the report
		page.locator("#leave-juror").selectOption(String.valueOf(a.id()));
		page.locator("#leave-start").click();
		assertThat(page.locator("h1")).containsText("Thành viên rời vòng chấm: " + a.fullName());
		assertAccessible("leave confirmation");
		assertValidHtml("leave confirmation");
		page.locator("#leave-confirm").click();
		assertThat(page.locator("#leave-report")).containsText(a.fullName() + " đã rời vòng chấm");
		assertThat(fixture.dossiersOf(s.roundId(), a.id())).isEmpty();
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.juror.leave' and target_id = ?")
			.param("" + s.roundId()).query(Integer.class).single()).isEqualTo(1);
	}

}
