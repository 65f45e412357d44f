package vn.i4impact.portal.nomination;

/** Whether the unit applies for itself (ứng cử) or nominates another unit or a person (đề cử). */
public enum NominationKind {

	SELF, OTHER;

	public String messageKey() {
		return "nominationKind." + name();
	}

}
