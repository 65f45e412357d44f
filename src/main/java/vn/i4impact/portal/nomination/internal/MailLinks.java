package vn.i4impact.portal.nomination.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for this module's mails: {@code portal.base-url} when set, otherwise the address of the current
 * request (the same rule as the account mails; that helper is internal to the account module).
 */
@Component
class MailLinks {

	private final String baseUrl;

	MailLinks(@Value("${portal.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String page(String path) {
		return base(path).build().toUriString();
	}

	String withToken(String path, String token) {
		return base(path).queryParam("token", token).build().toUriString();
	}

	private UriComponentsBuilder base(String path) {
		if (baseUrl.isEmpty() && RequestContextHolder.getRequestAttributes() != null) {
			return ServletUriComponentsBuilder.fromCurrentContextPath().path(path);
		}
		// outside a request (seed data, batch jobs) without a configured address: the default local one
		return UriComponentsBuilder.fromUriString(baseUrl.isEmpty() ? "http://localhost:8080" : baseUrl).path(path);
	}

}
