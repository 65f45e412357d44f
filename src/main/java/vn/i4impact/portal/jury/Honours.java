package vn.i4impact.portal.jury;

import java.util.List;

import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.shared.UnitType;

/**
 * The honourees the committee confirmed for an edition (dossiers HONOURED), as the results module reads them. It says
 * nothing about publication: results decides what is shown, and when.
 */
public interface Honours {

	/** The confirmed honourees of the edition, ordered by reference code. */
	List<Honour> confirmed(long editionId);

	/** The edition's shortlisted dossiers the committee decided not to honour (NOT_HONOURED), ordered by reference. */
	List<NotHonoured> notHonoured(long editionId);

	/**
	 * @param unitName     the unit that filed the dossier
	 * @param provinceCode the unit's province
	 * @param unitType     what is honoured: the unit's own type when it applied for itself, the nominee's otherwise
	 * @param nomineeName  who is honoured (the unit itself, another unit or a person)
	 * @param memberUserIds the unit's accounts (told of the result when it is published)
	 */
	record Honour(long nominationId, String referenceCode, long awardId, long unitId, String unitName,
			String provinceCode, UnitType unitType, String nomineeName, NominationKind kind, List<Long> memberUserIds) {
	}

	/**
	 * @param nomineeName   who was proposed (the unit itself, another unit or a person)
	 * @param memberUserIds the unit's accounts (told when the results are published)
	 */
	record NotHonoured(long nominationId, String referenceCode, long awardId, long unitId, String nomineeName,
			List<Long> memberUserIds) {
	}

}
