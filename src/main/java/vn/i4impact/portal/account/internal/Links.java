package vn.i4impact.portal.account.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Absolute links for mails: {@code portal.base-url} when set (production behind a proxy), otherwise the address the
 * current request came to.
 */
@Component
class Links {

	private final String baseUrl;

	Links(@Value("${portal.base-url:}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	String to(String path, String token) {
		return base(path).queryParam("token", token).build().toUriString();
	}

	String page(String path) {
		return base(path).build().toUriString();
	}

	private UriComponentsBuilder base(String path) {
		return baseUrl.isEmpty() ? ServletUriComponentsBuilder.fromCurrentContextPath().path(path)
				: UriComponentsBuilder.fromUriString(baseUrl).path(path);
	}

}
