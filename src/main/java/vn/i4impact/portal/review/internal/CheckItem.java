package vn.i4impact.portal.review.internal;

/** The completeness checklist a secretary ticks on a dossier, in the order it is worked through. */
public enum CheckItem {

	NOMINEE_FITS, WITHIN_SCOPE, ANSWERS_COMPLETE, FILES_READABLE, LEGAL_DOCUMENTS, CONSENT, DECLARATION, NO_DUPLICATE;

	public String messageKey() {
		return "checkItem." + name();
	}

}
