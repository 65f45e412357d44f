package vn.i4impact.portal.account;

import java.util.Map;

/**
 * Records a back-office change: who (taken from the signed-in user), when, what, and the values before and after.
 * Written in the caller's transaction, so an entry exists exactly when the change does.
 */
public interface AuditTrail {

	/**
	 * @param action what happened, e.g. {@code edition.update}
	 * @param targetType the kind of thing changed, e.g. {@code edition}
	 * @param targetId its id or code
	 * @param before the changed fields' old values (empty or null for a creation)
	 * @param after the changed fields' new values (empty or null for a removal)
	 */
	void record(String action, String targetType, Object targetId, String summary, Map<String, ?> before,
			Map<String, ?> after);

}
