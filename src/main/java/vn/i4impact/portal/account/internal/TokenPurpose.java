package vn.i4impact.portal.account.internal;

import java.time.Duration;

public enum TokenPurpose {

	CONFIRM_EMAIL(Duration.ofHours(48)), RESET_PASSWORD(Duration.ofHours(1)), INVITATION(Duration.ofDays(7));

	private final Duration lifetime;

	TokenPurpose(Duration lifetime) {
		this.lifetime = lifetime;
	}

	public Duration lifetime() {
		return lifetime;
	}

}
