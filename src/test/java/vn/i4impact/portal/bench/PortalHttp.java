package vn.i4impact.portal.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-like HTTP session against the portal on a real port: it logs in through the login form (CSRF token,
 * session cookie) and then GETs pages as that user. For benchmarks, so the whole stack is measured: Tomcat, Spring
 * Security, the controller, SQL, Thymeleaf.
 */
public final class PortalHttp {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	private PortalHttp(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1)
			.build();
	}

	/** Logs in with the form, as a person would; fails unless the portal accepts the password. */
	public static PortalHttp login(int port, String email, String password) throws IOException, InterruptedException {
		PortalHttp http = new PortalHttp("http://localhost:" + port);
		String form = http.get("/login").body();
		Matcher m = CSRF.matcher(form);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the login page");
		}
		String body = "email=" + enc(email) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
		HttpResponse<String> response = http.client.send(HttpRequest.newBuilder(URI.create(http.base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("/login")) {
			throw new IllegalStateException("login refused: " + response.statusCode() + " " + location);
		}
		return http;
	}

	/** GET as the logged-in user, body as text (UTF-8). */
	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return client.send(request(path), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	/** GET, body read fully and counted but not kept (downloads such as CSV/XLSX exports). */
	public HttpResponse<byte[]> download(String path) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	/** GET that must answer 200, else the measurement stops with what the server said. */
	public String ok(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = get(path);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " answered " + response.statusCode());
		}
		return response.body();
	}

	private HttpRequest request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html").GET().build();
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
