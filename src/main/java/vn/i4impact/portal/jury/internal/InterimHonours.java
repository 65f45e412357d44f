package vn.i4impact.portal.jury.internal;

import java.util.EnumSet;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.jury.Honours;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;

/**
 * INTERIM (results branch): the confirmed honourees are the edition's HONOURED dossiers, read through
 * {@link DossierContent}, until the ranking issue's final decision provides its own implementation.
 */
@Component
class InterimHonours implements Honours {

	private final DossierContent dossiers;

	InterimHonours(DossierContent dossiers) {
		this.dossiers = dossiers;
	}

	@Override
	public List<Honour> confirmed(long editionId) {
		return dossiers.candidates(editionId, EnumSet.of(NominationStatus.HONOURED)).stream().map(c -> {
			var dossier = dossiers.forJury(c.id());
			var type = c.kind() == NominationKind.SELF ? dossier.unit().type() : dossier.nominee().type();
			return new Honour(c.id(), c.referenceCode(), c.awardId(), c.unitId(), c.unitName(),
					dossier.unit().provinceCode(), type, c.nomineeName(), c.kind(), c.memberUserIds());
		}).toList();
	}

	@Override
	public List<NotHonoured> notHonoured(long editionId) {
		return dossiers.candidates(editionId, EnumSet.of(NominationStatus.NOT_HONOURED)).stream()
			.map(c -> new NotHonoured(c.id(), c.referenceCode(), c.awardId(), c.unitId(), c.nomineeName(),
					c.memberUserIds()))
			.toList();
	}

}
