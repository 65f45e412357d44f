package vn.i4impact.portal.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters (U+0000 to U+001F except tab, line feed and carriage return, and U+007F) from every
 * request parameter before anything reads it: forms, query strings, the login, multipart fields. PostgreSQL refuses a
 * NUL in text, so one stray byte used to fail a whole save with a 500 and lose the user's other answers; nobody types
 * these characters on purpose, so dropping them changes nothing a person meant.
 */
public class ControlCharacters extends OncePerRequestFilter {

	private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

	public static String strip(String value) {
		if (value == null) {
			return null;
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
				return CONTROL.matcher(value).replaceAll("");
			}
		}
		return value;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	/** The request with every parameter cleaned, read lazily (the body is parsed by whoever asks first). */
	static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		private Map<String, String[]> parameters() {
			if (parameters == null) {
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] copy = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						copy[i] = strip(values[i]);
					}
					cleaned.merge(strip(name), copy, (a, b) -> {
						String[] both = new String[a.length + b.length];
						System.arraycopy(a, 0, both, 0, a.length);
						System.arraycopy(b, 0, both, a.length, b.length);
						return both;
					});
				});
				parameters = Collections.unmodifiableMap(cleaned);
			}
			return parameters;
		}

		@Override
		public String getParameter(String name) {
			String[] values = parameters().get(name);
			return values == null || values.length == 0 ? null : values[0];
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = parameters().get(name);
			return values == null ? null : values.clone();
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return parameters();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(parameters().keySet());
		}

	}

}
