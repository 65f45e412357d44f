package vn.i4impact.portal.nomination;

/** Why the secretariat finds a dossier ineligible; the free text beside it says the rest. */
public enum IneligibleReason {

	NOMINEE_TYPE, OUT_OF_SCOPE, INCOMPLETE, LATE, DUPLICATE, CONSENT, NOT_VERIFIABLE, OTHER;

	public String messageKey() {
		return "ineligibleReason." + name();
	}

}
