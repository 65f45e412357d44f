package vn.i4impact.portal.results.internal;

import java.time.Instant;

import vn.i4impact.portal.shared.DomainException;

/**
 * An edition's publication instant. Published means the instant is set and the clock has reached it: derived, never
 * stored, so nobody has to press a button and a restart across the instant changes nothing.
 */
public record Publication(Instant publishAt) {

	public static final Publication NONE = new Publication(null);

	public boolean published(Instant now) {
		return publishAt != null && !now.isBefore(publishAt);
	}

	/** Sets or moves the instant: only while it has not passed, and only to a future instant. */
	public Publication moveTo(Instant at, Instant now) {
		if (published(now)) {
			throw new DomainException("results.error.alreadyPublished");
		}
		if (at == null || !at.isAfter(now)) {
			throw new DomainException("results.error.instantNotFuture");
		}
		return new Publication(at);
	}

	/** The committee publishes before the planned instant (explicitly confirmed). */
	public Publication publishNow(Instant now) {
		if (published(now)) {
			throw new DomainException("results.error.alreadyPublished");
		}
		return new Publication(now);
	}

}
