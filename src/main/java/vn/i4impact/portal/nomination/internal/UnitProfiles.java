package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and changing a unit's profile, always through the unit the signed-in account belongs to. */
@Service
@Transactional
public class UnitProfiles {

	/** The profile changed since the form was opened: nothing was saved. */
	public static class StaleProfileException extends RuntimeException {

		StaleProfileException() {
			super("stale unit profile", null, false, false);
		}

	}

	private final UnitRepository units;

	private final Clock clock;

	UnitProfiles(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Unit> forUser(long userId) {
		return units.findForUser(userId);
	}

	/**
	 * Saves the profile if nobody saved it since {@code expectedVersion} was read; the owner of the unit only.
	 * @throws StaleProfileException when someone else saved in between
	 */
	public Unit update(long userId, long expectedVersion, Unit.Profile profile) {
		Unit unit = units.findOwnedBy(userId).orElseThrow(() -> new IllegalStateException("not a unit owner"));
		if (unit.getVersion() != expectedVersion) {
			throw new StaleProfileException();
		}
		unit.update(profile, clock.instant());
		units.flush();
		return unit;
	}

	@Transactional(readOnly = true)
	public boolean isOwner(long userId) {
		return units.findOwnedBy(userId).isPresent();
	}

}
