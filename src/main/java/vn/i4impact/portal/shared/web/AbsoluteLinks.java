package vn.i4impact.portal.shared.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for mails: {@code portal.base-url} when set, otherwise the address of the current
 * request; outside a request (after-commit work, seed data) without a configured address, the local default.
 */
@Component
public class AbsoluteLinks {

	private final String baseUrl;

	AbsoluteLinks(@Value("${portal.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String page(String path) {
		return base(path).build().toUriString();
	}

	public String withToken(String path, String token) {
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
