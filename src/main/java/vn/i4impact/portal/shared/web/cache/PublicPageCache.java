package vn.i4impact.portal.shared.web.cache;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.util.StringUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.support.SessionFlashMapManager;
import org.springframework.web.util.ContentCachingResponseWrapper;

import vn.i4impact.portal.shared.web.WebConfig;

/**
 * Serves anonymous GETs of the public pages from bytes rendered once per content generation and language, before
 * the security chain, the session, MVC and Thymeleaf: the spike at the ceremony minute costs a map lookup per
 * request. The first request of a generation renders through the whole chain (others asking for the same page
 * meanwhile wait for it), its security headers are kept and replayed. A page is kept only if nothing per-visitor
 * went into it: no cookie set, no session created. Signed-in users, visitors with a flash message and any request
 * switching the language get the dynamic page.
 */
public class PublicPageCache extends OncePerRequestFilter {

	/** Headers the cache sets itself or that must never be replayed to another visitor. */
	private static final Set<String> NOT_REPLAYED = Set.of("set-cookie", "cache-control", "pragma", "expires", "etag",
			"last-modified", "content-length", "content-type", "content-language", "content-encoding", "date",
			"transfer-encoding", "vary");

	private static final String FLASH_MAPS = SessionFlashMapManager.class.getName() + ".FLASH_MAPS";

	private final PublicContentVersion version;

	private final List<String> prefixes;

	private final long ttlNanos;

	private final String cacheControl;

	private final int maxEntries;

	/** The live reveal's polling endpoint: a viewer must see a step within a poll or two, not after max-age. */
	private static final String LIVE = "/live";

	private static final String LIVE_CACHE_CONTROL = "public, max-age=1";

	private final Map<String, CachedPage> pages = new ConcurrentHashMap<>();

	private final Map<String, CompletableFuture<CachedPage>> rendering = new ConcurrentHashMap<>();

