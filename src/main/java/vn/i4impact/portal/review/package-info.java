/**
 * The secretariat: queue, dossier page, decisions, checklist, notes, exports and the edition overview.
 */
@ApplicationModule(displayName = "Review", allowedDependencies = { "nomination", "program", "account", "shared" })
package vn.i4impact.portal.review;

import org.springframework.modulith.ApplicationModule;
