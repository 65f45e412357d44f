package vn.i4impact.portal.e2e;

import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.support.BrowserTest;
import vn.i4impact.portal.support.TestData;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Issue 5's journey: a secretary finds a submitted dossier by typing an unaccented name and asks for changes; the unit
 * edits and resubmits; the secretary sees what changed and marks the dossier eligible; the overview moves with it.
 */
class SecretariatReviewJourneyTest extends BrowserTest {

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	ProgramCatalog program;

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
	void aSecretaryAsksForChangesTheUnitResubmitsAndTheDossierBecomesEligible() throws Exception {
		String edition = data.openEdition(20);
		long editionId = data.editionId(edition);
		CurrentUser unit = data.user(Role.APPLICANT);
		jdbc.sql("update unit set name = 'Công ty Cổ phần Giải pháp Đà Nẵng Xanh', province_code = 'da-nang' where id = (select unit_id from unit_member where user_id = ?)")
			.param(unit.id()).update();
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		// the overview of the edition counts the one submitted dossier
		signIn(secretary);
		String overview = "/secretariat?edition=" + editionId;
		page.navigate(url(overview));
		assertThat(page.locator("#status-SUBMITTED .ov-num")).hasText("1");
		assertThat(page.locator("#status-ELIGIBLE .ov-num")).hasText("0");

		// the secretary types the unit's name without accents
		page.navigate(url("/secretariat/nominations?edition=" + editionId));
		assertAccessible("queue");
		assertValidHtml("queue");
		page.getByLabel("Tìm kiếm").fill("da nang xanh");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lọc").setExact(true)).click();
		assertThat(page.locator("#result-count")).hasText("1 hồ sơ");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ref)).click();
		assertThat(page.locator("#reference")).hasText(ref);
		assertThat(page.locator("#unit")).containsText("Công ty Cổ phần Giải pháp Đà Nẵng Xanh");
		assertAccessible("dossier (vi)");
		assertValidHtml("dossier (vi)");
		page.navigate(url("/secretariat/nominations/" + n.getId() + "?lang=en"));
		assertThat(page.locator("#decide-title")).hasText("Decide");
		assertAccessible("dossier (en)");
		assertValidHtml("dossier (en)");
		page.navigate(url("/secretariat/nominations/" + n.getId() + "?lang=vi"));

		// asks for changes: an empty message is refused on its field first
		page.locator("#panel-changes summary").click();
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu")).click();
		assertThat(page.locator("#changes-message-error")).containsText("Hãy ghi rõ đơn vị cần bổ sung");
		assertAccessible("request with an error");
		page.locator("#changes-message").fill("Đề nghị bổ sung số lượt phục vụ năm 2025 và bản scan có dấu.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi yêu cầu")).click();
		assertThat(page.locator(".alert-success")).containsText("Đã gửi yêu cầu bổ sung");
		assertThat(page.locator("h1 .badge")).hasText("Cần bổ sung, chỉnh sửa");
		assertThat(page.locator("#mails")).containsText("Đề nghị bổ sung hồ sơ " + ref);
		page.navigate(url(overview));
		assertThat(page.locator("#status-CHANGES_REQUESTED .ov-num")).hasText("1");
		assertThat(page.locator("#status-SUBMITTED .ov-num")).hasText("0");

		// the unit reads the request, edits an answer and submits again with a reply
		signIn(unit);
		page.navigate(url("/my/nominations/" + n.getId()));
		assertThat(page.locator("#changes-request")).containsText("Đề nghị bổ sung số lượt phục vụ năm 2025");
		assertAccessible("dossier form with a request");
		Question summary = program.questions(n.getAwardId()).get(0);
		page.locator("#" + summary.fieldName()).fill("Cổng dịch vụ công Đà Nẵng: 1,2 triệu lượt phục vụ năm 2025.");
		page.locator("#reply").fill("Đã bổ sung số lượt phục vụ năm 2025.");
		page.locator("#declaration").check();
		page.locator("#consent").check();
		page.locator("#submit-button").click();
		assertThat(page).hasURL(url("/my/nominations/" + n.getId() + "/submitted"));
		Assertions.assertThat(service.get(unit.id(), n.getId()).getStatus())
			.isEqualTo(NominationStatus.SUBMITTED);

		// the secretary sees what changed and marks the dossier eligible
		signIn(secretary);
		page.navigate(url("/secretariat/nominations/" + n.getId()));
		assertThat(page.locator("#changes-since")).containsText("Cổng dịch vụ công Đà Nẵng: 1,2 triệu lượt phục vụ năm 2025.");
		assertThat(page.locator("#unit-reply")).hasText("Đã bổ sung số lượt phục vụ năm 2025.");
		page.locator("#mark-eligible").click();
		assertThat(page.locator(".alert-success")).containsText("hồ sơ được chuyển tới Hội đồng chuyên môn");
		assertThat(page.locator("h1 .badge")).hasText("Hợp lệ, chuyển Hội đồng");
		Assertions.assertThat(service.get(unit.id(), n.getId()).getStatus())
			.isEqualTo(NominationStatus.ELIGIBLE);
		page.navigate(url(overview));
		assertThat(page.locator("#status-ELIGIBLE .ov-num")).hasText("1");
		assertThat(page.locator("#status-CHANGES_REQUESTED .ov-num")).hasText("0");
		assertThat(page.locator("#status-SUBMITTED .ov-num")).hasText("0");
		// and the queue in English is as usable
		page.navigate(url("/secretariat/nominations?edition=" + editionId + "&lang=en"));
		assertThat(page.locator("#result-count")).hasText("1 dossier");
		assertAccessible("queue (en)");
		assertValidHtml("queue (en)");
	}

	@Test
	void declaringADossierIneligibleShowsWhoIsToldBeforeItIsFinal() throws Exception {
		String edition = data.openEdition(20);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		signIn(data.user(Role.SECRETARIAT));
		page.navigate(url("/secretariat/nominations/" + n.getId()));
		page.locator("#panel-ineligible summary").click();
		page.locator("#ineligible-reason").selectOption("OTHER");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem lại quyết định không hợp lệ")).click();
		// "other" needs a note: the summary at the top leads to the field
		assertThat(page.locator("#form-error")).isVisible();
		page.locator("#form-error a").click();
		assertThat(page.locator("#ineligible-note")).isFocused();
		assertAccessible("ineligible with an error");
		page.locator("#ineligible-note").fill("Hồ sơ nộp trùng với hồ sơ của đơn vị chủ quản.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem lại quyết định không hợp lệ")).click();
		assertThat(page.locator("#confirm-recipients")).containsText(unit.email());
		assertThat(page.locator("#confirm-summary")).containsText("Hồ sơ nộp trùng với hồ sơ của đơn vị chủ quản.");
		assertAccessible("confirm ineligible");
		assertValidHtml("confirm ineligible");
		// changing it keeps the text; confirming takes the decision
		page.locator("#edit-decision").click();
		assertThat(page.locator("#ineligible-note")).hasValue("Hồ sơ nộp trùng với hồ sơ của đơn vị chủ quản.");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Xem lại quyết định không hợp lệ")).click();
		page.locator("#confirm-decision").click();
		assertThat(page.locator("h1 .badge")).hasText("Không hợp lệ");
		Assertions.assertThat(service.get(unit.id(), n.getId()).getStatus())
			.isEqualTo(NominationStatus.INELIGIBLE);
	}

}
