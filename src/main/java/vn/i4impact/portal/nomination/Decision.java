package vn.i4impact.portal.nomination;

/** What the secretariat decided about a dossier. */
public enum Decision {

	ELIGIBLE, CHANGES_REQUESTED, INELIGIBLE, MOVED;

	public String messageKey() {
		return "decision." + name();
	}

}
