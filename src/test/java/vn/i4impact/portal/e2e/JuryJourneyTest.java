package vn.i4impact.portal.e2e;

import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14's journey: the committee opens the preliminary round; the secretariat assigns automatically; a juror
 * declares no conflict on one dossier and a conflict on another, scores the first on a phone (autosave seen) and
 * submits; the secretariat sees the progress move and reassigns the conflicted dossier.
 */
class JuryJourneyTest extends BrowserTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

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
	void theCommitteeOpensTheSecretariatAssignsAJurorScoresOnAPhone() throws Exception {
		Setup s = fixture.draftRound(2, 3, 2);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		// generous waits: the machine this runs on is shared, and the first page of a fresh context is slow
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);

		// the committee opens the preliminary round
		signIn(s.admin());
		page.navigate(url("/admin/editions/" + s.editionId() + "/rounds"));
		assertAccessible("rounds");
		assertValidHtml("rounds");
		// first its criteria: a weight raised makes the total wrong (shown as typed), then another lowered fixes it
		page.locator("#criteria-" + s.roundId()).click();
		page.locator("#c0-weight").fill("35");
		assertThat(page.locator("#weight-total")).hasText("105");
		page.locator("#crit-save").click();
		assertThat(page.locator("#error-summary")).containsText("Tổng trọng số là 105; tổng phải bằng 100.");
		assertThat(page.locator("#c0-weight")).hasValue("35");
		assertAccessible("criteria with errors");
		assertValidHtml("criteria with errors");
		page.locator("#c1-weight").fill("20");
		page.locator("#crit-save").click();
		assertThat(page.locator(".alert-success")).containsText("Đã lưu bộ tiêu chí.");
		assertThat(page.locator("#c0-weight")).hasValue("35");
		assertThat(page.locator("#weight-total")).hasText("100");
		assertThat(jdbc.sql("select weight from jury_criterion where round_id = ? and award_id is null and code = 'IMPACT'")
			.param(s.roundId()).query(Integer.class).single()).isEqualTo(35);
		page.navigate(url("/admin/editions/" + s.editionId() + "/rounds"));
		page.locator("#open-" + s.roundId()).click();
		assertThat(page.locator("#round-" + s.roundId() + " .badge").first()).hasText("Đang mở");

		// the secretariat assigns automatically
		signIn(secretary);
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		page.navigate(url(desk));
		page.locator("#auto-assign").click();
		assertThat(page.locator(".alert-success")).containsText("Đã tạo 4 phân công");
		assertAccessible("secretariat jury");
		assertValidHtml("secretariat jury");

		// the juror with both dossiers (the lightest-first order gives the first panel member two)
		long jurorId = s.jurors().stream().map(CurrentUser::id)
			.filter(id -> fixture.dossiersOf(s.roundId(), id).size() == 2).findFirst().orElseThrow();
		CurrentUser juror = s.jurors().stream().filter(j -> j.id() == jurorId).findFirst().orElseThrow();
		List<Long> mine = fixture.dossiersOf(s.roundId(), jurorId);
		long scored = mine.get(0);
		long conflicted = mine.get(1);
		String scoredRef = reference(scored);
		String conflictedRef = reference(conflicted);

		usePhone();
		signIn(juror);
		page.navigate(url("/jury"));
		assertAccessible("jury home");
		assertValidHtml("jury home");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(scoredRef)).click();
		assertThat(page.locator("#declaration")).isVisible();
		assertThat(page.locator("#sheet-form")).hasCount(0);
		assertAccessible("declaration");
		assertValidHtml("declaration");
		page.locator("#conflict-none").check();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai báo")).click();
		assertThat(page.locator("#sheet-form")).isVisible();

		List<Long> criteria = jdbc.sql("select id from jury_criterion where round_id = ? and award_id is null order by sort_order")
			.param(s.roundId()).query(Long.class).list();
		page.locator("#score-" + criteria.get(0)).fill("8");
		page.locator("#comment-" + criteria.get(0)).fill("Tác động đo được ở ba quận.");
		// autosave: no button pressed
		assertThat(page.locator("#save-status")).containsText("Đã lưu lúc");
		assertThat(jdbc.sql("""
				select count(*) from jury_score sc join jury_sheet sh on sh.id = sc.sheet_id
				where sh.juror_id = ? and sh.nomination_id = ? and sc.score = 8""")
			.params(jurorId, scored).query(Integer.class).single()).isEqualTo(1);
		assertAccessible("score sheet (phone)");
		assertValidHtml("score sheet (phone)");
		for (int i = 1; i < criteria.size(); i++) {
			page.locator("#score-" + criteria.get(i)).fill(String.valueOf(5 + i));
		}
		page.locator("#overall").fill("Hồ sơ tốt, minh chứng đầy đủ.");
		page.locator("#submit-sheet").click();
		assertThat(page.locator(".alert-success")).containsText("Đã gửi phiếu chấm điểm hồ sơ " + scoredRef);

		// a conflict on the other dossier
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(conflictedRef)).click();
		page.locator("#conflict-yes").check();
		page.locator("#conflict-reason").fill("Tôi là cố vấn của đơn vị này.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Khai báo")).click();
		assertThat(page.locator(".alert-success")).containsText(conflictedRef);
		assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(conflictedRef))).hasCount(0);

		// the secretariat sees the progress and reassigns the conflicted dossier
		page.setViewportSize(1280, 900);
		signIn(secretary);
		page.navigate(url(desk));
		assertThat(page.locator("#progress-jurors")).containsText(juror.fullName());
		assertThat(page.locator("#dossier-" + scored)).containsText("Đã gửi");
		assertThat(page.locator("#conflicts-title + ul")).containsText("Tôi là cố vấn của đơn vị này.");
		page.locator("#auto-assign").click();
		assertThat(page.locator(".alert-success")).containsText("Đã tạo 1 phân công");
		List<Long> now = fixture.jurorsOf(s.roundId(), conflicted);
		assertThat(now).hasSize(2).doesNotContain(jurorId);
	}

	private String reference(long nominationId) {
		return jdbc.sql("select reference_code from jury_round_entry where nomination_id = ?").param(nominationId)
			.query(String.class).single();
	}

}
