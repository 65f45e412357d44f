package vn.i4impact.portal.shared.web;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Request hygiene before anything else reads a parameter: control characters are dropped first, then the rate limits
 * apply; both run before Spring Security, so the login form is covered like every other route.
 */
@Configuration(proxyBeanMethods = false)
class RequestFilters {

	@Bean
	FilterRegistrationBean<ControlCharacters> controlCharacters() {
		var registration = new FilterRegistrationBean<>(new ControlCharacters());
		// right after Boot's character encoding filter (highest precedence), before every reader of parameters
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	RateLimitFilter rateLimitFilter(RateLimitProperties properties) {
		return new RateLimitFilter(properties);
	}

	@Bean
	FilterRegistrationBean<RateLimitFilter> rateLimitFilterRegistration(RateLimitFilter filter) {
		var registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 10);
		return registration;
	}

}
