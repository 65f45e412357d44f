package vn.i4impact.portal.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** Issues and redeems e-mailed links. */
@Component
class Tokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final AccountTokenRepository repository;

	private final Clock clock;

	Tokens(AccountTokenRepository repository, Clock clock) {
		this.repository = repository;
		this.clock = clock;
	}

	/** @return the raw token for the link; only its hash is stored. */
	String issue(UserAccount user, TokenPurpose purpose) {
		repository.retireAll(user, purpose, clock.instant());
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		repository.save(new AccountToken(user, purpose, hash(raw), clock.instant()));
		return raw;
	}

	Optional<AccountToken> find(String raw, TokenPurpose purpose) {
		if (raw == null || raw.isBlank() || raw.length() > 100) {
			return Optional.empty();
		}
		return repository.findByHash(hash(raw), purpose);
	}

	static String hash(String raw) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
