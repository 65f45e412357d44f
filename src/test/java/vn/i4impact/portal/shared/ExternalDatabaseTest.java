package vn.i4impact.portal.shared;

import java.io.IOException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With SPRING_DATASOURCE_URL set (here: a PostgreSQL started beside the app, standing in for a managed one), the
 * app starts no embedded database of its own, migrates the given one and loads no demo data.
 */
@SpringBootTest(properties = "portal.demo.enabled=true")
@ActiveProfiles("test")
// this context's database stops with the class: close the context too instead of caching it
@DirtiesContext
class ExternalDatabaseTest {

	static EmbeddedPostgres external;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) throws IOException {
		external = EmbeddedPostgres.builder().start();
		registry.add("spring.datasource.url", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("spring.datasource.username", () -> "postgres");
		registry.add("spring.datasource.password", () -> "postgres");
	}

	@AfterAll
	static void stop() throws IOException {
		if (external != null) {
			external.close();
		}
	}

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Test
	void usesTheConfiguredDatabaseAndNoDemoData() {
		assertThat(context.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
		assertThat(jdbc.sql("select count(*) from edition where code = 'i4-impact-2026'").query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from edition where is_demo").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select count(*) from app_user").query(Integer.class).single()).isZero();
		assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(external.getPort());
	}

}
