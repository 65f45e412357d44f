package vn.i4impact.portal.review;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.internal.ReviewDesk;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The secretariat's overview counts what the units really sent: a fresh edition with a handful of dossiers in known
 * states, and the page must show exactly those numbers, each linking to the queue with the matching filter.
 */
@PortalTest
class SecretariatOverviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ReviewDesk desk;

	@Autowired
	Screening screening;

	@Autowired
	MutableClock clock;

	// made once for the class: the tests only read, and the shared test database (outbox, ids) stays small
	static CurrentUser secretary;

	static long editionId;

	static long personId;

	@BeforeEach
	void anEditionWithDossiersInEveryInterestingState() throws Exception {
		if (secretary != null) {
			return;
		}
		CurrentUser me = data.user(Role.SECRETARIAT);
		String edition = data.openEdition(30);
		editionId = data.editionId(edition);

		// a Hà Nội enterprise: two submitted dossiers and one draft
		CurrentUser hanoi = data.user(Role.APPLICANT);
		Nomination assigned = dossiers.self(hanoi, edition, "1.1");
		dossiers.submit(hanoi, assigned);
		Nomination overdue = dossiers.self(hanoi, edition, "1.3");
		dossiers.submit(hanoi, overdue);
		dossiers.self(hanoi, edition, "2.1");

		// a Hải Phòng unit nominates a person, who has not answered yet
		CurrentUser haiphong = data.user(Role.APPLICANT);
		Nomination person = dossiers.person(haiphong, edition, "Phạm Thị Thu Hà", TestData.uniqueEmail("nominee"));
		dossiers.submit(haiphong, person);
		personId = person.getId();
		jdbc.sql("update unit set province_code = 'hai-phong' where id = ?").param(person.getUnitId()).update();

		// the secretariat has taken one dossier and sent another back with a date that has passed
		desk.assign(List.of(assigned.getId()), me.id());
		screening.requestChanges(overdue.getId(), data.version(overdue.getId()), "Bổ sung giấy phép",
				clock.instant().plus(Duration.ofDays(1)), me.id());
		secretary = me;
	}

	@Test
	void aRequestIsOverdueOnlyOnceTheUnitCanNoLongerEdit() throws Exception {
		// the request's date has passed, but the nomination window is open: the unit still has until its end
		assertThat(page("/secretariat/nominations?edition=" + editionId + "&overdue=true")).contains("Không có hồ sơ nào");
		// the request's date passes, and then the window closes: time moves on, nothing is rewritten in SQL
		clock.advance(Duration.ofDays(31));
		try {
			assertThat(big(page("/secretariat?edition=" + editionId), "attention-overdue")).isEqualTo("1");
			assertThat(page("/secretariat/nominations?edition=" + editionId + "&overdue=true")).contains("1 hồ sơ");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void theSecretariatSeesTheEditionsRealFigures() throws Exception {
		String html = page("/secretariat?edition=" + editionId);

		assertThat(text(html, "glance-dossiers")).isEqualTo("3");
		assertThat(text(html, "glance-drafts")).isEqualTo("1");

		assertThat(count(html, "status-SUBMITTED")).isEqualTo("2");
		assertThat(count(html, "status-CHANGES_REQUESTED")).isEqualTo("1");
		assertThat(count(html, "status-ELIGIBLE")).isEqualTo("0");
		assertThat(html).doesNotContain("id=\"status-DRAFT\"");

		assertThat(count(html, "category-1")).isEqualTo("2");
		assertThat(count(html, "award-1.1")).isEqualTo("1");
		assertThat(count(html, "award-1.3")).isEqualTo("1");
		assertThat(count(html, "award-2.1")).as("a draft is not a dossier").isEqualTo("0");
		assertThat(count(html, "award-4.2")).isEqualTo("1");

		assertThat(count(html, "province-ha-noi")).isEqualTo("2");
		assertThat(count(html, "province-hai-phong")).isEqualTo("1");
		assertThat(html.indexOf("id=\"province-ha-noi\"")).as("most dossiers first")
			.isLessThan(html.indexOf("id=\"province-hai-phong\""));
		assertThat(text(html, "province-summary")).isEqualTo("2/34 tỉnh, thành phố có hồ sơ");

		assertThat(count(html, "type-ENTERPRISE")).isEqualTo("2");
		assertThat(count(html, "type-INDIVIDUAL")).isEqualTo("1");
		assertThat(html).contains("href=\"/secretariat/nominations?edition=" + editionId + "&amp;nomineeType=INDIVIDUAL\"");

		// needs attention: the person's dossier is the one nobody has taken
		assertThat(big(html, "attention-unassigned")).isEqualTo("1");
		assertThat(big(html, "attention-overdue")).as("the window is still open").isEqualTo("0");
		assertThat(big(html, "attention-consent")).isEqualTo("1");
		assertThat(html).contains("href=\"/secretariat/nominations/" + personId + "\"");
		assertThat(html).contains("Phạm Thị Thu Hà");

		// every figure opens the queue filtered the same way
		String q = "/secretariat/nominations?edition=" + editionId;
		assertThat(html).contains("href=\"" + q + "&amp;status=SUBMITTED&amp;assignee=none\"");
		assertThat(html).contains("href=\"" + q + "&amp;overdue=true\"");
		assertThat(html).contains("href=\"" + q + "&amp;consent=PENDING&amp;consent=DECLINED&amp;status=SUBMITTED");
		assertThat(html).contains("href=\"" + q + "&amp;province=hai-phong\"");
		assertThat(html).contains("href=\"" + q + "&amp;status=CHANGES_REQUESTED\"");
		assertThat(html).contains("href=\"" + q + "&amp;award=" + data.awardId(code(), "1.3") + "\"");

		// all three came in today; the chart runs from today to the deadline, 30 days on
		LocalDate today = LocalDate.now(PortalTime.ZONE);
		DateTimeFormatter f = DateTimeFormatter.ofPattern("dd/MM/yyyy");
		assertThat(text(html, "days-summary"))
			.isEqualTo("3 hồ sơ nộp từ " + f.format(today) + " đến " + f.format(today.plusDays(30)) + ".");
		assertThat(html).contains("aria-label=\"" + f.format(today) + ": 3 hồ sơ\"");
		assertThat(html).contains("href=\"" + q + "&amp;from=" + today + "&amp;to=" + today + "\"");

		HtmlValidator.assertValid("/secretariat", html);
	}

	@Test
	void everyFigureOpensAQueueListingThatManyDossiers() throws Exception {
		String html = page("/secretariat?edition=" + editionId);
		for (String id : new String[] { "attention-unassigned", "attention-overdue", "attention-consent" }) {
			assertThat(queueCount(href(html, "id=\"" + id + "\""))).as(id).isEqualTo(big(html, id));
		}
		for (String row : new String[] { "status-SUBMITTED", "status-CHANGES_REQUESTED", "category-1", "award-1.3",
				"award-4.2", "province-ha-noi", "province-hai-phong", "type-ENTERPRISE", "type-INDIVIDUAL" }) {
			assertThat(queueCount(href(html, "id=\"" + row + "\".*?"))).as(row).isEqualTo(count(html, row));
		}
		assertThat(queueCount(href(html, "id=\"glance-dossiers\""))).isEqualTo(text(html, "glance-dossiers"));
		String today = LocalDate.now(PortalTime.ZONE).toString();
		assertThat(queueCount("/secretariat/nominations?edition=" + editionId + "&from=" + today + "&to=" + today))
			.isEqualTo("3");
	}

	/** The first link after the marker, as a path MockMvc can request. */
	private static String href(String html, String marker) {
		return find(html, marker + "[^>]*?href=\"([^\"]+)\"|" + marker + ".*?href=\"([^\"]+)\"", marker).replace("&amp;", "&");
	}

	/** How many dossiers the queue says it lists. */
	private String queueCount(String path) throws Exception {
		String count = text(page(path), "result-count");
		return count.replace(" hồ sơ", "");
	}

	@Test
	void englishReadersGetEnglish() throws Exception {
		String html = page("/secretariat?edition=" + editionId + "&lang=en");
		assertThat(html).contains("Needs attention first", "Dossiers by province of the applicant unit");
		assertThat(text(html, "province-summary")).isEqualTo("2 of 34 provinces and cities sent dossiers");
	}

	@Test
	void unknownOrGarbageEditionsFallBackToTheDefaultEdition() throws Exception {
		String current = jdbc.sql("select name_vi from edition where is_current").query(String.class).single();
		String unknown = page("/secretariat?edition=999999999");
		assertThat(unknown).contains("id=\"edition-unknown\"", current);
		String garbage = page("/secretariat?edition=%27%3Bdrop%20table");
		assertThat(garbage).contains("id=\"edition-unknown\"", current);
		assertThat(page("/secretariat")).doesNotContain("id=\"edition-unknown\"").contains(current);
	}

	@Test
	void onlyTheSecretariatGetsIn() throws Exception {
		for (Role role : new Role[] { Role.APPLICANT, Role.JUROR, Role.ADMIN }) {
			var response = mvc.perform(get("/secretariat").with(Auth.as(data.user(role))).accept("text/html"))
				.andReturn().getResponse();
			assertThat(response.getStatus()).as(role.name()).isEqualTo(403);
			assertThat(response.getContentAsString()).as(role.name()).doesNotContain("glance-dossiers");
		}
		var anonymous = mvc.perform(get("/secretariat?edition=" + editionId)).andReturn().getResponse();
		assertThat(anonymous.getStatus()).isEqualTo(302);
		assertThat(anonymous.getRedirectedUrl()).endsWith("/login");
	}

	private String code() {
		return jdbc.sql("select code from edition where id = ?").param(editionId).query(String.class).single();
	}

	private String page(String path) throws Exception {
		var response = mvc.perform(get(path).with(Auth.as(secretary)).accept("text/html")).andReturn().getResponse();
		assertThat(response.getStatus()).as(path).isEqualTo(200);
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	/** The text of the element with this id (no nested markup). */
	static String text(String html, String id) {
		return find(html, "id=\"" + Pattern.quote(id) + "\"[^>]*>([^<]*)<", id);
	}

	/** The count cell of a chart row. */
	static String count(String html, String rowId) {
		return find(html, "id=\"" + Pattern.quote(rowId) + "\".*?class=\"ov-num[^\"]*\">([^<]*)<", rowId);
	}

	/** The big number of an attention card. */
	static String big(String html, String id) {
		return find(html, "id=\"" + Pattern.quote(id) + "\".*?class=\"ov-big\">([^<]*)<", id);
	}

	private static String find(String html, String regex, String what) {
		Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(html);
		assertThat(m.find()).as("%s on the page", what).isTrue();
		String found = m.group(1) != null ? m.group(1) : m.group(2);
		return found.strip();
	}

}
