package vn.i4impact.portal.program;

/** The dated phases of an edition's timeline, in the order they normally happen. */
public enum Phase {

	NOMINATION, SECRETARIAT_REVIEW, PRELIMINARY_ROUND, FINAL_ROUND, CEREMONY, RESULTS_PUBLICATION;

	public String messageKey() {
		return "phase." + name();
	}

}
