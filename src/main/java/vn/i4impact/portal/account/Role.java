package vn.i4impact.portal.account;

/** What an account may do. One account may hold several roles. */
public enum Role {

	APPLICANT, SECRETARIAT, JUROR, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

	public String messageKey() {
		return "role." + name();
	}

	/** Where the account lands after login; the most powerful role wins. */
	public String homePath() {
		return switch (this) {
			case ADMIN -> "/admin";
			case SECRETARIAT -> "/secretariat";
			case JUROR -> "/jury";
			case APPLICANT -> "/my";
		};
	}

}
