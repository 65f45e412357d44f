package vn.i4impact.portal.shared.web;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The limits of application.properties as the test profile keeps them (per target), and strict per-client limits
 * installed for this class's own client addresses (the rest of the suite shares 127.0.0.1).
 */
@PortalTest
class RateLimitTest {

	private static final AtomicInteger CLIENTS = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RateLimitFilter filter;

	@Autowired
	RateLimitProperties properties;

	@AfterEach
	void restoreTheConfiguredLimits() {
		filter.configure(properties);
	}

	/** A client address no other test uses. */
	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String newClient() {
		int n = CLIENTS.incrementAndGet();
		return "198.51." + (n / 250) + "." + (n % 250 + 1);
	}

	/** The configured rules with one per-client limit replaced. */
	void limitPerClient(String rule, String limit) {
		Map<String, RateLimitProperties.Rule> rules = new HashMap<>(properties.rules());
		var old = rules.get(rule);
		rules.put(rule, new RateLimitProperties.Rule(old.paths(), old.method(), old.target(), limit, old.perTarget()));
		filter.configure(new RateLimitProperties(true, properties.maxKeys(), rules));
	}

	long perTargetCapacity(String rule) {
		return filter.rules().stream().filter(r -> r.name().equals(rule)).findFirst().orElseThrow().perTarget().capacity();
	}

	int outbox(String email) {
		return data.mailCount(email);
	}

	@Test
	void theResetMailBeyondTheLimitForOneAddressIsRefusedAndNotSent() throws Exception {
		CurrentUser user = data.user(Role.APPLICANT);
		long limit = perTargetCapacity("forgot-password");
		for (int i = 0; i < limit; i++) {
			// even from different clients: the limit protects the mailbox
			mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", user.email()))
				.andExpect(redirectedUrl("/login"));
		}
		assertThat(outbox(user.email())).isEqualTo((int) limit);
		mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", " " + user.email().toUpperCase()))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		assertThat(outbox(user.email())).isEqualTo((int) limit);
		// an address without an account meets the very same limit (nothing to learn from the answer)
		String unknown = TestData.uniqueEmail("nobody");
		for (int i = 0; i < limit; i++) {
			mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", unknown))
				.andExpect(redirectedUrl("/login"));
		}
		mvc.perform(post("/forgot-password").with(csrf()).with(from(newClient())).param("email", unknown))
			.andExpect(status().isTooManyRequests());
	}

	@Test
	void registrationsFromOneAddressAreLimited() throws Exception {
		limitPerClient("register", "3/1h");
		String client = newClient();
		for (int i = 0; i < 3; i++) {
			String email = TestData.uniqueEmail("flood");
			mvc.perform(registration(email).with(from(client))).andExpect(redirectedUrl("/register/done"));
			assertThat(accounts(email)).isEqualTo(1);
		}
		String refused = TestData.uniqueEmail("flood");
		mvc.perform(registration(refused).with(from(client)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string("Retry-After", Matchers.matchesPattern("\\d+")));
		assertThat(accounts(refused)).isZero();
		assertThat(outbox(refused)).isZero();
		// someone else is not affected
		String other = TestData.uniqueEmail("neighbour");
		mvc.perform(registration(other).with(from(newClient()))).andExpect(redirectedUrl("/register/done"));
		assertThat(accounts(other)).isEqualTo(1);
	}

	@Test
	void sprayingOnePasswordAcrossManyAccountsIsLimitedPerClient() throws Exception {
		limitPerClient("login", "5/10m");
		String attacker = newClient();
		for (int i = 0; i < 5; i++) {
			mvc.perform(post("/login").with(csrf()).with(from(attacker)).param("email", TestData.uniqueEmail("spray"))
				.param("password", "Mua-xuan-2026!")).andExpect(redirectedUrl("/login?error"));
		}
		CurrentUser victim = data.user(Role.APPLICANT);
		// refused before the password is even checked, whether or not the account exists
		mvc.perform(post("/login").with(csrf()).with(from(attacker)).param("email", victim.email())
			.param("password", TestData.PASSWORD)).andExpect(status().isTooManyRequests());
		mvc.perform(post("/login").with(csrf()).with(from(attacker)).param("email", TestData.uniqueEmail("spray"))
			.param("password", "Mua-xuan-2026!")).andExpect(status().isTooManyRequests());
		// the real person elsewhere logs in
		mvc.perform(post("/login").with(csrf()).with(from(newClient())).param("email", victim.email())
			.param("password", TestData.PASSWORD)).andExpect(redirectedUrl("/my"));
	}

	@Test
	void resendAndConsentAndUploadAreLimitedToo() throws Exception {
		limitPerClient("resend", "2/1h");
		String client = newClient();
		for (int i = 0; i < 2; i++) {
			mvc.perform(post("/register/resend").with(csrf()).with(from(client)).param("email", TestData.uniqueEmail("resend")))
				.andExpect(redirectedUrl("/register/done"));
		}
		mvc.perform(post("/register/resend").with(csrf()).with(from(client)).param("email", TestData.uniqueEmail("resend")))
			.andExpect(status().isTooManyRequests());

		String token = "not-a-real-consent-token-" + CLIENTS.incrementAndGet();
		long consentLimit = perTargetCapacity("consent");
		for (int i = 0; i < consentLimit; i++) {
			assertThat(mvc.perform(post("/consent").with(csrf()).with(from(newClient())).param("token", token).param("answer", "agree"))
				.andReturn().getResponse().getStatus()).isNotEqualTo(429);
		}
		mvc.perform(post("/consent").with(csrf()).with(from(newClient())).param("token", token).param("answer", "agree"))
			.andExpect(status().isTooManyRequests());

		limitPerClient("upload", "1/10m");
		String uploader = newClient();
		// the limit is met before the controller looks at the (here empty, unknown) upload
		assertThat(mvc.perform(post("/my/nominations/999999999/files").with(csrf()).with(from(uploader))).andReturn()
			.getResponse().getStatus()).isNotEqualTo(429);
		mvc.perform(post("/my/nominations/999999998/files").with(csrf()).with(from(uploader)))
			.andExpect(status().isTooManyRequests());
	}

	int accounts(String email) {
		return jdbc.sql("select count(*) from app_user where email = ?").param(email.toLowerCase()).query(Integer.class).single();
	}

	static MockHttpServletRequestBuilder registration(String email) {
		var request = post("/register").with(csrf());
		Map<String, String> fields = new HashMap<>();
		fields.put("unitName", "Công ty Thử nghiệm Giới hạn");
		fields.put("unitType", "ENTERPRISE");
		fields.put("provinceCode", "hai-phong");
		fields.put("taxCode", "0100109106");
		fields.put("fullName", "Trần Thị Lan");
		fields.put("position", "Trưởng phòng");
		fields.put("phone", "0912.345.678");
		fields.put("email", email);
		fields.put("password", "nuoc sach cho moi nha 2026");
		fields.put("passwordConfirm", "nuoc sach cho moi nha 2026");
		fields.put("consent", "true");
		fields.forEach(request::param);
		return request;
	}

}
