package vn.i4impact.portal.account.internal;

import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

import vn.i4impact.portal.account.Role;

/** Who may reach which part of the portal, and the security headers every page carries. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	/** Scripts and styles come only from the portal itself; no inline script anywhere. */
	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
			+ "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	@Bean
	SecurityFilterChain portalSecurity(HttpSecurity http, LoginHandlers handlers, JdbcClient jdbc) throws Exception {
		// PortalAuthenticationProvider is picked up as the one global provider; adding it here as well would make a
		// failed attempt run (and count) twice, once locally and once in the parent manager
		http
			// before authorisation, so a deactivated account is logged out and changed roles count on this request
			.addFilterBefore(new AccountStateFilter(jdbc), AuthorizationFilter.class)
			.authorizeHttpRequests(auth -> auth
				.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll()
				.requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
				// the committee manages jury panels and assignments with the secretariat
				.requestMatchers("/secretariat/jury", "/secretariat/jury/**").hasAnyRole(Role.SECRETARIAT.name(), Role.ADMIN.name())
				.requestMatchers("/secretariat/**").hasRole(Role.SECRETARIAT.name())
				.requestMatchers("/jury/**").hasRole(Role.JUROR.name())
				.requestMatchers("/my/**").hasRole(Role.APPLICANT.name())
				.requestMatchers("/account", "/account/**").authenticated()
				.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
				.requestMatchers("/actuator/**").hasRole(Role.ADMIN.name())
				.anyRequest().permitAll())
			.formLogin(form -> form.loginPage("/login")
				.loginProcessingUrl("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.successHandler(handlers)
				.failureHandler(handlers)
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?loggedOut").permitAll())
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.frameOptions(frame -> frame.deny())
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.contentTypeOptions(options -> {
				}));
		return http.build();
	}

	/** Argon2id for new hashes; older encodings still verify and are upgraded at the next login. */
	@Bean
	PasswordEncoder passwordEncoder() {
		Map<String, PasswordEncoder> encoders = Map.of("argon2", Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(),
				"bcrypt", new BCryptPasswordEncoder());
		return new DelegatingPasswordEncoder("argon2", encoders);
	}

}
