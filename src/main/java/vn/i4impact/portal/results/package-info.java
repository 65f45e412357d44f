/**
 * Results: the embargoed publication of an edition's honourees at the ceremony instant, the public winner list and
 * honouree pages, the archive of editions judged outside the portal. Honourees come from the jury's {@code Honours};
 * this module never reads the jury's or the nominations' tables.
 */
@ApplicationModule(allowedDependencies = { "jury", "nomination", "program", "account",
		"shared" })
package vn.i4impact.portal.results;

import org.springframework.modulith.ApplicationModule;
