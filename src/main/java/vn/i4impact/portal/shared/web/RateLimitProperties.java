package vn.i4impact.portal.shared.web;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The rate limits, one rule per route group ({@code portal.rate-limit.rules.<name>.*}). A limit reads
 * {@code <requests>/<period>}, e.g. {@code 30/10m}: at most that many at once, refilled evenly over the period.
 *
 * @param enabled  false switches every limit off (never in production)
 * @param maxKeys  how many client and target keys a node keeps before it forgets the idle ones
 * @param rules    by name (login, register, ...)
 */
@ConfigurationProperties("portal.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("100000") int maxKeys,
		Map<String, Rule> rules) {

	public RateLimitProperties {
		rules = rules == null ? Map.of() : Map.copyOf(rules);
	}

	/**
	 * @param paths     Spring path patterns, e.g. {@code /my/nominations/*}{@code /files}
	 * @param method    the HTTP method limited (default POST)
	 * @param target    what the request acts on: {@code param:<name>} (e.g. the e-mail typed), {@code path} (the
	 *                  dossier in the URL) or {@code none}
	 * @param perClient limit per client address (IPv6 counted per /64), e.g. {@code 30/10m}; empty for none
	 * @param perTarget limit per target, the same for every client; empty for none
	 */
	public record Rule(List<String> paths, @DefaultValue("POST") String method, @DefaultValue("none") String target,
			String perClient, String perTarget) {
	}

}
