package vn.i4impact.portal.program.web;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.Auth;
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

/** The program administration screens as real users: who may use them, what they refuse, what they record. */
@PortalTest
class ProgramAdminTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EditionCloning cloning;

	@Autowired
	Dossiers dossiers;

	/** field.noMarkup in Vietnamese, as Thymeleaf escapes it. */
	static final String NO_MARKUP = "Không được chứa ký tự &lt; hoặc &gt;.";

	RequestPostProcessor admin;

	/** A fresh copy of the 2026 edition per test, so tests can change it freely. */
	String code;

	@BeforeEach
	void setUp() {
		admin = Auth.as(data.user(Role.ADMIN));
		code = "test-" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
		cloning.cloneEdition("i4-impact-2026", new EditionCloning.NewEdition(code, 2030, "Kỳ thử nghiệm " + code,
				"Test edition " + code, "Test " + code, false), Duration.ofDays(1461));
	}

	long auditCount(String action, Object target) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?")
			.params(action, String.valueOf(target))
			.query(Long.class)
			.single();
	}

	long awardId(String awardCode) {
		return jdbc.sql("select a.id from award a join edition e on e.id = a.edition_id where e.code = ? and a.code = ?")
			.params(code, awardCode).query(Long.class).single();
	}

	long categoryId(String categoryCode) {
		return jdbc.sql("select c.id from category c join edition e on e.id = c.edition_id where e.code = ? and c.code = ?")
			.params(code, categoryCode).query(Long.class).single();
	}

	long questionId(String awardCode) {
		return jdbc.sql("""
				select q.id from award_question q join award a on a.id = q.award_id join edition e on e.id = q.edition_id
				where e.code = ? and a.code = ? order by q.sort_order limit 1""").params(code, awardCode).query(Long.class).single();
	}

	@Test
	void everyRouteRefusesOtherRolesAndAnonymousUsers() throws Exception {
		String base = "/admin/editions/" + code;
		long category = categoryId("2");
		long question = questionId("2.2");
		List<MockHttpServletRequestBuilder> routes = List.of(get("/admin/editions"), get("/admin/editions/new"),
				post("/admin/editions/new"), get(base), get(base + "/edit"), post(base + "/edit"),
				post(base + "/status").param("target", "OPEN"), post(base + "/current"), get(base + "/timeline"),
				post(base + "/timeline"), get(base + "/clone"), post(base + "/clone"), get(base + "/categories/new"),
				post(base + "/categories/new"), get(base + "/categories/" + category + "/edit"),
				post(base + "/categories/" + category + "/edit"),
				post(base + "/categories/" + category + "/move").param("direction", "up"),
				post(base + "/categories/" + category + "/delete"), get(base + "/awards/new"), post(base + "/awards/new"),
				get(base + "/awards/2.2/edit"), post(base + "/awards/2.2/edit"),
				post(base + "/awards/2.2/move").param("direction", "up"),
				post(base + "/awards/2.2/hidden").param("hidden", "true"), post(base + "/awards/2.2/delete"),
				get(base + "/awards/2.2/preview"), get(base + "/questions"), get(base + "/questions").param("award", "2.2"),
				get(base + "/questions/new"), post(base + "/questions/new"), get(base + "/questions/" + question + "/edit"),
				post(base + "/questions/" + question + "/edit"),
				post(base + "/questions/" + question + "/move").param("direction", "up"),
				post(base + "/questions/" + question + "/delete"));
		List<CurrentUser> others = List.of(data.user(Role.APPLICANT), data.user(Role.JUROR), data.user(Role.SECRETARIAT));
		for (MockHttpServletRequestBuilder route : routes) {
			for (CurrentUser user : others) {
				mvc.perform(route.with(Auth.as(user)).with(csrf())).andExpect(status().isForbidden());
			}
			mvc.perform(route.with(anonymous()).with(csrf())).andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/login"));
		}
		// nothing above changed the edition
		assertThat(jdbc.sql("select count(*) from award where edition_id = (select id from edition where code = ?)")
			.param(code).query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select count(*) from audit_entry where target_id = ?").param(code).query(Long.class).single())
			.isZero();
	}

	/** The flash message a redirect carries, by its key (Flash.Message is a record, not a bean). */
	static ResultMatcher flashKey(String attribute, String key) {
		return result -> {
			Object message = result.getFlashMap().get(attribute);
			assertThat(message).as(attribute).isInstanceOf(Flash.Message.class);
			assertThat(((Flash.Message) message).key()).isEqualTo(key);
		};
	}

	static RequestPostProcessor anonymous() {
		return SecurityMockMvcRequestPostProcessors.anonymous();
	}

	@Test
	void adminPagesShowTheEdition() throws Exception {
		String base = "/admin/editions/" + code;
		mvc.perform(get("/admin/editions").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		mvc.perform(get(base).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Đổi mới sáng tạo vì phát triển bền vững, môi trường xanh")))
			.andExpect(content().string(containsString("Câu hỏi chung")));
		mvc.perform(get(base + "/timeline").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"2030-03-05T08:00\"")));
		mvc.perform(get(base + "/awards/2.2/preview").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Giảm phát thải CO2 (tấn/năm)")))
			.andExpect(content().string(containsString("tấn CO2/năm")))
			.andExpect(content().string(containsString("Tối đa 300 từ.")))
			.andExpect(content().string(containsString("accept=\".pdf\"")));
		mvc.perform(get(base + "/awards/2.2/preview?lang=en").with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("CO2 emissions avoided (tonnes/year)")))
			.andExpect(content().string(containsString("Renewable energy")));
		for (String path : List.of("/edit", "/clone", "/categories/new", "/awards/new", "/awards/2.2/edit",
				"/questions", "/questions?award=2.2", "/questions/new?award=2.2",
				"/questions/" + questionId("2.2") + "/edit", "/categories/" + categoryId("2") + "/edit")) {
			mvc.perform(get(base + path).with(admin)).andExpect(status().isOk());
		}
		mvc.perform(get("/admin").with(admin)).andExpect(content().string(containsString("/admin/editions")));
	}

	@Test
	void aDuplicateEditionCodeIsRefusedOnTheField() throws Exception {
		mvc.perform(post("/admin/editions/new").with(admin).with(csrf()).param("code", code).param("year", "2031")
			.param("nameVi", "Trung ma").param("shortName", "Dup").param("organiserVi", "Ban Tổ chức"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã " + code + " đã được dùng cho một kỳ chương trình khác.")))
			.andExpect(content().string(containsString("value=\"Trung ma\"")));
		assertThat(jdbc.sql("select name_vi from edition where code = ?").param(code).query(String.class).list())
			.containsExactly("Kỳ thử nghiệm " + code);
		mvc.perform(post("/admin/editions/new").with(admin).with(csrf()).param("code", "Kỳ 2031").param("year", "2031")
			.param("nameVi", "Sai mã").param("shortName", "Bad").param("organiserVi", "Ban Tổ chức"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã chỉ gồm chữ thường không dấu")));
	}

	@Test
	void creatingAnEditionStoresItAsADraftAndIsAudited() throws Exception {
		String created = code + "-new";
		mvc.perform(post("/admin/editions/new").with(admin).with(csrf()).param("code", created).param("year", "2031")
			.param("nameVi", "Kỳ mới").param("shortName", "Mới").param("organiserVi", "Ban Tổ chức")
			.param("introVi", "Đoạn một.\n\nĐoạn hai."))
			.andExpect(redirectedUrl("/admin/editions/" + created));
		assertThat(jdbc.sql("select status || ':' || is_current || ':' || name_vi from edition where code = ?").param(created)
			.query(String.class).single()).isEqualTo("DRAFT:false:Kỳ mới");
		assertThat(auditCount("edition.create", created)).isEqualTo(1);
		mvc.perform(get("/admin/editions/" + created).with(admin)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Thiếu tiếng Anh")))
			.andExpect(content().string(containsString("Chưa có hạng mục nào.")));
	}

	@Test
	void markupInTheIntroductionIsRefused() throws Exception {
		mvc.perform(post("/admin/editions/" + code + "/edit").with(admin).with(csrf()).param("year", "2030")
			.param("nameVi", "Tên").param("shortName", "Ngắn").param("organiserVi", "Ban Tổ chức")
			.param("introVi", "Đoạn một\n\n<script>alert(1)</script>").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"introVi-error\"")))
			.andExpect(content().string(containsString(NO_MARKUP)));
		assertThat(jdbc.sql("select intro_vi from edition where code = ?").param(code).query(String.class).single())
			.doesNotContain("<script>");
	}

	@Test
	void editingAnEditionIsAudited() throws Exception {
		long version = jdbc.sql("select version from edition where code = ?").param(code).query(Long.class).single();
		mvc.perform(post("/admin/editions/" + code + "/edit").with(admin).with(csrf()).param("year", "2030")
			.param("nameVi", "Kỳ đổi tên " + code).param("shortName", "Ngắn").param("organiserVi", "Ban Tổ chức")
			.param("introVi", "Đoạn một.\n\nĐoạn hai.").param("contactEmail", "i4impact@vidti.org.vn")
			.param("version", String.valueOf(version)))
			.andExpect(redirectedUrl("/admin/editions/" + code));
		assertThat(jdbc.sql("select name_vi from edition where code = ?").param(code).query(String.class).single())
			.isEqualTo("Kỳ đổi tên " + code);
		Map<String, Object> entry = jdbc.sql("select before_json::text b, after_json::text a from audit_entry where action = 'edition.update' and target_id = ?")
			.param(code).query().singleRow();
		assertThat((String) entry.get("a")).contains("Kỳ đổi tên " + code);
		assertThat((String) entry.get("b")).contains("Kỳ thử nghiệm " + code);
		// a stale form (old version) is a conflict, not a silent overwrite
		mvc.perform(post("/admin/editions/" + code + "/edit").with(admin).with(csrf()).param("year", "2030")
			.param("nameVi", "Ghi đè").param("shortName", "Ngắn").param("organiserVi", "Ban Tổ chức")
			.param("version", String.valueOf(version)))
			.andExpect(status().isConflict());
	}

	@Test
	void anInconsistentTimelineIsRefusedWithMessagesOnTheFields() throws Exception {
		String before = timeline();
		mvc.perform(timelinePost("phases[3].start", "2030-05-10T00:00", "phases[3].end", "2030-05-12T00:00",
				"phases[4].start", "2030-06-01T22:00", "phases[4].end", "2030-06-01T19:30"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Giai đoạn này phải bắt đầu sau khi giai đoạn “Vòng sơ khảo” kết thúc.")))
			.andExpect(content().string(containsString("id=\"FINAL_ROUND-start-error\"")))
			.andExpect(content().string(containsString("Thời điểm kết thúc phải sau thời điểm bắt đầu.")))
			.andExpect(content().string(containsString("id=\"CEREMONY-end-error\"")))
			.andExpect(content().string(containsString("value=\"2030-05-10T00:00\"")));
		assertThat(timeline()).isEqualTo(before);
		assertThat(auditCount("edition.timeline", code)).isZero();
		mvc.perform(timelinePost("phases[0].end", "30/13/2030 17:00")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Ngày giờ không hợp lệ")));
		assertThat(timeline()).isEqualTo(before);
	}

	@Test
	void movingTheNominationDeadlineIsStoredInVietnamTimeAndAudited() throws Exception {
		mvc.perform(timelinePost("phases[0].end", "2030-04-15T17:00"))
			.andExpect(redirectedUrl("/admin/editions/" + code));
		assertThat(jdbc.sql("""
				select to_char(ends_at at time zone 'Asia/Ho_Chi_Minh', 'DD/MM/YYYY HH24:MI') from edition_phase p
				join edition e on e.id = p.edition_id where e.code = ? and p.kind = 'NOMINATION'""")
			.param(code).query(String.class).single()).isEqualTo("15/04/2030 17:00");
		assertThat(auditCount("edition.timeline", code)).isEqualTo(1);
		mvc.perform(get("/admin/editions/" + code).with(admin))
			.andExpect(content().string(containsString("15/04/2030 17:00")));
	}

	/** The timeline as the form shows it (the clone's dates), with some fields changed. */
	MockHttpServletRequestBuilder timelinePost(String... overrides) {
		Map<String, String> values = new LinkedHashMap<>();
		String[][] rows = { { "NOMINATION", "2030-03-05T08:00", "2030-04-30T23:59:59" },
				{ "SECRETARIAT_REVIEW", "2030-05-01T00:00", "2030-05-07T23:59:59" },
				{ "PRELIMINARY_ROUND", "2030-05-08T00:00", "2030-05-17T23:59:59" },
				{ "FINAL_ROUND", "2030-05-18T00:00", "2030-05-27T23:59:59" },
				{ "CEREMONY", "2030-06-01T19:30", "2030-06-01T22:00" },
				{ "RESULTS_PUBLICATION", "2030-06-01T21:00", "2030-06-30T23:59:59" } };
		for (int i = 0; i < rows.length; i++) {
			values.put("phases[" + i + "].phase", rows[i][0]);
			values.put("phases[" + i + "].start", rows[i][1]);
			values.put("phases[" + i + "].end", rows[i][2]);
		}
		for (int i = 0; i < overrides.length; i += 2) {
			values.put(overrides[i], overrides[i + 1]);
		}
		var request = post("/admin/editions/" + code + "/timeline").with(admin).with(csrf());
		values.forEach(request::param);
		return request;
	}

	String timeline() {
		return jdbc.sql("""
				select string_agg(p.kind || p.starts_at || p.ends_at, ',' order by p.kind) from edition_phase p
				join edition e on e.id = p.edition_id where e.code = ?""").param(code).query(String.class).single();
	}

	@Test
	void duplicateCategoryAndAwardCodesAreRefusedOnTheField() throws Exception {
		String base = "/admin/editions/" + code;
		mvc.perform(post(base + "/categories/new").with(admin).with(csrf()).param("code", "2").param("nameVi", "Trùng"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã hạng mục 2 đã có trong kỳ chương trình này.")))
			.andExpect(content().string(containsString("id=\"code-error\"")));
		mvc.perform(post(base + "/awards/new").with(admin).with(csrf()).param("categoryId", String.valueOf(categoryId("2")))
			.param("code", "2.3").param("nameVi", "Giai trung ma"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã giải thưởng 2.3 đã có trong kỳ chương trình này.")))
			.andExpect(content().string(containsString("value=\"Giai trung ma\"")));
		mvc.perform(post(base + "/awards/2.1/edit").with(admin).with(csrf()).param("categoryId", String.valueOf(categoryId("2")))
			.param("code", "2.2").param("nameVi", "Đổi sang mã trùng").param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã giải thưởng 2.2 đã có trong kỳ chương trình này.")));
		mvc.perform(post(base + "/awards/new").with(admin).with(csrf()).param("categoryId", String.valueOf(categoryId("2")))
			.param("code", "2.4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"nameVi-error\"")));
		assertThat(jdbc.sql("select count(*) from award a join edition e on e.id = a.edition_id where e.code = ?")
			.param(code).query(Long.class).single()).isEqualTo(12);
		assertThat(jdbc.sql("select count(*) from category c join edition e on e.id = c.edition_id where e.code = ?")
			.param(code).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select a.name_vi from award a join edition e on e.id = a.edition_id where e.code = ? and a.code = '2.1'")
			.param(code).query(String.class).single()).isEqualTo("Công nghệ tạo tác động tích cực");
	}

	@Test
	void categoriesAndAwardsChangesAreAudited() throws Exception {
		String base = "/admin/editions/" + code;
		mvc.perform(post(base + "/categories/new").with(admin).with(csrf()).param("code", "6").param("nameVi", "Hạng mục mới"))
			.andExpect(redirectedUrl(base + "#structure"));
		long cat = categoryId("6");
		assertThat(auditCount("category.create", cat)).isEqualTo(1);
		mvc.perform(get(base).with(admin)).andExpect(content().string(containsString("Thiếu tiếng Anh")));
		mvc.perform(post(base + "/categories/" + cat + "/edit").with(admin).with(csrf()).param("code", "6")
			.param("nameVi", "Hạng mục mới").param("nameEn", "New category").param("version", "0"))
			.andExpect(redirectedUrl(base + "#structure"));
		assertThat(auditCount("category.update", cat)).isEqualTo(1);
		mvc.perform(post(base + "/categories/" + cat + "/move").with(admin).with(csrf()).param("direction", "up"));
		assertThat(jdbc.sql("select code from category where edition_id = (select id from edition where code = ?) order by sort_order")
			.param(code).query(String.class).list()).containsExactly("1", "2", "3", "4", "6", "5");
		assertThat(auditCount("category.move", cat)).isEqualTo(1);

		mvc.perform(post(base + "/awards/new").with(admin).with(csrf()).param("categoryId", String.valueOf(cat))
			.param("code", "6.1").param("nameVi", "Giải mới").param("nomineeTypes", "STARTUP", "INDIVIDUAL")
			.param("plannedHonourees", "3"))
			.andExpect(redirectedUrl(base + "#structure"));
		long award = awardId("6.1");
		assertThat(auditCount("award.create", award)).isEqualTo(1);
		assertThat(jdbc.sql("select nominee_type from award_nominee_type where award_id = ? order by 1").param(award)
			.query(String.class).list()).containsExactly("INDIVIDUAL", "STARTUP");
		mvc.perform(post(base + "/awards/6.1/edit").with(admin).with(csrf()).param("categoryId", String.valueOf(cat))
			.param("code", "6.1").param("nameVi", "Giải mới đổi tên").param("nameEn", "Renamed").param("nomineeTypes", "STARTUP")
			.param("version", "0"))
			.andExpect(redirectedUrl(base + "#structure"));
		assertThat(auditCount("award.update", award)).isEqualTo(1);
		mvc.perform(post(base + "/awards/6.1/hidden").with(admin).with(csrf()).param("hidden", "true"));
		assertThat(auditCount("award.hide", award)).isEqualTo(1);
		mvc.perform(post(base + "/awards/2.3/move").with(admin).with(csrf()).param("direction", "up"));
		assertThat(jdbc.sql("select code from award where category_id = ? order by sort_order").param(categoryId("2"))
			.query(String.class).list()).containsExactly("2.1", "2.3", "2.2");
		assertThat(auditCount("award.move", awardId("2.3"))).isEqualTo(1);
		mvc.perform(post(base + "/awards/6.1/delete").with(admin).with(csrf()))
			.andExpect(flashKey("flashSuccess", "admin.award.deleted"));
		assertThat(auditCount("award.delete", award)).isEqualTo(1);
		mvc.perform(post(base + "/categories/" + cat + "/delete").with(admin).with(csrf()));
		assertThat(auditCount("category.delete", cat)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from category where id = ?").param(cat).query(Long.class).single()).isZero();
	}

	@Test
	void anAwardUsedBySubmittedNominationsCannotBeRemovedButCanBeHidden() throws Exception {
		// a real submitted dossier, through the nomination module (no stand-in for the award's usage)
		code = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		dossiers.submit(unit, dossiers.self(unit, code, "2.1"));
		String base = "/admin/editions/" + code;
		long award = awardId("2.1");
		var result = mvc.perform(post(base + "/awards/2.1/delete").with(admin).with(csrf()))
			.andExpect(redirectedUrl(base + "#structure"))
			.andReturn();
		Flash.Message message = (Flash.Message) result.getFlashMap().get("flashError");
		assertThat(message.key()).isEqualTo("admin.award.inUse");
		assertThat(message.args()).containsExactly("2.1", 1L);
		// the message is shown on the next page, in words
		mvc.perform(get(base).with(admin).flashAttr("flashError", message))
			.andExpect(content().string(containsString("Không thể xóa giải thưởng 2.1: có 1 hồ sơ đã nộp")))
			.andExpect(content().string(containsString("ẩn giải thưởng")));
		mvc.perform(post(base + "/categories/" + categoryId("2") + "/delete").with(admin).with(csrf()))
			.andExpect(flashKey("flashError", "admin.category.inUse"));
		assertThat(jdbc.sql("select count(*) from award where id = ?").param(award).query(Long.class).single()).isEqualTo(1);
		assertThat(auditCount("award.delete", award)).isZero();
		mvc.perform(post(base + "/awards/2.1/hidden").with(admin).with(csrf()).param("hidden", "true"));
		assertThat(jdbc.sql("select hidden from award where id = ?").param(award).query(Boolean.class).single()).isTrue();
	}

	@Test
	void questionsCanBeAddedEditedReorderedAndRemovedWithAudit() throws Exception {
		String base = "/admin/editions/" + code;
		mvc.perform(post(base + "/questions/new").with(admin).with(csrf()).param("award", "2.2")
			.param("labelVi", "Điện năng tiết kiệm").param("labelEn", "Electricity saved").param("kind", "DECIMAL")
			.param("required", "true").param("unitVi", "MWh/năm").param("unitEn", "MWh/year")
			.param("optionsVi", "không giữ"))
			.andExpect(redirectedUrl(base + "/questions?award=2.2"));
		long id = jdbc.sql("select id from award_question where label_vi = 'Điện năng tiết kiệm' and award_id = ?")
			.param(awardId("2.2")).query(Long.class).single();
		assertThat(auditCount("question.create", id)).isEqualTo(1);
		// limits that do not belong to the kind are not kept
		assertThat(jdbc.sql("select options_vi from award_question where id = ?").param(id).query(String.class).optional()).isEmpty();
		mvc.perform(get(base + "/awards/2.2/preview").with(admin))
			.andExpect(content().string(containsString("Điện năng tiết kiệm")))
			.andExpect(content().string(containsString("MWh/năm")));
		mvc.perform(post(base + "/questions/" + id + "/edit").with(admin).with(csrf()).param("labelVi", "Điện năng tiết kiệm được")
			.param("kind", "DECIMAL").param("unitVi", "MWh/năm").param("version", "0"))
			.andExpect(redirectedUrl(base + "/questions?award=2.2"));
		assertThat(auditCount("question.update", id)).isEqualTo(1);
		mvc.perform(post(base + "/questions/" + id + "/move").with(admin).with(csrf()).param("direction", "up"));
		assertThat(auditCount("question.move", id)).isEqualTo(1);
		assertThat(jdbc.sql("select label_vi from award_question where award_id = ? order by sort_order").param(awardId("2.2"))
			.query(String.class).list()).containsExactly("Giảm phát thải CO2 (tấn/năm)", "Điện năng tiết kiệm được", "Lĩnh vực chính");
		mvc.perform(post(base + "/questions/new").with(admin).with(csrf()).param("labelVi", "Lựa chọn").param("kind", "SINGLE_CHOICE")
			.param("optionsVi", "Chỉ một"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Câu hỏi chọn một cần ít nhất hai lựa chọn.")));
		mvc.perform(post(base + "/questions/" + id + "/delete").with(admin).with(csrf()));
		assertThat(auditCount("question.delete", id)).isEqualTo(1);
	}

	@Test
	void statusCurrentAndCloneAreAudited() throws Exception {
		String base = "/admin/editions/" + code;
		mvc.perform(post(base + "/current").with(admin).with(csrf()))
			.andExpect(flashKey("flashError", "admin.edition.currentDraft"));
		mvc.perform(post(base + "/status").with(admin).with(csrf()).param("target", "JURY"))
			.andExpect(flashKey("flashError", "admin.edition.statusRefused"));
		mvc.perform(post(base + "/status").with(admin).with(csrf()).param("target", "OPEN"));
		assertThat(jdbc.sql("select status from edition where code = ?").param(code).query(String.class).single()).isEqualTo("OPEN");
		assertThat(auditCount("edition.status", code)).isEqualTo(1);

		String clone = code + "-b";
		mvc.perform(post(base + "/clone").with(admin).with(csrf()).param("code", clone).param("year", "2031")
			.param("nameVi", "Bản sao").param("shortName", "Sao").param("offsetDays", "365"))
			.andExpect(redirectedUrl("/admin/editions/" + clone));
		assertThat(auditCount("edition.clone", clone)).isEqualTo(1);
		mvc.perform(post(base + "/clone").with(admin).with(csrf()).param("code", clone).param("year", "2031")
			.param("nameVi", "Bản sao").param("shortName", "Sao").param("offsetDays", "365"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã " + clone + " đã được dùng")));
		// not asserted here: making an edition current changes the public home page for every other test
		mvc.perform(get(base).with(admin)).andExpect(content().string(not(containsString("id=\"edition-current\""))));
	}

}
