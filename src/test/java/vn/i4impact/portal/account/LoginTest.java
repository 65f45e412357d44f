package vn.i4impact.portal.account;

import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

@PortalTest
class LoginTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	MvcResult login(String email, String password, MockHttpSession session) throws Exception {
		return mvc.perform(post("/login").with(csrf()).session(session).param("email", email).param("password", password))
			.andReturn();
	}

	/** The message the login page shows after a failed attempt in this session. */
	String message(MockHttpSession session) throws Exception {
		return mvc.perform(get("/login").session(session)).andReturn().getResponse().getContentAsString();
	}

	@Test
	void eachRoleLandsOnItsOwnHome() throws Exception {
		for (Role role : Role.values()) {
			CurrentUser user = data.user(role);
			var result = login(user.email(), TestData.PASSWORD, new MockHttpSession());
			assertThat(result.getResponse().getRedirectedUrl()).as(role.name()).isEqualTo(role.homePath());
		}
	}

	@Test
	void theAddressIsCaseInsensitive() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		var result = login("  " + user.email().toUpperCase() + " ", TestData.PASSWORD, new MockHttpSession());
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my");
	}

	@Test
	void repeatedFailuresSlowDownThenLockWithoutRevealingWhetherTheAddressExists() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		String unknown = TestData.uniqueEmail("nobody");
		for (String email : new String[] { user.email(), unknown }) {
			MockHttpSession session = new MockHttpSession();
			login(email, "wrong password 1", session);
			assertThat(message(session)).contains("Thư điện tử hoặc mật khẩu không đúng.");
			login(email, "wrong password 2", session);
			login(email, "wrong password 3", session);
			assertThat(message(session)).contains("vui lòng đợi 5 giây");
			// during the pause even the right password is not checked
			login(email, TestData.PASSWORD, session);
			assertThat(message(session)).contains("Bạn đã nhập sai nhiều lần");
			// after the pause (simulated), two more failures lock the address for a while
			jdbc.sql("update login_throttle set last_failure_at = now() - interval '1 hour' where email_key = ?").param(email).update();
			login(email, "wrong password 4", session);
			jdbc.sql("update login_throttle set last_failure_at = now() - interval '1 hour' where email_key = ?").param(email).update();
			login(email, "wrong password 5", session);
			assertThat(message(session)).contains("tạm bị khóa đến");
			var locked = login(email, TestData.PASSWORD, session);
			assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
			assertThat(message(session)).contains("tạm bị khóa đến");
		}
		// when the lock runs out, the right password works again and clears the count
		jdbc.sql("update login_throttle set locked_until = now() - interval '1 second' where email_key = ?").param(user.email()).update();
		assertThat(login(user.email(), TestData.PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/my");
		assertThat(jdbc.sql("select count(*) from login_throttle where email_key = ?").param(user.email()).query(Integer.class).single()).isZero();
	}

	@Test
	void aDeactivatedAccountIsRefusedWithAClearMessage() throws Exception {
		CurrentUser user = data.user(Role.JUROR);
		jdbc.sql("update app_user set status = 'DISABLED' where id = ?").param(user.id()).update();
		MockHttpSession session = new MockHttpSession();
		assertThat(login(user.email(), TestData.PASSWORD, session).getResponse().getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(message(session)).contains("đã bị vô hiệu hóa");
	}

	@Test
	void theTypedAddressIsKeptAfterAFailure() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String email = TestData.uniqueEmail("typed");
		login(email, "whatever it is", session);
		mvc.perform(get("/login").session(session)).andExpect(content().string(containsString("value=\"" + email + "\"")));
	}

	@Test
	void logoutEndsTheSession() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		MockHttpSession session = new MockHttpSession();
		login(user.email(), TestData.PASSWORD, session);
		mvc.perform(post("/logout").with(csrf()).session(session)).andExpect(redirectedUrl("/?loggedOut"));
		mvc.perform(get("/my").session(session)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void badTriesFromElsewhereDoNotLockTheOwnerOutOnTheirOwnMachine() throws Exception {
		CurrentUser owner = data.user(Role.ADMIN);
		MockHttpSession attacker = new MockHttpSession();
		for (int i = 1; i <= 5; i++) {
			mvc.perform(post("/login").with(csrf()).session(attacker).with(r -> {
				r.setRemoteAddr("203.0.113.66");
				return r;
			}).param("email", owner.email()).param("password", "guess " + i));
			// skip the pauses between tries
			jdbc.sql("update login_throttle set last_failure_at = now() - interval '1 hour' where email_key = ?").param(owner.email()).update();
		}
		assertThat(message(attacker)).contains("tạm bị khóa đến");
		assertThat(jdbc.sql("select client_key from login_throttle where email_key = ? and locked_until > now()")
			.param(owner.email()).query(String.class).list()).containsExactly("203.0.113.66");
		// the owner, from their own address (127.0.0.1 here), is not locked out
		assertThat(login(owner.email(), TestData.PASSWORD, new MockHttpSession()).getResponse().getRedirectedUrl()).isEqualTo("/admin");
		// and the attacker stays locked, even with the right password
		var again = mvc.perform(post("/login").with(csrf()).session(attacker).with(r -> {
			r.setRemoteAddr("203.0.113.66");
			return r;
		}).param("email", owner.email()).param("password", TestData.PASSWORD)).andReturn();
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
	}

	@Test
	void parallelLoginsOfOneAccountAllSucceed() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		int logins = 20; // the per-account ceiling of /login (portal.rate-limit.rules.login.per-target) is 20
		var pool = Executors.newFixedThreadPool(logins);
		var start = new CountDownLatch(1);
		try {
			var results = new ArrayList<Future<String>>();
			for (int i = 0; i < logins; i++) {
				results.add(pool.submit(() -> {
					start.await();
					var response = login(user.email(), TestData.PASSWORD, new MockHttpSession()).getResponse();
					return response.getStatus() + " " + response.getRedirectedUrl();
				}));
			}
			start.countDown();
			for (var result : results) {
				assertThat(result.get(60, TimeUnit.SECONDS)).isEqualTo("302 /my");
			}
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(jdbc.sql("select last_login_at is not null from app_user where id = ?").param(user.id())
			.query(Boolean.class).single()).isTrue();
	}

}
