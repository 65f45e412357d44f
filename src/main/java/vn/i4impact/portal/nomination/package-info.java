/**
 * Units and their dossiers: drafting, files, submission, receipts, consent; the dossier's lifecycle
 * ({@link vn.i4impact.portal.nomination.DossierLifecycle}) and content ({@link vn.i4impact.portal.nomination.DossierContent})
 * for the modules after it.
 */
@ApplicationModule(displayName = "Nomination", allowedDependencies = { "program", "account", "shared" })
package vn.i4impact.portal.nomination;

import org.springframework.modulith.ApplicationModule;
