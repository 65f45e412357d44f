package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.shared.ConflictException;

/** Reading and changing a unit's profile, always through the unit the signed-in account belongs to. */
@Service
@Transactional
public class UnitProfiles {

	/** The profile changed since the form was opened: nothing was saved. */
	public static class StaleProfileException extends ConflictException {

		StaleProfileException() {
			super(null);
		}

	}

	private final UnitRepository units;

	private final Clock clock;

	private final Accounts accounts;

	UnitProfiles(UnitRepository units, Clock clock, Accounts accounts) {
		this.units = units;
		this.clock = clock;
		this.accounts = accounts;
	}

	/** A person of the unit as its profile page lists them. */
	public record Member(long userId, String fullName, String email, boolean owner) {
	}

	@Transactional(readOnly = true)
	public List<Member> members(long userId) {
		Unit unit = units.findForUser(userId).orElseThrow();
		List<Member> out = new ArrayList<>();
		for (Object[] row : units.members(unit.getId())) {
			long id = ((Number) row[0]).longValue();
			accounts.find(id).ifPresent(u -> out.add(new Member(id, u.fullName(), u.email(), "OWNER".equals(row[1]))));
		}
		return out;
	}

	/**
	 * The owner adds a colleague, who gets an account and an invitation to set a password, and may then edit the
	 * unit's dossiers. Only new addresses: an existing account belongs to someone who registered on their own.
	 * @return false when the address already has an account
	 */
	public boolean addColleague(long ownerId, String email, String fullName, Locale locale) {
		Unit unit = units.findOwnedBy(ownerId).orElseThrow(() -> new IllegalStateException("not a unit owner"));
		var created = accounts.inviteColleague(email, fullName, unit.getName(), locale);
		created.ifPresent(id -> units.addMember(unit.getId(), id, "MEMBER"));
		return created.isPresent();
	}

	/** The owner removes a colleague; they keep their account but lose the unit's dossiers. */
	public void removeColleague(long ownerId, long memberUserId) {
		Unit unit = units.findOwnedBy(ownerId).orElseThrow(() -> new IllegalStateException("not a unit owner"));
		units.removeMember(unit.getId(), memberUserId);
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
