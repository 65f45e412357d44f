package vn.i4impact.portal.jury.internal.ranking;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committee in a browser: sets a round's ranking rules (a bad threshold gets its message), then on a closed
 * round reads the ranking, the robustness report with its chart and "too close to call" marks, and downloads the
 * minutes; every page valid HTML without serious accessibility problems, in Vietnamese and English.
 */
class RankingReportJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate template;

	@Autowired
	RoundService rounds;

	@Test
	void theCommitteeSetsTheRulesAndReadsTheRobustnessOfAClosedRound() {
		CurrentUser admin = data.user(Role.ADMIN);
		long editionId = data.editionId(data.openEdition(10));
		rounds.createDefaults(editionId);
		long draft = rounds.findOne(editionId, RoundKind.PRELIMINARY).getId();
		RandomRound random = RandomRound.of(new RandomRound.Spec(77, 1, 12, 3, 6, 4, 10, false));
		RoundWriter.Written written = new RoundWriter(jdbc, template, data).write(random, 3, "HIGHER_MEDIAN", Method.MEAN);
		jdbc.sql("update jury_round set status = 'CLOSED', closed_at = now() where id = ?").param(written.roundId()).update();

		page.navigate(url("/login"));
		page.getByLabel("Thư điện tử").fill(admin.email());
		page.locator("#password").fill(TestData.PASSWORD);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).last().click();

		page.navigate(url("/admin/jury/rounds/" + draft + "/rules"));
		assertThat(page.locator("h1")).containsText("Quy tắc xếp hạng");
		page.getByLabel("Ngưỡng chênh lệch (điểm)").fill("trăm");
		page.getByLabel("Bước 1").selectOption("MORE_TOP_MARKS");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu quy tắc")).click();
		assertThat(page.locator("#threshold-error")).containsText("Vui lòng nhập số điểm lớn hơn 0");
		assertThat(page.locator("#step2-error")).hasText("Bước này đã được dùng ở trên.");
		assertThat(page.getByLabel("Ngưỡng chênh lệch (điểm)")).hasValue("trăm");
		check("rules with an error (vi)");
		page.getByLabel("Ngưỡng chênh lệch (điểm)").fill("20");
		page.getByLabel("Bước 2").selectOption("HIGHER_MEDIAN");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu quy tắc")).click();
		assertThat(page.locator("#flash")).containsText("Đã lưu quy tắc xếp hạng.");
		page.navigate(url("/admin/jury/rounds/" + written.roundId() + "/rules?lang=en"));
		assertThat(page.locator("#rules-frozen")).isVisible();
		check("frozen rules (en)");

		page.navigate(url("/secretariat/jury/rounds/" + written.roundId() + "/ranking?lang=vi"));
		check("ranking (vi)");
		page.locator("#ranking-links").getByText("Báo cáo độ vững").click();
		assertThat(page.locator("#robustness-table")).isVisible();
		assertThat(page.locator(".too-close").first()).hasText("Quá sát để kết luận");
		assertThat(page.locator("svg.robustness-chart title")).containsText("xác suất");
		check("robustness (vi)");
		page.navigate(url("/secretariat/jury/rounds/" + written.roundId() + "/robustness?lang=en"));
		assertThat(page.locator(".too-close").first()).hasText("Too close to call");
		check("robustness (en)");

		page.navigate(url("/secretariat/jury/rounds/" + written.roundId() + "/ranking?lang=vi"));
		Download pdf = page.waitForDownload(() -> page.getByText("Biên bản niêm phong (PDF)").click());
		assertThat(pdf.suggestedFilename()).startsWith("bien-ban-preliminary-").endsWith("-vi.pdf");
	}

	private void check(String name) {
		assertAccessible(name);
		assertValidHtml(name);
	}
}
