package vn.i4impact.portal.account;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/** Every back-office area against every role: the right role gets in, others get the 403 page, anonymous users the login. */
@PortalTest
class RoleAccessTest {

	static final Map<String, Role> AREAS = Map.of("/my", Role.APPLICANT, "/secretariat", Role.SECRETARIAT, "/jury",
			Role.JUROR, "/admin", Role.ADMIN, "/admin/users", Role.ADMIN, "/admin/outbox", Role.ADMIN, "/my/organization", Role.APPLICANT);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Test
	void anonymousUsersAreSentToLogin() throws Exception {
		for (String path : AREAS.keySet()) {
			var response = mvc.perform(get(path)).andReturn().getResponse();
			assertThat(response.getStatus()).as(path).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(path).endsWith("/login");
		}
		assertThat(mvc.perform(get("/account")).andReturn().getResponse().getRedirectedUrl()).endsWith("/login");
	}

	@Test
	void eachRoleReachesOnlyItsOwnArea() throws Exception {
		for (Role role : Role.values()) {
			CurrentUser user = data.user(role);
			for (var area : AREAS.entrySet()) {
				var response = mvc.perform(get(area.getKey()).with(Auth.as(user)).accept("text/html")).andReturn().getResponse();
				if (area.getValue() == role) {
					assertThat(response.getStatus()).as(role + " on " + area.getKey()).isEqualTo(200);
				}
				else {
					assertThat(response.getStatus()).as(role + " on " + area.getKey()).isEqualTo(403);
				}
			}
			assertThat(mvc.perform(get("/account").with(Auth.as(user))).andReturn().getResponse().getStatus()).isEqualTo(200);
		}
	}

	@Test
	void aStaffMemberWithSeveralRolesReachesEachOfThem() throws Exception {
		CurrentUser both = accounts.createActive(TestData.uniqueEmail("multi"), "Nhiều vai trò", TestData.PASSWORD,
				Set.of(Role.SECRETARIAT, Role.JUROR));
		assertThat(mvc.perform(get("/secretariat").with(Auth.as(both))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/jury").with(Auth.as(both))).andReturn().getResponse().getStatus()).isEqualTo(200);
		assertThat(mvc.perform(get("/admin").with(Auth.as(both))).andReturn().getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void onlyHealthIsPublicAmongActuatorEndpoints() throws Exception {
		assertThat(mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString()).contains("UP");
		assertThat(mvc.perform(get("/actuator/env")).andReturn().getResponse().getStatus()).isIn(302, 401, 403, 404);
		assertThat(mvc.perform(get("/actuator/env").with(Auth.as(data.user(Role.APPLICANT)))).andReturn().getResponse().getStatus())
			.isIn(403, 404);
	}

}
