package vn.i4impact.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules depend on each other only through their public faces and only as their package-info declares, one way:
 * program ← nomination ← review ← jury; account and shared are open to all. The module documentation (diagrams,
 * canvases) is written to target/spring-modulith-docs.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(PortalApplication.class);

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesTheModuleDocumentation() throws Exception {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
			.writeDocumentation();
		Path docs = Path.of("target/spring-modulith-docs");
		assertThat(docs.resolve("components.puml")).exists();
		try (var files = Files.list(docs)) {
			assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("nomination"));
		}
	}

}
