package vn.i4impact.portal.nomination;

/** Whether the nominee agreed to be nominated; not needed when a unit applies for itself. */
public enum ConsentStatus {

	NOT_NEEDED, PENDING, GIVEN, DECLINED;

	public String messageKey() {
		return "consentStatus." + name();
	}

}
