package vn.i4impact.portal.nomination;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a dossier (see DESIGN.md): the unit drafts and submits; the secretariat decides eligibility or asks for
 * changes; the jury shortlists and honours. Which step may follow which is decided here, in one place.
 */
public enum NominationStatus {

	DRAFT, SUBMITTED, CHANGES_REQUESTED, ELIGIBLE, INELIGIBLE, SHORTLISTED, NOT_SHORTLISTED, HONOURED, NOT_HONOURED,
	WITHDRAWN;

	public String messageKey() {
		return "nominationStatus." + name();
	}

	/** The unit may change answers and files. */
	public boolean isEditableByUnit() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	/** The unit may take the dossier back before the jury starts. */
	public boolean isWithdrawable() {
		return this == DRAFT || this == SUBMITTED || this == CHANGES_REQUESTED;
	}

	public boolean isFinal() {
		return this == INELIGIBLE || this == NOT_SHORTLISTED || this == HONOURED || this == NOT_HONOURED
				|| this == WITHDRAWN;
	}

	public Set<NominationStatus> next() {
		return switch (this) {
			case DRAFT -> EnumSet.of(SUBMITTED, WITHDRAWN);
			case SUBMITTED -> EnumSet.of(DRAFT, ELIGIBLE, INELIGIBLE, CHANGES_REQUESTED, WITHDRAWN);
			case CHANGES_REQUESTED -> EnumSet.of(SUBMITTED, WITHDRAWN, INELIGIBLE);
			case ELIGIBLE -> EnumSet.of(SHORTLISTED, NOT_SHORTLISTED, CHANGES_REQUESTED, INELIGIBLE);
			case SHORTLISTED -> EnumSet.of(HONOURED, NOT_HONOURED);
			case INELIGIBLE, NOT_SHORTLISTED, HONOURED, NOT_HONOURED, WITHDRAWN -> EnumSet.noneOf(NominationStatus.class);
		};
	}

	public boolean canMoveTo(NominationStatus target) {
		return next().contains(target);
	}

}
