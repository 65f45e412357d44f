package vn.i4impact.portal.account.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.core.io.ClassPathResource;

/**
 * Length first (NIST SP 800-63B): at least 10 characters, at most 128; no composition rules, but none of the most
 * common passwords (an international list plus Vietnamese favourites such as "matkhau123"), and not the e-mail.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 10;

	public static final int MAX_LENGTH = 128;

	private static final Set<String> COMMON = load();

	private PasswordPolicy() {
	}

	/** @return the message key of the first problem, if any */
	public static Optional<String> check(String password, String email) {
		if (password == null || password.length() < MIN_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAX_LENGTH) {
			return Optional.of("password.tooLong");
		}
		String lower = password.toLowerCase(Locale.ROOT);
		if (COMMON.contains(lower) || isOneRepeatedCharacter(lower)) {
			return Optional.of("password.tooCommon");
		}
		if (email != null && !email.isBlank()) {
			String e = email.strip().toLowerCase(Locale.ROOT);
			String local = e.contains("@") ? e.substring(0, e.indexOf('@')) : e;
			if (lower.equals(e) || (local.length() >= 4 && lower.contains(local) && lower.length() - local.length() < 4)) {
				return Optional.of("password.likeEmail");
			}
		}
		return Optional.empty();
	}

	private static boolean isOneRepeatedCharacter(String s) {
		return s.chars().distinct().count() <= 2;
	}

	private static Set<String> load() {
		try (var in = new ClassPathResource("security/common-passwords.txt").getInputStream();
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter(l -> !l.isEmpty() && !l.startsWith("#"))
				.map(l -> l.toLowerCase(Locale.ROOT))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
