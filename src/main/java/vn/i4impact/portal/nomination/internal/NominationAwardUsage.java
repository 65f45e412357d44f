package vn.i4impact.portal.nomination.internal;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.program.AwardUsage;

/** Tells program administration how many submitted dossiers use an award, so it is not removed under them. */
@Component
class NominationAwardUsage implements AwardUsage {

	private final NominationRepository nominations;

	NominationAwardUsage(NominationRepository nominations) {
		this.nominations = nominations;
	}

	@Override
	public long submittedNominations(long awardId) {
		return nominations.countSubmitted(awardId);
	}

}
