package vn.i4impact.portal.shared.web;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * Absolute links for mails, always from {@code portal.base-url} and never from the request: a forged {@code Host} or
 * {@code X-Forwarded-Host} must not turn a genuine reset mail into a link to someone else's site. The address is
 * required outside embedded mode; on a developer's machine (embedded database) it defaults to
 * {@code http://localhost:<port>}.
 */
@Component
public class AbsoluteLinks implements ApplicationListener<WebServerInitializedEvent> {

	/** The application refuses to start without a base URL in production; the failure analyser explains why. */
	public static class MissingBaseUrlException extends IllegalStateException {

		MissingBaseUrlException(String message) {
			super(message);
		}

	}

	private final boolean configured;

	private volatile String baseUrl;

	AbsoluteLinks(@Value("${portal.base-url:}") String baseUrl, @Value("${server.port:8080}") int port,
			Environment environment) {
		String configuredUrl = baseUrl.strip();
		this.configured = !configuredUrl.isEmpty();
		if (configured) {
			this.baseUrl = validated(configuredUrl);
		}
		else if (EmbeddedDatabaseCondition.embedded(environment)) {
			this.baseUrl = "http://localhost:" + (port > 0 ? port : 8080);
		}
		else {
			throw new MissingBaseUrlException("PORTAL_BASE_URL (portal.base-url) is not set. With an external database "
					+ "the portal needs its public address for the links it mails (confirmation, password reset, "
					+ "consent), e.g. PORTAL_BASE_URL=https://i4impact.vn; it never takes them from request headers.");
		}
	}

	static String validated(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			throw new MissingBaseUrlException("PORTAL_BASE_URL (portal.base-url) is not a valid address: " + url);
		}
		boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
		if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
			throw new MissingBaseUrlException(
					"PORTAL_BASE_URL (portal.base-url) must be an http(s) address without query, e.g. https://i4impact.vn; got: "
							+ url);
		}
		return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
	}

	/** Without a configured address (embedded mode) the real port, also when it was chosen at random. */
	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (!configured && event.getApplicationContext().getServerNamespace() == null) {
			baseUrl = "http://localhost:" + event.getWebServer().getPort();
		}
	}

	/** The address links start with, without a trailing slash. */
	public String baseUrl() {
		return baseUrl;
	}

	public String page(String path) {
		return base(path).build().toUriString();
	}

	public String withToken(String path, String token) {
		return base(path).queryParam("token", token).build().toUriString();
	}

	private UriComponentsBuilder base(String path) {
		return UriComponentsBuilder.fromUriString(baseUrl).path(path);
	}

}
