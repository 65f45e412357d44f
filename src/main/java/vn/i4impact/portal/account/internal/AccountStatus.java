package vn.i4impact.portal.account.internal;

public enum AccountStatus {

	/** Registered, e-mail not yet confirmed. */
	PENDING,
	/** Created by an administrator, password not yet set through the invitation link. */
	INVITED, ACTIVE, DISABLED;

	public String messageKey() {
		return "accountStatus." + name();
	}

}
