package vn.i4impact.portal.nomination.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.ApplicantRegistered;

/** Creates the unit of a newly registered account holder, in the registration's own transaction. */
@Component
class UnitRegistration {

	private final UnitRepository units;

	private final Clock clock;

	UnitRegistration(UnitRepository units, Clock clock) {
		this.units = units;
		this.clock = clock;
	}

	@EventListener
	void on(ApplicantRegistered event) {
		Unit unit = units.save(new Unit(event.unitName(), event.unitType(), event.provinceCode(), event.taxCode(),
				clock.instant()));
		units.addMember(unit.getId(), event.userId(), "OWNER");
	}

}
