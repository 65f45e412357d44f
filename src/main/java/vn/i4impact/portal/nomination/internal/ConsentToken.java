package vn.i4impact.portal.nomination.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A mailed consent link; only the SHA-256 of its token is kept, so a database leak gives no usable link. */
@Entity
@Table(name = "nomination_consent_token")
public class ConsentToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private long nominationId;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt;

	protected ConsentToken() {
	}

	ConsentToken(long nominationId, String tokenHash, Instant expiresAt, Instant now) {
		this.nominationId = nominationId;
		this.tokenHash = tokenHash;
		this.expiresAt = expiresAt;
		this.createdAt = now;
	}

	long getNominationId() {
		return nominationId;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	boolean isUsed() {
		return usedAt != null;
	}

	void use(Instant now) {
		usedAt = now;
	}

	/** A newer link replaces this one: only the latest mailed link works, so one answer is recorded. */
	void expire(Instant now) {
		if (usedAt == null && expiresAt.isAfter(now)) {
			expiresAt = now;
		}
	}

}
