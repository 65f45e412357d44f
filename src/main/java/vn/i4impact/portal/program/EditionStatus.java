package vn.i4impact.portal.program;

public enum EditionStatus {

	DRAFT, OPEN, IN_REVIEW, JURY, RESULTS_PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "editionStatus." + name();
	}

	/** Drafts are the committee's work in progress and never shown to the public. */
	public boolean isPublic() {
		return this != DRAFT;
	}

}
