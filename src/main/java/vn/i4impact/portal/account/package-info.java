/**
 * Accounts, roles, sign-in, staff, the audit trail and the mail outbox. Every module may use its public face.
 */
@ApplicationModule(displayName = "Accounts", allowedDependencies = { "shared" })
package vn.i4impact.portal.account;

import org.springframework.modulith.ApplicationModule;
