package vn.i4impact.portal.review;

import java.io.ByteArrayInputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The secretariat's queue, dossier page and decisions, through the screens, as the people who use them. */
@PortalTest
class SecretariatReviewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ProgramCatalog program;


	private static String text(String html) {
		return HtmlUtils.htmlUnescape(html);
	}

	/** GETs a path whose query string is decoded as a browser's form would send it ("+" and "%20" are spaces). */
	private String page(CurrentUser user, String path) throws Exception {
		int q = path.indexOf('?');
		var request = get(q < 0 ? path : path.substring(0, q)).with(as(user));
		if (q >= 0) {
			for (String pair : path.substring(q + 1).split("&")) {
				String[] kv = pair.split("=", 2);
				request.param(kv[0], kv.length > 1 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
			}
		}
		return text(mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}


	private NominationStatus statusOf(long id) {
		return NominationStatus.valueOf(jdbc.sql("select status from nomination where id = ?").param(id)
			.query(String.class).single());
	}

	@Test
	void applicantsJurorsAndAdminsAreRefusedEveryRouteAndAnonymousMustSignIn() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		long id = n.getId();
		List<String> gets = List.of("/secretariat", "/secretariat/nominations", "/secretariat/nominations/" + id,
				"/secretariat/nominations/" + id + "/files/1");
		List<String> posts = List.of("/secretariat/nominations/" + id + "/eligible",
				"/secretariat/nominations/" + id + "/changes", "/secretariat/nominations/" + id + "/ineligible",
				"/secretariat/nominations/" + id + "/move", "/secretariat/nominations/" + id + "/assign",
				"/secretariat/nominations/" + id + "/release", "/secretariat/nominations/" + id + "/checklist",
				"/secretariat/nominations/" + id + "/notes", "/secretariat/nominations/bulk");
		for (Role role : new Role[] { Role.APPLICANT, Role.JUROR, Role.ADMIN }) {
			CurrentUser user = role == Role.APPLICANT ? unit : data.user(role);
			for (String path : gets) {
				mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
			}
			for (String path : posts) {
				mvc.perform(post(path).with(as(user)).with(csrf()).param("version", String.valueOf(data.version(id)))
					.param("selected", id + ":" + data.version(id)).param("action", "eligible").param("confirmed", "true")
					.param("body", "x").param("item", "CONSENT"))
					.andExpect(status().isForbidden());
			}
		}
		for (String path : gets) {
			mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		}
		assertThat(statusOf(id)).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(jdbc.sql("select count(*) from review_note where nomination_id = ?").param(id).query(Long.class)
			.single()).isZero();
	}

	@Test
	void theQueueFindsDossiersWithoutAccentsAndHonoursEveryFilterInTheUrl() throws Exception {
		String edition = data.openEdition(30);
		long ed = data.editionId(edition);
		CurrentUser a = data.user(Role.APPLICANT);
		CurrentUser b = data.user(Role.APPLICANT);
		jdbc.sql("update unit set name = 'Sở Khoa học và Công nghệ Hải Phòng', province_code = 'hai-phong' where id = (select unit_id from unit_member where user_id = ?)")
			.param(a.id()).update();
		Nomination first = dossiers.self(a, edition, "1.3");
		String refA = dossiers.submit(a, first);
		Nomination second = dossiers.person(b, edition, "Trần Thị Hải Yến", TestData.uniqueEmail("yen"));
		String refB = dossiers.submit(b, second);
		Nomination draft = dossiers.self(b, edition, "2.1");
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		String all = page(secretary, "/secretariat/nominations?edition=" + ed);
		assertThat(all).contains(refA, refB).contains("2 hồ sơ");
		assertThat(all).as("drafts are the unit's own").doesNotContain("/secretariat/nominations/" + draft.getId() + "\"");
		HtmlValidator.assertValid("queue", mvc.perform(get("/secretariat/nominations?edition=" + ed).with(as(secretary)))
			.andReturn().getResponse().getContentAsString());

		String unaccented = page(secretary, "/secretariat/nominations?edition=" + ed + "&q=so+khoa+hoc+HAI+phong");
		assertThat(unaccented).contains(refA).doesNotContain(refB).contains("1 hồ sơ");
		String nominee = page(secretary, "/secretariat/nominations?edition=" + ed + "&q=tran%20thi%20HAI%20yen");
		assertThat(nominee).contains(refB).doesNotContain(refA);
		String byReference = page(secretary, "/secretariat/nominations?edition=" + ed + "&q=" + refB.toLowerCase());
		assertThat(byReference).contains(refB).doesNotContain(refA);
		String province = page(secretary, "/secretariat/nominations?edition=" + ed + "&province=hai-phong");
		assertThat(province).contains(refA).doesNotContain(refB);
		String award = page(secretary, "/secretariat/nominations?edition=" + ed + "&award=" + data.awardId(edition, "4.2"));
		assertThat(award).contains(refB).doesNotContain(refA);
		String consent = page(secretary, "/secretariat/nominations?edition=" + ed + "&consent=PENDING");
		assertThat(consent).contains(refB).doesNotContain(refA);
		String today = LocalDate.now(PortalTime.ZONE).toString();
		assertThat(page(secretary, "/secretariat/nominations?edition=" + ed + "&from=" + today + "&to=" + today))
			.contains(refA, refB);
		assertThat(page(secretary, "/secretariat/nominations?edition=" + ed + "&to=2020-01-01"))
			.doesNotContain(refA).contains("Không có hồ sơ nào khớp bộ lọc.");
		// garbage in a hand-edited URL means "any", never an error page
		assertThat(page(secretary, "/secretariat/nominations?edition=" + ed
				+ "&status=NOPE&unitType=x&from=31-02&page=-4&sort=DROP+TABLE&assignee=%27")).contains(refA, refB);

		mvc.perform(post("/secretariat/nominations/" + first.getId() + "/assign").with(as(secretary)).with(csrf()))
			.andExpect(redirectedUrl("/secretariat/nominations/" + first.getId()));
		String mine = page(secretary, "/secretariat/nominations?edition=" + ed + "&assignee=me");
		assertThat(mine).contains(refA).doesNotContain(refB);
		assertThat(page(secretary, "/secretariat/nominations?edition=" + ed + "&assignee=none")).contains(refB)
			.doesNotContain(refA);
		assertThat(page(data.user(Role.SECRETARIAT), "/secretariat/nominations?edition=" + ed + "&assignee=me"))
			.doesNotContain(refA);
	}

	@Test
	void changesRequestedReopenTheDossierTheUnitResubmitsAndTheSecretarySeesWhatChanged() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		data.closeWindow(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		String dossier = page(secretary, path);
		assertThat(dossier).contains(ref, Dossiers.ANSWER, "Hồ sơ dự thi.pdf", "Công ty Thử nghiệm");
		HtmlValidator.assertValid("dossier", mvc.perform(get(path).with(as(secretary))).andReturn().getResponse()
			.getContentAsString());

		// an empty message is refused on its field, with the due date kept
		String due = LocalDate.now(PortalTime.ZONE).plusDays(5).toString();
		String refused = text(mvc.perform(post(path + "/changes").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))).param("message", " ").param("due", due))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
		assertThat(refused).contains("Hãy ghi rõ đơn vị cần bổ sung").contains("value=\"" + due + "\"");
		mvc.perform(post(path + "/changes").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))).param("message", "Bổ sung số liệu").param("due", "2020-01-01"))
			.andExpect(status().isUnprocessableContent());

		mvc.perform(post(path + "/changes").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId())))
				.param("message", "Đề nghị bổ sung số liệu người dùng năm 2025.").param("due", due))
			.andExpect(redirectedUrl(path));
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.CHANGES_REQUESTED);
		TestData.Mail mail = data.lastMail(unit.email());
		assertThat(mail.subject()).contains("Đề nghị bổ sung hồ sơ " + ref);
		assertThat(mail.body()).contains("Đề nghị bổ sung số liệu người dùng năm 2025.");

		// the edition's deadline has passed, but the request's own date lets the unit edit and resubmit
		String unitPage = page(unit, "/my/nominations/" + n.getId());
		assertThat(unitPage).contains("Đề nghị bổ sung số liệu người dùng năm 2025.").contains("id=\"reply\"");
		long v = service.get(unit.id(), n.getId()).getVersion();
		// a free-text question (the first of the form), so the new text is a valid answer whatever the ids are
		long question = program.questions(n.getAwardId()).stream()
			.filter(q -> q.kind() == QuestionKind.LONG_TEXT).findFirst().orElseThrow().id();
		// the reply is kept with the draft: saved, it is on the form the next day; in a conflict, it stays typed
		mvc.perform(post("/my/nominations/" + n.getId()).with(as(unit)).with(csrf()).param("version", String.valueOf(v))
				.param("title", "Hồ sơ chuyển đổi số").param("q" + question, "Số liệu mới: 120.000 người dùng")
				.param("reply", "Đã bổ sung số liệu người dùng."))
			.andExpect(redirectedUrl("/my/nominations/" + n.getId()));
		assertThat(page(unit, "/my/nominations/" + n.getId())).contains("Đã bổ sung số liệu người dùng.</textarea>");
		assertThat(page(secretary, path)).doesNotContain("Đã bổ sung số liệu người dùng.");
		String stale = text(mvc.perform(post("/my/nominations/" + n.getId()).with(as(unit)).with(csrf())
				.param("version", String.valueOf(v)).param("q" + question, "Số liệu mới: 120.000 người dùng")
				.param("reply", "Bản trả lời viết trên máy khác"))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
		assertThat(stale).contains("Bản trả lời viết trên máy khác</textarea>");
		v = service.get(unit.id(), n.getId()).getVersion();
		mvc.perform(post("/my/nominations/" + n.getId() + "/submit").with(as(unit)).with(csrf())
				.param("version", String.valueOf(v)).param("title", "Hồ sơ chuyển đổi số")
				.param("q" + question, "Số liệu mới: 120.000 người dùng")
				.param("declaration", "true").param("consent", "true"))
			.andExpect(redirectedUrl("/my/nominations/" + n.getId() + "/submitted"));
		assertThat(service.get(unit.id(), n.getId()).getReplyDraft()).isNull();
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.SUBMITTED);

		String after = page(secretary, path);
		assertThat(after).contains("Thay đổi từ khi yêu cầu bổ sung").contains("Đã bổ sung số liệu người dùng.")
			.contains("Số liệu mới: 120.000 người dùng");
		mvc.perform(post(path + "/eligible").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))))
			.andExpect(redirectedUrl(path));
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(page(secretary, path)).contains("Hợp lệ, chuyển Hội đồng chuyên môn")
			.contains("Đề nghị bổ sung hồ sơ " + ref);
		assertThat(data.lastMail(unit.email()).subject()).contains("Hồ sơ " + ref + " hợp lệ");
		assertThat(jdbc.sql("select count(*) from audit_entry where target_type = 'nomination' and target_id = ?")
			.param(String.valueOf(n.getId())).query(Long.class).single()).isGreaterThanOrEqualTo(2);
	}

	@Test
	void twoSecretariesDecidingAtOnceCannotBothWinAndTheLoserKeepsWhatTheyTyped() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		CurrentUser first = data.user(Role.SECRETARIAT);
		CurrentUser second = data.user(Role.SECRETARIAT);
		long seen = data.version(n.getId());
		String path = "/secretariat/nominations/" + n.getId();
		mvc.perform(post(path + "/eligible").with(as(first)).with(csrf()).param("version", String.valueOf(seen)))
			.andExpect(redirectedUrl(path));
		String conflict = text(mvc.perform(post(path + "/changes").with(as(second)).with(csrf())
				.param("version", String.valueOf(seen)).param("message", "Thiếu giấy phép kinh doanh")
				.param("due", LocalDate.now(PortalTime.ZONE).plusDays(3).toString()))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
		assertThat(conflict).contains("vừa thay đổi hồ sơ này").contains("Thiếu giấy phép kinh doanh")
			.contains("Hợp lệ, chuyển Hội đồng");
		mvc.perform(post(path + "/eligible").with(as(second)).with(csrf()).param("version", String.valueOf(seen)))
			.andExpect(status().isConflict());
		// a field error on a stale form is the conflict first: correcting the field must not lead past it unseen
		String staleAndInvalid = text(mvc.perform(post(path + "/ineligible").with(as(second)).with(csrf())
				.param("version", String.valueOf(seen)).param("reason", "OTHER").param("note", ""))
			.andExpect(status().isConflict()).andReturn().getResponse().getContentAsString());
		assertThat(staleAndInvalid).contains("vừa thay đổi hồ sơ này");
		mvc.perform(post(path + "/ineligible").with(as(second)).with(csrf()).param("version", String.valueOf(seen))
				.param("reason", "OUT_OF_SCOPE").param("confirmed", "true"))
			.andExpect(status().isConflict());
		mvc.perform(post(path + "/move").with(as(second)).with(csrf()).param("version", String.valueOf(seen))
				.param("award", String.valueOf(data.awardId(edition, "2.1"))))
			.andExpect(status().isConflict());
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(jdbc.sql("select count(*) from nomination_decision where nomination_id = ?").param(n.getId())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void internalNotesAndTheChecklistStayWithTheSecretariat() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		mvc.perform(post(path + "/notes").with(as(secretary)).with(csrf()).param("body", "   "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Hãy nhập nội dung ghi chú.")));
		mvc.perform(post(path + "/notes").with(as(secretary)).with(csrf())
				.param("body", "Gọi điện xác minh với Sở TT&TT ngày 12/5 — ghi chú mật"))
			.andExpect(redirectedUrl(path + "#notes"));
		mvc.perform(post(path + "/checklist").with(as(secretary)).with(csrf()).param("item", "CONSENT", "DECLARATION", "BOGUS"))
			.andExpect(redirectedUrl(path + "#checklist"));
		String htmx = mvc.perform(post(path + "/checklist").with(as(secretary)).with(csrf()).header("HX-Request", "true")
				.param("item", "CONSENT", "DECLARATION", "NO_DUPLICATE"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(text(htmx)).contains("Danh mục kiểm tra (3/8)").doesNotContain("<html");
		// the "saved" line fills the live region outside the swapped section
		assertThat(htmx).contains("id=\"checklist-status\" data-hx-swap-oob=\"innerHTML\"");

		// a colleague ticks an item while this secretary's page still shows three: unticking one of those three
		// keeps the colleague's tick
		CurrentUser colleague = data.user(Role.SECRETARIAT);
		mvc.perform(post(path + "/checklist").with(as(colleague)).with(csrf())
				.param("item", "CONSENT", "DECLARATION", "NO_DUPLICATE", "FILES_READABLE")
				.param("shown", "CONSENT", "DECLARATION", "NO_DUPLICATE"));
		mvc.perform(post(path + "/checklist").with(as(secretary)).with(csrf()).param("item", "CONSENT", "NO_DUPLICATE")
				.param("shown", "CONSENT", "DECLARATION", "NO_DUPLICATE"));
		assertThat(jdbc.sql("select item from review_check where nomination_id = ? order by item").param(n.getId())
			.query(String.class).list()).containsExactlyInAnyOrder("FILES_READABLE", "CONSENT", "NO_DUPLICATE");

		String staff = page(secretary, path);
		assertThat(staff).as("the live region stays outside the swapped checklist")
			.contains("role=\"status\" id=\"checklist-status\"");
		assertThat(staff).contains("Gọi điện xác minh với Sở TT&TT ngày 12/5 — ghi chú mật")
			.contains("Danh mục kiểm tra (3/8)");
		String mine = page(unit, "/my/nominations/" + n.getId());
		assertThat(mine).doesNotContain("ghi chú mật").doesNotContain("Danh mục kiểm tra");
		// a secretary's decision is signed "the secretariat" to the unit, not with a name
		mvc.perform(post(path + "/eligible").with(as(secretary)).with(csrf()).param("version", String.valueOf(data.version(n.getId()))));
		assertThat(page(unit, "/my/nominations/" + n.getId())).contains("bởi Ban Thư ký")
			.doesNotContain(secretary.fullName());
	}

	@Test
	void ineligibleNeedsAReasonAndTheUnitIsToldInItsWords() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		String missing = text(mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))).param("reason", "OTHER").param("note", ""))
			.andExpect(status().isUnprocessableContent()).andReturn().getResponse().getContentAsString());
		assertThat(missing).contains("hãy ghi rõ lý do").contains("Biểu mẫu bên dưới cần được sửa");
		assertThat(missing.replace(" ", "")).contains("href=\"#ineligible-note\"");

		// the first post only shows what will happen and who is told; nothing is decided yet
		String version = String.valueOf(data.version(n.getId()));
		String confirm = mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf())
				.param("version", version).param("reason", "OUT_OF_SCOPE")
				.param("note", "Sản phẩm chưa triển khai thực tế."))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(text(confirm)).contains("Xác nhận hồ sơ không đủ điều kiện?")
			.contains("Thành tựu không thuộc phạm vi chương trình").contains(unit.email());
		HtmlValidator.assertValid("confirm ineligible", confirm);
		HtmlValidator.assertValid("ineligible with an error", missing);
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(data.lastMail(unit.email()).body()).doesNotContain("Sản phẩm chưa triển khai thực tế.");
		// "change" goes back to the open panel with what was typed
		String edit = mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf()).param("version", version)
				.param("reason", "OUT_OF_SCOPE").param("note", "Sản phẩm chưa triển khai thực tế.").param("edit", "true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(edit).contains("id=\"panel-ineligible\" open").contains("Sản phẩm chưa triển khai thực tế.</textarea>");
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.SUBMITTED);
		// confirming a decision on a dossier that changed meanwhile is a conflict, not a silent overwrite
		mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()) - 1)).param("reason", "OUT_OF_SCOPE"))
			.andExpect(status().isConflict());
		mvc.perform(post(path + "/ineligible").with(as(secretary)).with(csrf()).param("version", version)
				.param("reason", "OUT_OF_SCOPE").param("note", "Sản phẩm chưa triển khai thực tế.").param("confirmed", "true"))
			.andExpect(redirectedUrl(path));
		assertThat(statusOf(n.getId())).isEqualTo(NominationStatus.INELIGIBLE);
		TestData.Mail mail = data.lastMail(unit.email());
		assertThat(mail.body()).contains("Thành tựu không thuộc phạm vi chương trình")
			.contains("Sản phẩm chưa triển khai thực tế.").contains(ref);
		assertThat(page(unit, "/my/nominations/" + n.getId())).contains("Thành tựu không thuộc phạm vi chương trình");
		// final: nothing else can be decided, and the page says so
		assertThat(page(secretary, path)).contains("không còn quyết định nào").doesNotContain("id=\"mark-eligible\"");
	}

	@Test
	void aDossierMovesToAnotherAwardKeepingItsCommonAnswers() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		// 3.1 asks no required question of its own, so the common answers are all it needs
		long target = data.awardId(edition, "3.1");
		// 4.2 is for people: refused on the field
		mvc.perform(post(path + "/move").with(as(secretary)).with(csrf()).param("version", String.valueOf(data.version(n.getId())))
				.param("award", String.valueOf(data.awardId(edition, "4.2"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(result -> assertThat(text(result.getResponse().getContentAsString()))
				.contains("Giải thưởng này không nhận loại đối tượng"));
		Map<Long, String> before = service.get(unit.id(), n.getId()).getAnswers();
		String confirm = text(mvc.perform(post(path + "/move").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))).param("award", String.valueOf(target))
				.param("note", "Phù hợp hơn với giải 3.1"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirm).contains("Chuyển hồ sơ sang giải thưởng khác?").contains("3.1 –").contains(unit.email());
		assertThat(service.get(unit.id(), n.getId()).getAwardId()).isNotEqualTo(target);
		mvc.perform(post(path + "/move").with(as(secretary)).with(csrf()).param("version", String.valueOf(data.version(n.getId())))
				.param("award", String.valueOf(target)).param("note", "Phù hợp hơn với giải 3.1").param("confirmed", "true"))
			.andExpect(redirectedUrl(path));
		Nomination moved = service.get(unit.id(), n.getId());
		assertThat(moved.getAwardId()).isEqualTo(target);
		assertThat(moved.getReferenceCode()).contains("-3.1-").isNotEqualTo(ref);
		assertThat(moved.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(moved.getAnswers()).containsAllEntriesOf(before);
		assertThat(data.lastMail(unit.email()).body()).contains(ref).contains(moved.getReferenceCode())
			.contains("Phù hợp hơn với giải 3.1");
		assertThat(page(secretary, path)).contains(ref + " → " + moved.getReferenceCode());
	}

	@Test
	void bulkActionsConfirmHowManyTheyTouchAndSkipWhatChanged() throws Exception {
		String edition = data.openEdition(30);
		long ed = data.editionId(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		CurrentUser u1 = data.user(Role.APPLICANT);
		CurrentUser u2 = data.user(Role.APPLICANT);
		CurrentUser u3 = data.user(Role.APPLICANT);
		Nomination a = dossiers.self(u1, edition, "1.3");
		Nomination b = dossiers.self(u2, edition, "1.3");
		Nomination c = dossiers.self(u3, edition, "1.3");
		dossiers.submit(u1, a);
		dossiers.submit(u2, b);
		dossiers.submit(u3, c);
		String[] selected = { a.getId() + ":" + data.version(a.getId()), b.getId() + ":" + data.version(b.getId()),
				c.getId() + ":" + (data.version(c.getId()) - 1) };
		String confirm = text(mvc.perform(post("/secretariat/nominations/bulk").with(as(secretary)).with(csrf())
				.param("action", "eligible").param("selected", selected).param("query", "edition=" + ed))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(confirm).contains("Xác nhận hợp lệ 3 trong 3 hồ sơ đã chọn?").contains(">Xác nhận hợp lệ 3 hồ sơ</button>");
		assertThat(statusOf(a.getId())).as("nothing happens before the confirmation").isEqualTo(NominationStatus.SUBMITTED);
		var done = mvc.perform(post("/secretariat/nominations/bulk").with(as(secretary)).with(csrf()).param("action", "eligible")
				.param("selected", selected).param("query", "edition=" + ed).param("confirmed", "true"))
			.andExpect(redirectedUrl("/secretariat/nominations?edition=" + ed)).andReturn();
		// the skipped dossier is named, so the secretary can open it
		String refSkipped = service.get(u3.id(), c.getId()).getReferenceCode();
		assertThat(text(mvc.perform(get("/secretariat/nominations").param("edition", String.valueOf(ed)).with(as(secretary))
				.flashAttrs(done.getFlashMap())).andReturn().getResponse().getContentAsString()))
			.contains("1 hồ sơ không được xử lý").contains(refSkipped + ".");
		assertThat(statusOf(a.getId())).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(statusOf(b.getId())).isEqualTo(NominationStatus.ELIGIBLE);
		assertThat(statusOf(c.getId())).as("stale version: skipped").isEqualTo(NominationStatus.SUBMITTED);
		mvc.perform(post("/secretariat/nominations/bulk").with(as(secretary)).with(csrf()).param("action", "eligible"))
			.andExpect(redirectedUrl("/secretariat/nominations"));
		// nothing left to mark: the page says so and offers no button that would do nothing
		String nothing = text(mvc.perform(post("/secretariat/nominations/bulk").with(as(secretary)).with(csrf())
				.param("action", "eligible").param("selected", a.getId() + ":" + data.version(a.getId())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
		assertThat(nothing).contains("không có hồ sơ nào để xác nhận hợp lệ").doesNotContain("id=\"bulk-confirm\"");
		// the same ticked rows download as a ZIP through the bulk form's other button
		byte[] zip = mvc.perform(post("/secretariat/nominations/export.zip").with(as(secretary)).with(csrf())
				.param("selected", selected).param("query", "edition=" + ed))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		List<String> entries = new ArrayList<>();
		String readme = "";
		try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.add(e.getName());
				if (e.getName().equals("README.txt")) {
					readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		assertThat(readme).as("nothing was skipped, so no empty section says so").contains("Hồ sơ có trong tệp nén (3)")
			.doesNotContain("bỏ qua");
		String refA = service.get(u1.id(), a.getId()).getReferenceCode();
		String refC = service.get(u3.id(), c.getId()).getReferenceCode();
		assertThat(entries).contains(refA + "/" + refA + ".pdf", refC + "/" + refC + ".pdf");
	}

	@Test
	void anOverdueRequestShowsInTheQueueAndItsDateCanBeExtended() throws Exception {
		String edition = data.openEdition(30);
		long ed = data.editionId(edition);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		data.closeWindow(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String path = "/secretariat/nominations/" + n.getId();
		mvc.perform(post(path + "/changes").with(as(secretary)).with(csrf())
				.param("version", String.valueOf(data.version(n.getId()))).param("message", "Bổ sung giấy phép")
				.param("due", LocalDate.now(PortalTime.ZONE).plusDays(2).toString()))
			.andExpect(redirectedUrl(path));
		// the unit let the date pass: time moves on, nothing is rewritten behind the dossier's back
		clock.advance(Duration.ofDays(3));
		try {
			assertThat(page(secretary, "/secretariat/nominations?edition=" + ed + "&overdue=true")).contains(ref)
				.contains("Quá hạn");
			mvc.perform(post("/my/nominations/" + n.getId()).with(as(unit)).with(csrf())
					.param("version", String.valueOf(data.version(n.getId()))).param("title", "Muộn"))
				.andExpect(redirectedUrl("/my/nominations/" + n.getId()));
			assertThat(service.get(unit.id(), n.getId()).getTitle()).isNotEqualTo("Muộn");

			String until = PortalTime.DATE_TIME.format(clock.instant().plus(Duration.ofDays(3)));
			mvc.perform(post(path + "/extension").with(as(secretary)).with(csrf()).param("until", until))
				.andExpect(redirectedUrl(path + "/extension"));
			assertThat(page(secretary, "/secretariat/nominations?edition=" + ed + "&overdue=true")).doesNotContain(ref);
			long v = data.version(n.getId());
			service.saveDraft(unit.id(), n.getId(), v, "Đúng hạn mới", Map.of());
			assertThat(service.get(unit.id(), n.getId()).getTitle()).isEqualTo("Đúng hạn mới");
		}
		finally {
			clock.reset();
		}
	}

}
