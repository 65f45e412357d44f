package vn.i4impact.portal.e2e;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A juror fills in their profile and declares an affiliation (a field message on the way), and sees both saved; the
 * secretariat reads that profile from the round page and adds a dossier made eligible after the round opened.
 */
class JurorProfileJourneyTest extends BrowserTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;

	private void signIn(CurrentUser user) {
		context.clearCookies();
		page.navigate(url("/login?lang=vi"));
		page.locator("#email").fill(user.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.locator("main form button[type=submit]").click();
	}

	@Test
	void aJurorDeclaresAnAffiliationAndTheSecretariatAddsALateDossier() throws Exception {
		Setup s = fixture.openRound(1, 2, 1);
		CurrentUser juror = s.jurors().get(0);
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

		signIn(juror);
		page.navigate(url("/jury"));
		page.locator("#profile-link").click();
		assertThat(page.locator("h1")).hasText("Thông tin thành viên hội đồng của tôi");
		assertAccessible("juror profile");
		assertValidHtml("juror profile");

		page.locator("#title").fill("PGS.TS.");
		page.locator("#organisation").fill("Viện Chiến lược Chuyển đổi số");
		page.locator("#taxCode").fill("12345");
		page.locator("#field-1\\.1").check();
		page.locator("#save-profile").click();
		assertThat(page.locator("#taxCode-error")).containsText("Mã số thuế không hợp lệ");
		assertThat(page.locator("#organisation")).hasValue("Viện Chiến lược Chuyển đổi số");
		assertAccessible("juror profile with an error");
		assertValidHtml("juror profile with an error");
		page.locator("#taxCode").fill("0102100740");
		page.locator("#save-profile").click();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu thông tin của anh/chị.");
		assertThat(page.locator("#field-1\\.1")).isChecked();

		page.locator("#aff-kind-ORGANISATION").check();
		page.locator("#aff-name").fill("Công ty Cổ phần Đổi Mới");
		page.locator("#aff-taxCode").fill("0100109106");
		page.locator("#add-affiliation").click();
		assertThat(page.locator(".alert-success")).containsText("Đã thêm mối liên hệ Công ty Cổ phần Đổi Mới.");
		assertThat(page.locator("#affiliation-list")).containsText("MST 0100109106");
		assertAccessible("juror profile with an affiliation");
		assertValidHtml("juror profile with an affiliation");
		assertThat(jdbc.sql("select count(*) from jury_affiliation where juror_id = ? and tax_code = '0100109106'")
			.param(juror.id()).query(Integer.class).single()).isEqualTo(1);

		// the secretariat: the member's profile from the round page, then a dossier made eligible after opening
		CurrentUser applicant = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(applicant, s.edition(), "1.1");
		dossiers.submit(applicant, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		screening.markEligible(n.getId(), data.version(n.getId()), secretary.id());
		signIn(secretary);
		page.navigate(url("/secretariat/jury/rounds/" + s.roundId()));
		assertThat(page.locator("#late-" + n.getId())).isVisible();
		assertAccessible("round page with late dossiers");
		assertValidHtml("round page with late dossiers");
		page.locator("#member-profiles").getByRole(AriaRole.LINK,
				new Locator.GetByRoleOptions().setName(juror.fullName())).first().click();
		assertThat(page.locator("#juror-affiliations")).containsText("Công ty Cổ phần Đổi Mới");
		assertAccessible("juror profile (secretariat)");
		assertValidHtml("juror profile (secretariat)");
		page.goBack();
		page.locator("#late-" + n.getId()).getByRole(AriaRole.BUTTON).click();
		assertThat(page.locator(".alert-success")).containsText("sẵn sàng để phân công");
		assertThat(page.locator("#dossier-" + n.getId())).isVisible();
		page.locator("#auto-assign").click();
		assertThat(page.locator("#dossier-" + n.getId())).not().containsText("Chưa có thành viên");
	}

}
