package vn.i4impact.portal.account.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A single-use, expiring link sent by e-mail; only its hash is stored. */
@Entity
@Table(name = "account_token")
public class AccountToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "user_id")
	private UserAccount user;

	@Enumerated(EnumType.STRING)
	private TokenPurpose purpose;

	private String tokenHash;

	private Instant expiresAt;

	private Instant usedAt;

	private Instant createdAt;

	protected AccountToken() {
	}

	AccountToken(UserAccount user, TokenPurpose purpose, String tokenHash, Instant now) {
		this.user = user;
		this.purpose = purpose;
		this.tokenHash = tokenHash;
		this.createdAt = now;
		this.expiresAt = now.plus(purpose.lifetime());
	}

	public enum State {

		VALID, EXPIRED, USED

	}

	State state(Instant now) {
		if (usedAt != null) {
			return State.USED;
		}
		return now.isBefore(expiresAt) ? State.VALID : State.EXPIRED;
	}

	void use(Instant now) {
		if (usedAt != null) {
			throw new IllegalStateException("token already used");
		}
		usedAt = now;
	}

	UserAccount getUser() {
		return user;
	}

	TokenPurpose getPurpose() {
		return purpose;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

}
