package vn.i4impact.portal.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The session cookie of Spring Session (sessions in PostgreSQL). Boot does not carry {@code server.servlet.session
 * .cookie.*} over to it here (the cookie came out without HttpOnly and SameSite), so it is set explicitly: HttpOnly,
 * SameSite=Lax, and Secure whenever the request is HTTPS (also behind a proxy sending X-Forwarded-Proto).
 */
@Configuration(proxyBeanMethods = false)
class SessionCookieConfiguration {

	@Bean
	CookieSerializer sessionCookieSerializer() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
