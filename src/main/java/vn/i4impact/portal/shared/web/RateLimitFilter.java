package vn.i4impact.portal.shared.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Every rate limit of the portal, in one place and before Spring Security (so the login form is covered too): per
 * client address and per target (the e-mail typed, the consent link, the dossier), with token buckets kept in this
 * node's memory. A refused request gets 429 with {@code Retry-After}; Boot's error page then renders
 * {@code error/429} (see {@link TooManyRequestsAttributes}). Controllers know nothing of it.
 */
public class RateLimitFilter extends OncePerRequestFilter {

	/** Request attribute with the seconds to wait, for the 429 page. */
	static final String RETRY_AFTER = RateLimitFilter.class.getName() + ".retryAfter";

	private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

	private static final int MAX_TARGET_LENGTH = 254;

	record Limit(long capacity, Duration period) {

		static Limit parse(String spec) {
			if (spec == null || spec.isBlank()) {
				return null;
			}
			String[] parts = spec.strip().split("/", 2);
			if (parts.length != 2) {
				throw new IllegalArgumentException("a rate limit reads <requests>/<period>, e.g. 30/10m: " + spec);
			}
			Limit limit = new Limit(Long.parseLong(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
			if (limit.capacity < 1 || limit.period.isZero() || limit.period.isNegative()) {
				throw new IllegalArgumentException("a rate limit needs at least one request per positive period: " + spec);
			}
			return limit;
		}

		Bucket newBucket() {
			return Bucket.builder().addLimit(l -> l.capacity(capacity).refillGreedy(capacity, period)).build();
		}

	}

	record CompiledRule(String name, String method, List<PathPattern> paths, String target, Limit perClient,
			Limit perTarget) {

		boolean matches(HttpServletRequest request, PathContainer path) {
			return method.equalsIgnoreCase(request.getMethod()) && paths.stream().anyMatch(p -> p.matches(path));
		}

	}

	private record Entry(Bucket bucket, long capacity) {
	}

	private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

	private volatile boolean enabled;

	private volatile int maxKeys;

	private volatile List<CompiledRule> rules;

	public RateLimitFilter(RateLimitProperties properties) {
		configure(properties);
	}

	/** Replaces the rules and forgets every count (start-up; tests that need other limits). */
	final void configure(RateLimitProperties properties) {
		PathPatternParser parser = new PathPatternParser();
		List<CompiledRule> compiled = new ArrayList<>();
		properties.rules().forEach((name, rule) -> {
			if (rule.paths() == null || rule.paths().isEmpty()) {
				throw new IllegalArgumentException("portal.rate-limit.rules." + name + ".paths is empty");
			}
			compiled.add(new CompiledRule(name, rule.method(), rule.paths().stream().map(parser::parse).toList(),
					rule.target(), Limit.parse(rule.perClient()), Limit.parse(rule.perTarget())));
		});
		this.rules = List.copyOf(compiled);
		this.enabled = properties.enabled();
		this.maxKeys = properties.maxKeys();
		buckets.clear();
	}

	List<CompiledRule> rules() {
		return rules;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !enabled || !"POST".equalsIgnoreCase(request.getMethod()) && !"PUT".equalsIgnoreCase(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String uri = request.getRequestURI().substring(request.getContextPath().length());
		PathContainer path = PathContainer.parsePath(uri);
		for (CompiledRule rule : rules) {
			if (!rule.matches(request, path)) {
				continue;
			}
			long wait = tryConsume(rule, request, uri);
			if (wait > 0) {
				refuse(rule, request, response, wait);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/** @return 0 when allowed, otherwise the seconds until the next request would be */
	private long tryConsume(CompiledRule rule, HttpServletRequest request, String uri) {
		if (rule.perClient() != null) {
			long wait = consume(rule.name() + "|client|" + clientKey(request.getRemoteAddr()), rule.perClient());
			if (wait > 0) {
				return wait;
			}
		}
		if (rule.perTarget() != null) {
			String target = target(rule, request, uri);
			if (target != null) {
				return consume(rule.name() + "|target|" + target, rule.perTarget());
			}
		}
		return 0;
	}

	private long consume(String key, Limit limit) {
		if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
			forgetIdle();
		}
		Entry entry = buckets.computeIfAbsent(key, k -> new Entry(limit.newBucket(), limit.capacity()));
		ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
		return probe.isConsumed() ? 0 : Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
	}

	/** Buckets that have refilled completely hold no information; if that is not enough, start afresh. */
	private synchronized void forgetIdle() {
		if (buckets.size() < maxKeys) {
			return;
		}
		buckets.entrySet().removeIf(e -> e.getValue().bucket().getAvailableTokens() >= e.getValue().capacity());
		if (buckets.size() >= maxKeys) {
			log.warn("Rate limits: more than {} active keys; counts are reset", maxKeys);
			buckets.clear();
		}
	}

	private static String target(CompiledRule rule, HttpServletRequest request, String uri) {
		String spec = rule.target();
		if ("path".equals(spec)) {
			return uri;
		}
		if (spec.startsWith("param:")) {
			String value = request.getParameter(spec.substring("param:".length()));
			if (value == null || value.isBlank()) {
				return null;
			}
			String key = value.strip().toLowerCase(Locale.ROOT);
			return key.length() > MAX_TARGET_LENGTH ? key.substring(0, MAX_TARGET_LENGTH) : key;
		}
		return null;
	}

	/** The client's address; IPv6 clients usually hold a whole /64, so they count as one. */
	static String clientKey(String address) {
		if (address == null || address.indexOf(':') < 0) {
			return String.valueOf(address);
		}
		try {
			byte[] bytes = InetAddress.getByName(address).getAddress();
			if (bytes.length == 16) {
				return HexFormat.of().formatHex(bytes, 0, 8) + "::/64";
			}
			return InetAddress.getByAddress(bytes).getHostAddress();
		}
		catch (UnknownHostException ex) {
			return address;
		}
	}

	private void refuse(CompiledRule rule, HttpServletRequest request, HttpServletResponse response, long wait)
			throws IOException {
		log.debug("Rate limit {} reached by {} on {}", rule.name(), request.getRemoteAddr(), request.getRequestURI());
		request.setAttribute(RETRY_AFTER, wait);
		response.setHeader("Retry-After", Long.toString(wait));
		response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
	}

}
