/**
 * The expert council: rounds, jurors, scores (built on the dossiers the secretariat found eligible).
 */
@ApplicationModule(displayName = "Jury", allowedDependencies = { "review", "nomination", "program", "account", "shared" })
package vn.i4impact.portal.jury;

import org.springframework.modulith.ApplicationModule;
