package vn.i4impact.portal.account.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Staff administration and the audit log, used through the web as the organising committee and as everyone else. */
@PortalTest
class StaffAndAuditTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@PersistenceContext
	EntityManager em;

	static String token() {
		// letters only, so accent folding and LIKE cannot blur it with anything else
		String digits = Long.toString(System.nanoTime());
		StringBuilder s = new StringBuilder("zq");
		for (char c : digits.substring(digits.length() - 9).toCharArray()) {
			s.append((char) ('a' + (c - '0')));
		}
		return s.toString();
	}

	List<MockHttpServletRequestBuilder> routes(long id) {
		return List.of(get("/admin/users"), get("/admin/users/" + id), get("/admin/audit"),
				get("/admin/audit?action=user.roles&from=01/01/2026"),
				post("/admin/users/" + id + "/roles").param("roles", "ADMIN").param("version", "0").with(csrf()),
				post("/admin/users/" + id + "/deactivate").with(csrf()),
				post("/admin/users/" + id + "/reactivate").with(csrf()),
				post("/admin/users/" + id + "/resend-invitation").with(csrf()),
				post("/admin/users/" + id + "/password-reset").with(csrf()));
	}

	@Test
	void everyRouteRefusesOtherRolesAndAnonymousVisitors() throws Exception {
		CurrentUser target = data.user(Role.JUROR);
		for (Role role : List.of(Role.APPLICANT, Role.JUROR, Role.SECRETARIAT)) {
			CurrentUser someone = data.user(role);
			for (MockHttpServletRequestBuilder route : routes(target.id())) {
				mvc.perform(route.with(Auth.as(someone))).andExpect(status().isForbidden());
			}
		}
		for (MockHttpServletRequestBuilder route : routes(target.id())) {
			mvc.perform(route).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
		}
		assertThat(statusOf(target.id())).isEqualTo("ACTIVE");
		assertThat(auditActions(target.id())).isEmpty();
	}

	@Test
	void searchIgnoresAccentsOnNamesAndFindsEMailsAndFilters() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String t = token();
		CurrentUser found = accounts.createActive(TestData.uniqueEmail("nv-" + t), "Nguyễn Văn Đức " + t,
				TestData.PASSWORD, Set.of(Role.JUROR));
		CurrentUser other = accounts.createActive(TestData.uniqueEmail("other-" + t), "Trần Thị Hoa " + t,
				TestData.PASSWORD, Set.of(Role.SECRETARIAT));

		mvc.perform(get("/admin/users").param("q", "nguyen van duc " + t).with(Auth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nguyễn Văn Đức " + t)))
			.andExpect(content().string(not(containsString("Trần Thị Hoa " + t))))
			.andExpect(content().string(containsString("/admin/users/" + found.id())));
		// the newest accounts come first, so the new one is on the first page of a broad search too
		mvc.perform(get("/admin/users").param("q", "nguyen van").with(Auth.as(admin)))
			.andExpect(content().string(containsString("Nguyễn Văn Đức " + t)));
		mvc.perform(get("/admin/users").param("q", "NV-" + t.toUpperCase()).with(Auth.as(admin)))
			.andExpect(content().string(containsString(found.email())))
			.andExpect(content().string(not(containsString(other.email()))));

		// role and status filters, from the URL
		mvc.perform(get("/admin/users").param("q", t).param("role", "SECRETARIAT").with(Auth.as(admin)))
			.andExpect(content().string(containsString(other.email())))
			.andExpect(content().string(not(containsString(found.email()))))
			.andExpect(content().string(containsString("<option value=\"SECRETARIAT\" selected=\"selected\">")));
		mvc.perform(post("/admin/users/" + found.id() + "/deactivate").with(Auth.as(admin)).with(csrf()));
		mvc.perform(get("/admin/users").param("q", t).param("status", "DISABLED").with(Auth.as(admin)))
			.andExpect(content().string(containsString(found.email())))
			.andExpect(content().string(not(containsString(other.email()))))
			.andExpect(content().string(containsString("Đã vô hiệu hóa")));
		mvc.perform(get("/admin/users").param("q", t).param("status", "ACTIVE").param("role", "JUROR")
			.with(Auth.as(admin))).andExpect(content().string(containsString("0 tài khoản")));
		// a wildcard typed by the user matches itself only
		mvc.perform(get("/admin/users").param("q", t + "%").with(Auth.as(admin)))
			.andExpect(content().string(containsString("0 tài khoản")));
		// an unknown filter value means "any" rather than an error
		mvc.perform(get("/admin/users").param("q", t).param("role", "KING").with(Auth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("2 tài khoản")));
	}

	@Test
	void pagesKeepTheFiltersInTheirLinks() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String t = token();
		for (int i = 0; i < 26; i++) {
			accounts.createActive(TestData.uniqueEmail("page-" + t), "Lê Văn " + t, TestData.PASSWORD,
					Set.of(Role.JUROR));
		}
		mvc.perform(get("/admin/users").param("q", t).param("role", "JUROR").param("status", "ACTIVE")
			.with(Auth.as(admin)))
			.andExpect(content().string(containsString("26 tài khoản")))
			.andExpect(content().string(
					containsString("href=\"/admin/users?role=JUROR&amp;status=ACTIVE&amp;page=1&amp;q=" + t + "\"")));
		mvc.perform(get("/admin/audit").param("actor", "Nguyễn Văn").param("action", "user.roles").with(Auth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Nguyễn Văn\"")));
	}

	@Test
	void aDeactivatedUsersExistingSessionEndsAtTheNextRequest() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		CurrentUser juror = data.user(Role.JUROR);
		MockHttpSession session = login(juror.email());
		mvc.perform(get("/jury").session(session)).andExpect(status().isOk());

		mvc.perform(post("/admin/users/" + juror.id() + "/deactivate").with(Auth.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + juror.id()));
		assertThat(statusOf(juror.id())).isEqualTo("DISABLED");

		MvcResult refused = mvc.perform(get("/jury").session(session))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"))
			.andReturn();
		assertThat(session.isInvalid()).isTrue();
		MockHttpSession fresh = (MockHttpSession) refused.getRequest().getSession(false);
		mvc.perform(get("/login").session(fresh))
			.andExpect(content().string(containsString("Bạn đã bị đăng xuất vì tài khoản này đã bị vô hiệu hóa")));

		// and cannot come back with the password
		mvc.perform(post("/login").param("email", juror.email()).param("password", TestData.PASSWORD).with(csrf()))
			.andExpect(redirectedUrl("/login?error"));

		// reactivated, they can log in again
		mvc.perform(post("/admin/users/" + juror.id() + "/reactivate").with(Auth.as(admin)).with(csrf()));
		assertThat(statusOf(juror.id())).isEqualTo("ACTIVE");
		mvc.perform(get("/jury").session(login(juror.email()))).andExpect(status().isOk());
	}

	@Test
	void roleChangesApplyToAnOpenSessionWithoutANewLogin() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		CurrentUser juror = data.user(Role.JUROR);
		MockHttpSession session = login(juror.email());
		mvc.perform(get("/secretariat").session(session)).andExpect(status().isForbidden());

		mvc.perform(post("/admin/users/" + juror.id() + "/roles").param("roles", "SECRETARIAT")
			.param("version", String.valueOf(version(juror.id())))
			.with(Auth.as(admin))
			.with(csrf())).andExpect(redirectedUrl("/admin/users/" + juror.id()));

		mvc.perform(get("/secretariat").session(session)).andExpect(status().isOk());
		mvc.perform(get("/jury").session(session)).andExpect(status().isForbidden());
	}

	@Test
	void aStaleFormShowsTheConflictInsteadOfOverwriting() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		CurrentUser juror = data.user(Role.JUROR);
		long seen = version(juror.id());
		mvc.perform(post("/admin/users/" + juror.id() + "/roles").param("roles", "SECRETARIAT", "JUROR")
			.param("version", String.valueOf(seen)).with(Auth.as(admin)).with(csrf())).andExpect(status().isFound());
		mvc.perform(post("/admin/users/" + juror.id() + "/roles").param("roles", "ADMIN")
			.param("version", String.valueOf(seen)).with(Auth.as(admin)).with(csrf())).andExpect(status().isConflict());
		assertThat(roles(juror.id())).containsExactlyInAnyOrder("JUROR", "SECRETARIAT");
	}

	/**
	 * Other tests leave active administrators behind, so the set is made known here: inside this test's transaction
	 * (rolled back at the end) every other active administrator is deactivated, and the premise is checked before the
	 * refusal is. The web requests run in the same thread and so in the same transaction.
	 */
	@Test
	@Transactional
	void theLastActiveAdminCanNeitherDropTheRoleNorBeDeactivated() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		em.flush(); // JPA writes the new account's roles only at flush; the SQL below must see them
		jdbc.sql("""
				update app_user set status = 'DISABLED'
				where id <> ? and status = 'ACTIVE' and id in (select user_id from app_user_role where role = 'ADMIN')""")
			.param(admin.id())
			.update();
		assertThat(jdbc.sql("""
				select u.id from app_user u join app_user_role r on r.user_id = u.id
				where r.role = 'ADMIN' and u.status = 'ACTIVE'""").query(Long.class).list()).containsExactly(admin.id());

		mvc.perform(post("/admin/users/" + admin.id() + "/roles").param("roles", "SECRETARIAT")
			.param("version", String.valueOf(version(admin.id())))
			.with(Auth.as(admin))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể bỏ vai trò Ban Tổ chức")))
			.andExpect(content().string(containsString("id=\"roles-error\"")))
			.andExpect(result -> HtmlValidator.assertValid("user page with a refused role change",
					result.getResponse().getContentAsString()));
		em.flush(); // nothing is committed in this transaction: flush so SQL sees whatever the request changed
		assertThat(roles(admin.id())).containsExactly("ADMIN");

		MvcResult refused = mvc
			.perform(post("/admin/users/" + admin.id() + "/deactivate").with(Auth.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + admin.id()))
			.andReturn();
		assertThat(((Flash.Message) refused.getFlashMap().get("flashError")).key())
			.isEqualTo("admin.user.lastAdmin.deactivate");
		em.flush();
		assertThat(statusOf(admin.id())).isEqualTo("ACTIVE");
		assertThat(auditActions(admin.id())).isEmpty();
	}

	@Test
	void anAdminMayStepDownWhenAnotherActiveAdminRemains() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		data.user(Role.ADMIN); // guarantees another active one whatever other tests did
		mvc.perform(post("/admin/users/" + admin.id() + "/roles").param("roles", "SECRETARIAT")
			.param("version", String.valueOf(version(admin.id())))
			.with(Auth.as(admin))
			.with(csrf())).andExpect(redirectedUrl("/secretariat"));
		assertThat(roles(admin.id())).containsExactly("SECRETARIAT");
	}

	@Test
	void everyKindOfChangeIsAuditedWithWhoAndBeforeAndAfter() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String email = TestData.uniqueEmail("invited");
		mvc.perform(post("/admin/users/invite").param("email", email).param("fullName", "Phạm Minh Châu")
			.param("roles", "JUROR").param("language", "vi").with(Auth.as(admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users"));
		long id = jdbc.sql("select id from app_user where email = ?").param(email).query(Long.class).single();
		int mails = data.mailCount(email);

		mvc.perform(post("/admin/users/" + id + "/resend-invitation").with(Auth.as(admin)).with(csrf()));
		assertThat(data.mailCount(email)).isEqualTo(mails + 1);
		assertThat(data.lastMail(email).linkPath()).startsWith("/invitation?token=");
		// a reset link does not help someone who has no password yet
		mvc.perform(post("/admin/users/" + id + "/password-reset").with(Auth.as(admin)).with(csrf()));
		assertThat(data.mailCount(email)).isEqualTo(mails + 1);

		mvc.perform(post("/invitation").param("token", data.lastMail(email).token())
			.param("password", TestData.PASSWORD).param("passwordConfirm", TestData.PASSWORD).with(csrf()));
		assertThat(statusOf(id)).as("invitation accepted").isEqualTo("ACTIVE");

		mvc.perform(post("/admin/users/" + id + "/password-reset").with(Auth.as(admin)).with(csrf()));
		assertThat(data.lastMail(email).linkPath()).startsWith("/reset-password?token=");
		mvc.perform(post("/admin/users/" + id + "/roles").param("roles", "JUROR", "SECRETARIAT")
			.param("version", String.valueOf(version(id))).with(Auth.as(admin)).with(csrf()));
		mvc.perform(post("/admin/users/" + id + "/deactivate").with(Auth.as(admin)).with(csrf()));
		mvc.perform(post("/admin/users/" + id + "/reactivate").with(Auth.as(admin)).with(csrf()));

		assertThat(auditActions(id)).containsExactly("user.invite", "user.invitation.resend", "user.password.reset",
				"user.roles", "user.deactivate", "user.reactivate");
		List<Map<String, Object>> rows = jdbc.sql("""
				select actor_id, actor_email, before_json::text as b, after_json::text as a from audit_entry
				where target_type = 'user' and target_id = ? order by id""").param(String.valueOf(id)).query().listOfRows();
		assertThat(rows).allSatisfy(r -> {
			assertThat(r.get("actor_id")).isEqualTo(admin.id());
			assertThat(r.get("actor_email")).isEqualTo(admin.email());
		});
		assertThat((String) rows.get(0).get("a")).contains("\"JUROR\"").contains("Phạm Minh Châu");
		assertThat((String) rows.get(3).get("b")).isEqualTo("{\"roles\": [\"JUROR\"]}");
		assertThat((String) rows.get(3).get("a")).isEqualTo("{\"roles\": [\"SECRETARIAT\", \"JUROR\"]}");
		assertThat((String) rows.get(4).get("b")).isEqualTo("{\"status\": \"ACTIVE\"}");
		assertThat((String) rows.get(4).get("a")).isEqualTo("{\"status\": \"DISABLED\"}");

		// the log page shows them readably, filtered by actor (accent-free) and dates in Vietnam time
		String today = LocalDate.now(PortalTime.ZONE).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		mvc.perform(get("/admin/audit").param("actor", admin.email()).param("targetId", String.valueOf(id))
			.param("action", "user.roles").param("from", today).param("to", today).with(Auth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 mục")))
			.andExpect(content().string(containsString("Đổi vai trò")))
			.andExpect(content().string(containsString("<th scope=\"row\" class=\"fw-normal\">Vai trò</th>")))
			.andExpect(content().string(containsString("<span>Ban Thư ký</span>")))
			.andExpect(content().string(not(containsString("{&quot;roles"))));
		mvc.perform(get("/admin/audit").param("actor", "can bo admin").param("targetId", String.valueOf(id))
			.with(Auth.as(admin))).andExpect(content().string(containsString("6 mục")));
		mvc.perform(get("/admin/audit").param("actor", admin.email()).param("from", "01/01/2020")
			.param("to", "02/01/2020").with(Auth.as(admin))).andExpect(content().string(containsString("0 mục")));
		mvc.perform(get("/admin/audit").param("from", "31/02/2026").param("to", "x").with(Auth.as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"from-error\"")))
			.andExpect(content().string(containsString("id=\"to-error\"")))
			.andExpect(content().string(containsString("value=\"31/02/2026\"")))
			.andExpect(result -> HtmlValidator.assertValid("audit log with date errors",
					result.getResponse().getContentAsString()));
	}

	@Test
	void theUserPageOffersWhatFitsTheAccount() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		CurrentUser applicant = data.user(Role.APPLICANT);
		mvc.perform(get("/admin/users/" + applicant.id()).with(Auth.as(admin)))
			.andExpect(content().string(containsString("Vai trò Đơn vị tham gia của tài khoản này được giữ nguyên")))
			.andExpect(content().string(containsString("Gửi thư đặt lại mật khẩu")))
			.andExpect(content().string(not(containsString("Gửi lại thư mời"))))
			.andExpect(content().string(not(containsString("value=\"APPLICANT\""))));
		// giving a unit's account holder a staff role keeps their applicant role
		mvc.perform(post("/admin/users/" + applicant.id() + "/roles").param("roles", "JUROR")
			.param("version", String.valueOf(version(applicant.id()))).with(Auth.as(admin)).with(csrf()));
		assertThat(roles(applicant.id())).containsExactlyInAnyOrder("APPLICANT", "JUROR");
		// and APPLICANT cannot be handed out here
		mvc.perform(post("/admin/users/" + applicant.id() + "/roles").param("roles", "APPLICANT")
			.param("version", String.valueOf(version(applicant.id()))).with(Auth.as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Chỉ có thể chọn các vai trò cán bộ.")));

		String email = TestData.uniqueEmail("invited-page");
		mvc.perform(post("/admin/users/invite").param("email", email).param("fullName", "Đỗ Hữu Mời")
			.param("roles", "SECRETARIAT").param("language", "en").with(Auth.as(admin)).with(csrf()));
		long id = jdbc.sql("select id from app_user where email = ?").param(email).query(Long.class).single();
		mvc.perform(get("/admin/users/" + id).with(Auth.as(admin)))
			.andExpect(content().string(containsString("Gửi lại thư mời")))
			.andExpect(content().string(not(containsString("Gửi thư đặt lại mật khẩu"))))
			.andExpect(content().string(containsString("Chưa đăng nhập lần nào")))
			.andExpect(result -> HtmlValidator.assertValid("user page of an invited account",
					result.getResponse().getContentAsString()));
		// a staff account cannot be left without a role
		mvc.perform(post("/admin/users/" + id + "/roles").param("version", String.valueOf(version(id)))
			.with(Auth.as(admin)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tài khoản cán bộ cần ít nhất một vai trò")));
		assertThat(roles(id)).containsExactly("SECRETARIAT");
		mvc.perform(get("/admin/users/999999999").with(Auth.as(admin))).andExpect(status().isNotFound());
	}

	/**
	 * Entries any module writes are listed the same way, and a day is a day in Vietnam: 00:30 on 05/03 in Hà Nội is
	 * still 04/03 in UTC.
	 */
	@Test
	void theLogFiltersByVietnameseDaysAndShowsAnyModulesEntries() throws Exception {
		CurrentUser admin = data.user(Role.ADMIN);
		String action = "award.rename." + token();
		jdbc.sql("""
				insert into audit_entry (at, actor_id, actor_email, action, target_type, target_id, summary, before_json, after_json)
				values ('2026-03-04T17:30:00Z', ?, ?, ?, 'award', '2.3', 'Giải 2.3',
				        '{"nameVi": "Công nghệ AI"}'::jsonb, '{"nameVi": "Công nghệ AI tác động tới cuộc sống"}'::jsonb)""")
			.params(admin.id(), admin.email(), action)
			.update();
		mvc.perform(get("/admin/audit").param("action", action).param("from", "05/03/2026").param("to", "05/03/2026")
			.with(Auth.as(admin)))
			.andExpect(content().string(containsString("1 mục")))
			.andExpect(content().string(containsString("05/03/2026 00:30")))
			.andExpect(content().string(containsString("<strong class=\"audit-action\">" + action + "</strong>")))
			.andExpect(content().string(containsString("<span>Công nghệ AI tác động tới cuộc sống</span>")))
			.andExpect(content().string(containsString("<option value=\"" + action + "\" selected=\"selected\">")));
		mvc.perform(get("/admin/audit").param("action", action).param("to", "04/03/2026").with(Auth.as(admin)))
			.andExpect(content().string(containsString("0 mục")));
		mvc.perform(get("/admin/audit").param("action", action).param("from", "06/03/2026").with(Auth.as(admin)))
			.andExpect(content().string(containsString("0 mục")));
		mvc.perform(get("/admin/audit").param("targetType", "award").param("targetId", "2.3").param("action", action)
			.with(Auth.as(admin))).andExpect(content().string(containsString("1 mục")));
	}

	@Test
	void auditEntriesCannotBeChangedOrDeletedEvenInSql() {
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set summary = 'x'").update())
			.hasMessageContaining("cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry").update()).hasMessageContaining("cannot be changed");
	}

	MockHttpSession login(String email) throws Exception {
		MvcResult result = mvc.perform(post("/login").param("email", email).param("password", TestData.PASSWORD)
			.with(csrf())).andExpect(status().isFound()).andExpect(redirectedUrlPattern("/*")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
		return (MockHttpSession) result.getRequest().getSession(false);
	}

	String statusOf(long id) {
		return jdbc.sql("select status from app_user where id = ?").param(id).query(String.class).single();
	}

	long version(long id) {
		return jdbc.sql("select version from app_user where id = ?").param(id).query(Long.class).single();
	}

	List<String> roles(long id) {
		return jdbc.sql("select role from app_user_role where user_id = ?").param(id).query(String.class).list();
	}

	List<String> auditActions(long id) {
		return jdbc.sql("select action from audit_entry where target_type = 'user' and target_id = ? order by id")
			.param(String.valueOf(id))
			.query(String.class)
			.list();
	}

}
