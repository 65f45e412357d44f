package vn.i4impact.portal.e2e;

import java.nio.file.Files;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.assertions.PlaywrightAssertions;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.SelectionFixture;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15's journey: the committee closes the preliminary round, opens the ranking and the shortlist, sees a "too
 * close to call" mark on a tie at the line, records the vote and confirms the shortlist; two jurors score the final
 * round; the committee confirms the honourees and /verify says the seal matches.
 */
class ShortlistJourneyTest extends BrowserTest {

	@Autowired
	JuryFixture jury;

	@Autowired
	SelectionFixture selection;

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
	void fromTheClosedPreliminaryRoundToTheConfirmedHonourees() throws Exception {
		Setup s = jury.openRound(3, 2, 2);
		List<Long> d = s.dossiers();
		// the first clearly ahead; the other two tie on every rule, across the line of two
		selection.scoreAll(s.roundId(), d.get(0), s.jurors(), 9);
		selection.scoreAll(s.roundId(), d.get(1), s.jurors(), 7);
		selection.scoreAll(s.roundId(), d.get(2), s.jurors(), 7);
		context.setDefaultTimeout(60_000);
		PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
		CurrentUser admin = s.admin();

		// the committee closes the preliminary round and opens the ranking
		signIn(admin);
		page.navigate(url("/admin/editions/" + s.editionId() + "/rounds"));
		page.locator("#close-" + s.roundId()).click();
		assertThat(page.locator("#round-" + s.roundId() + " .badge").first()).hasText("Đã kết thúc");
		page.navigate(url("/secretariat/jury/rounds/" + s.roundId() + "/ranking"));
		assertThat(page.locator(".ranking-table")).isVisible();

		// the shortlist: a tie at the line, too close to call, blocks until the vote
		String shortlist = "/secretariat/jury/rounds/" + s.roundId() + "/shortlist";
		page.navigate(url(shortlist));
		assertThat(page.locator("#row-" + d.get(1) + " .too-close")).hasText("Khó phân định");
		assertThat(page.locator("#selection-blocked")).isVisible();
		assertAccessible("shortlist");
		assertValidHtml("shortlist");
		page.locator("#place-" + d.get(1)).fill("2");
		page.locator("#place-" + d.get(2)).fill("1");
		page.locator("#voters-" + s.awardId()).fill("Ban Tổ chức, 5 thành viên có mặt");
		page.locator("#result-" + s.awardId()).fill("4 phiếu cho hồ sơ thứ ba, 1 phiếu cho hồ sơ thứ hai");
		page.locator("#vote-" + s.awardId() + " button[type=submit]").click();
		assertThat(page.locator(".alert-success")).containsText("Đã ghi nhận biểu quyết");
		assertThat(page.locator("#selection-blocked")).hasCount(0);
		page.locator("#notify").check();
		page.locator("#confirm-button").click();
		assertThat(page.locator("#selection-confirmed")).isVisible();
		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(1)), selection.status(d.get(2))))
			.containsExactly("SHORTLISTED", "NOT_SHORTLISTED", "SHORTLISTED");

		// two jurors score the final round
		long fin = selection.openFinal(s.editionId(), s.awardId(), s.jurors(), admin);
		assertThat(selection.entries(fin)).containsExactly(d.get(0), d.get(2));
		List<Long> criteria = jdbc.sql("select id from jury_criterion where round_id = ? and award_id is null order by sort_order")
			.param(fin).query(Long.class).list();
		int[][] scores = { { 6, 8 }, { 7, 8 } };
		for (int j = 0; j < 2; j++) {
			signIn(s.jurors().get(j));
			for (int k = 0; k < 2; k++) {
				long dossier = k == 0 ? d.get(0) : d.get(2);
				page.navigate(url("/jury/rounds/" + fin + "/dossiers/" + dossier));
				page.locator("#conflict-none").check();
				page.locator("#declaration button[type=submit]").click();
				for (long criterion : criteria) {
					page.locator("#score-" + criterion).fill(String.valueOf(scores[j][k]));
				}
				page.locator("#overall").fill("Hồ sơ có tác động rõ, minh chứng đầy đủ.");
				page.locator("#submit-sheet").click();
				assertThat(page.locator(".alert-success")).containsText("Đã gửi phiếu chấm điểm");
			}
		}

		// the committee closes the final round and confirms the honourees (one planned: the proposal's first)
		signIn(admin);
		page.navigate(url("/admin/editions/" + s.editionId() + "/rounds"));
		page.locator("#close-" + fin).click();
		assertThat(page.locator("#round-" + fin + " .badge").first()).hasText("Đã kết thúc");
		page.navigate(url("/secretariat/jury/rounds/" + fin + "/decision?lang=en"));
		assertThat(page.locator("#row-" + d.get(2))).containsText("Honoured");
		assertAccessible("decision");
		assertValidHtml("decision");
		page.locator("#confirm-button").click();
		assertThat(page.locator("#selection-confirmed")).isVisible();
		assertThat(List.of(selection.status(d.get(0)), selection.status(d.get(2))))
			.containsExactly("NOT_HONOURED", "HONOURED");

		// the sealed minutes of the final round, downloaded from the ranking page, print the seal and the decisions
		page.navigate(url("/secretariat/jury/rounds/" + fin + "/ranking?lang=vi"));
		Download minutes = page.waitForDownload(() -> page.getByText("Biên bản niêm phong (PDF)").click());
		try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(minutes.path()))) {
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
			Assertions.assertThat(text).contains("Được biểu dương").contains("Không được biểu dương");
		}

		page.navigate(url("/secretariat/jury/rounds/" + fin + "/verify"));
		assertThat(page.locator("#seal-ok")).isVisible();
		assertThat(page.locator("#ranking-ok")).isVisible();
	}
}
