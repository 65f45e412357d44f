/**
 * Editions, categories, awards, questions and timelines; the public program pages.
 */
@ApplicationModule(displayName = "Program", allowedDependencies = { "account", "shared" })
package vn.i4impact.portal.program;

import org.springframework.modulith.ApplicationModule;
