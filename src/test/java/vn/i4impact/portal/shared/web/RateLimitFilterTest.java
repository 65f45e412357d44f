package vn.i4impact.portal.shared.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RateLimitFilterTest {

	static RateLimitFilter filter(int maxKeys, RateLimitProperties.Rule rule) {
		return new RateLimitFilter(new RateLimitProperties(true, maxKeys, Map.of("r", rule)));
	}

	static int post(RateLimitFilter filter, String path, String client, String email) throws Exception {
		var request = new MockHttpServletRequest("POST", path);
		request.setRemoteAddr(client);
		if (email != null) {
			request.setParameter("email", email);
		}
		var response = new MockHttpServletResponse();
		filter.doFilter(request, response, new MockFilterChain());
		return response.getStatus();
	}

	@Test
	void limitsReadAsRequestsPerPeriod() {
		assertThat(RateLimitFilter.Limit.parse("30/10m")).isEqualTo(new RateLimitFilter.Limit(30, Duration.ofMinutes(10)));
		assertThat(RateLimitFilter.Limit.parse(" 3 / PT1H ")).isEqualTo(new RateLimitFilter.Limit(3, Duration.ofHours(1)));
		assertThat(RateLimitFilter.Limit.parse("")).isNull();
		assertThatThrownBy(() -> RateLimitFilter.Limit.parse("30")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> RateLimitFilter.Limit.parse("0/1m")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void ipv6ClientsCountPerSlash64() {
		assertThat(RateLimitFilter.clientKey("2001:db8:1:2:aaaa::1")).isEqualTo(RateLimitFilter.clientKey("2001:db8:1:2:bbbb::9"));
		assertThat(RateLimitFilter.clientKey("2001:db8:1:3::1")).isNotEqualTo(RateLimitFilter.clientKey("2001:db8:1:2::1"));
		assertThat(RateLimitFilter.clientKey("203.0.113.9")).isEqualTo("203.0.113.9");
	}

	@Test
	void onlyTheListedRoutesAndMethodAreCounted() throws Exception {
		var filter = filter(1000, new RateLimitProperties.Rule(List.of("/my/nominations/*/files"), "POST", "path", "1/1h", null));
		assertThat(post(filter, "/my/nominations/1/files", "10.0.0.1", null)).isEqualTo(200);
		assertThat(post(filter, "/my/nominations/1/files", "10.0.0.1", null)).isEqualTo(429);
		assertThat(post(filter, "/my/nominations/1/answers", "10.0.0.1", null)).isEqualTo(200);
		var get = new MockHttpServletRequest("GET", "/my/nominations/1/files");
		get.setRemoteAddr("10.0.0.1");
		var response = new MockHttpServletResponse();
		filter.doFilter(get, response, new MockFilterChain());
		assertThat(response.getStatus()).isEqualTo(200);
	}

	@Test
	void targetsAreComparedWithoutCaseOrSpaces() throws Exception {
		var filter = filter(1000, new RateLimitProperties.Rule(List.of("/forgot-password"), "POST", "param:email", null, "1/1h"));
		assertThat(post(filter, "/forgot-password", "10.0.0.1", "Lan@Example.vn")).isEqualTo(200);
		assertThat(post(filter, "/forgot-password", "10.0.0.2", " lan@example.vn ")).isEqualTo(429);
		assertThat(post(filter, "/forgot-password", "10.0.0.2", "other@example.vn")).isEqualTo(200);
	}

	@Test
	void manyIdleKeysAreForgottenInsteadOfFillingTheMemory() throws Exception {
		var filter = filter(10, new RateLimitProperties.Rule(List.of("/login"), "POST", "none", "1/1h", null));
		for (int i = 0; i < 50; i++) {
			assertThat(post(filter, "/login", "10.1.0." + i, null)).isEqualTo(200);
		}
	}

}
