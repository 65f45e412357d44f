/**
 * What every module may use: the base entity, time, value types (unit types, provinces, tax codes) and the web
 * plumbing (locale, error pages, formatting). Open, so its sub-packages are usable from every module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package vn.i4impact.portal.shared;

import org.springframework.modulith.ApplicationModule;
