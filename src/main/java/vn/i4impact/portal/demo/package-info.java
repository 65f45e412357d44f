/**
 * Demo data for the embedded database: an edition, units, accounts and dossiers, made through the modules' faces.
 */
@ApplicationModule(displayName = "Demo", allowedDependencies = { "review", "nomination", "program", "account", "shared" })
package vn.i4impact.portal.demo;

import org.springframework.modulith.ApplicationModule;
