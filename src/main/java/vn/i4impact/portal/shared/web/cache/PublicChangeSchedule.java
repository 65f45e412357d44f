package vn.i4impact.portal.shared.web.cache;

import java.time.Instant;
import java.util.Optional;

/**
 * A module whose public pages change by themselves at a known instant (results published at the ceremony minute)
 * says when the next such change is, so cached pages expire exactly then, without anyone writing anything.
 */
public interface PublicChangeSchedule {

	/** The first instant strictly after {@code now} at which public content changes by the clock alone. */
	Optional<Instant> nextChangeAfter(Instant now);

}