	/**
	 * @param prefixes paths served from the cache: exactly {@code /} or a path equal to or under one of the others
	 * @param ttl how long a page is kept at most even when nothing changed (pages show "today", countdowns)
	 */
	public PublicPageCache(PublicContentVersion version, List<String> prefixes, Duration ttl, Duration maxAge,
			Duration staleWhileRevalidate, int maxEntries) {
		this.version = version;
		this.prefixes = List.copyOf(prefixes);
		this.ttlNanos = ttl.toNanos();
		this.cacheControl = "public, max-age=" + maxAge.toSeconds() + ", stale-while-revalidate="
				+ staleWhileRevalidate.toSeconds();
		this.maxEntries = maxEntries;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"GET".equals(request.getMethod())) {
			try {
				chain.doFilter(request, response);
			}
			finally {
				// whatever this request changed is committed now: the next public page on this node reads the counter
				version.recheck();
			}
			return;
		}
		String lang = cacheable(request) ? language(request) : null;
		if (lang == null) {
			chain.doFilter(request, response);
			return;
		}
		long generation = version.generation();
		String key = key(request, lang);
		CachedPage page = pages.get(key);
		if (page == null || !page.freshFor(generation, System.nanoTime())) {
			page = renderOnce(key, generation, lang, request, response, chain);
			if (page == null) {
				return; // not cacheable: already answered dynamically
			}
		}
		serve(page, lang, request, response);
	}

	private CachedPage renderOnce(String key, long generation, String lang, HttpServletRequest request,
			HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
		var mine = new CompletableFuture<CachedPage>();
		var other = rendering.putIfAbsent(key, mine);
		if (other != null) {
			try {
				CachedPage page = other.get(5, TimeUnit.SECONDS);
				if (page != null && page.generation() == generation) {
					return page;
				}
			}
			catch (Exception e) {
				// fall through: render for this visitor without the cache
			}
			chain.doFilter(request, response);
			return null;
		}
		CachedPage page = null;
		try {
			page = render(generation, lang, request, response, chain);
			return page;
		}
		finally {
			mine.complete(page);
			rendering.remove(key, mine);
		}
	}

	private CachedPage render(long generation, String lang, HttpServletRequest request, HttpServletResponse response,
			FilterChain chain) throws ServletException, IOException {
		var capture = new Capture(response);
		chain.doFilter(new Unconditional(request), capture);
		int status = capture.getStatus();
		boolean keep = !capture.errorSent && (status == 200 || status == 404)
				&& response.getHeaders(HttpHeaders.SET_COOKIE).isEmpty() && request.getSession(false) == null;
		if (!keep) {
			capture.copyBodyToResponse();
			return null;
		}
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (String name : response.getHeaderNames()) {
			if (!NOT_REPLAYED.contains(name.toLowerCase(Locale.ROOT))) {
				for (String value : response.getHeaders(name)) {
					headers.add(Map.entry(name, value));
				}
			}
		}
		var page = CachedPage.of(generation, System.nanoTime() + ttlNanos, status, response.getContentType(),
				List.copyOf(headers), capture.getContentAsByteArray());
		if (pages.size() >= maxEntries) {
			pages.clear(); // bounded: odd query strings cannot grow the cache without limit
		}
		pages.put(key(request, lang), page);
		response.reset();
		return page;
	}

	private void serve(CachedPage page, String lang, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request);
		String etag = gzip ? page.gzipEtag() : page.etag();
		for (var header : page.headers()) {
			response.addHeader(header.getKey(), header.getValue());
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, page.status() != 200 ? "public, no-cache"
				: request.getRequestURI().endsWith(LIVE) ? LIVE_CACHE_CONTROL : cacheControl);
		response.setHeader(HttpHeaders.VARY, "Accept-Encoding, Cookie");
		response.setHeader(HttpHeaders.CONTENT_LANGUAGE, lang);
		response.setHeader(HttpHeaders.ETAG, etag);
		if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return;
		}
		response.setStatus(page.status());
		response.setContentType(page.contentType());
		byte[] body = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Null when the request must be answered dynamically; otherwise it is a public page for an anonymous visitor. */
	private boolean cacheable(HttpServletRequest request) {
		if (request.getParameter("lang") != null || !publicPath(request)) {
			return false;
		}
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)) {
			return false;
		}
		HttpSession session = request.getSession(false);
		return session == null || (session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null
				&& session.getAttribute(FLASH_MAPS) == null);
	}

	private boolean publicPath(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/")) {
			return true;
		}
		for (String prefix : prefixes) {
			if (path.equals(prefix) || path.startsWith(prefix + "/")) {
				return true;
			}
		}
		return false;
	}

	/** The language the locale resolver would pick: the cookie's if it is one of ours, Vietnamese without one. */
	private static String language(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (WebConfig.LANG_COOKIE.equals(cookie.getName())) {
					String value = cookie.getValue();
					return "en".equals(value) || "vi".equals(value) ? value : null;
				}
			}
		}
		return "vi";
	}

	private static String key(HttpServletRequest request, String lang) {
		String query = request.getQueryString();
		return lang + (request.getHeader("HX-Request") != null ? " hx " : " ") + request.getScheme() + "://"
				+ request.getServerName() + ":" + request.getServerPort() + request.getRequestURI()
				+ (query == null ? "" : "?" + query);
	}

	private static boolean acceptsGzip(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT_ENCODING);
		return accept != null && accept.contains("gzip");
	}

	private static boolean matches(String ifNoneMatch, String etag) {
		if (!StringUtils.hasText(ifNoneMatch)) {
			return false;
		}
		for (String candidate : ifNoneMatch.split(",")) {
			String tag = candidate.trim();
			if (tag.startsWith("W/")) {
				tag = tag.substring(2);
			}
			if (tag.equals(etag) || tag.equals("*")) {
				return true;
			}
		}
		return false;
	}

	/** Keeps the body and notices an error dispatch (whose page Tomcat renders later, outside this capture). */
	private static final class Capture extends ContentCachingResponseWrapper {

		private boolean errorSent;

		Capture(HttpServletResponse response) {
			super(response);
		}

		@Override
		public void sendError(int sc) throws IOException {
			errorSent = true;
			super.sendError(sc);
		}

		@Override
		public void sendError(int sc, String msg) throws IOException {
			errorSent = true;
			super.sendError(sc, msg);
		}

	}

	/** The page is rendered in full for the cache, whatever the first visitor's browser already had. */
	private static final class Unconditional extends HttpServletRequestWrapper {

		private static final Set<String> HIDDEN = Set.of("if-none-match", "if-modified-since", "if-match",
				"if-unmodified-since", "accept-encoding");

		Unconditional(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public long getDateHeader(String name) {
			return HIDDEN.contains(name.toLowerCase(Locale.ROOT)) ? -1 : super.getDateHeader(name);
		}

	}

}
