package vn.i4impact.portal;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

/** The modules depend on each other only through their public faces, one way: program ← nomination ← review ← jury. */
class ModularityTests {

	@Test
	void modulesRespectTheirBoundaries() {
		ApplicationModules.of(PortalApplication.class).verify();
	}

}
