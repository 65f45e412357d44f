package vn.i4impact.portal.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 when no database is configured, so a newcomer needs nothing but a JDK. Its data lives in
 * {@code portal.embedded-db.data-dir} (default {@code ./data/postgres}) and survives restarts; an empty value gives a
 * throw-away database, which the tests use.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-db.data-dir:./data/postgres}") String dataDir,
			@Value("${portal.embedded-db.port:0}") int port) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		if (!dataDir.isBlank()) {
			Path dir = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(dir.getParent());
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL data directory: {} (kept between runs; delete it to start afresh)", dir);
		}
		else {
			log.info("Embedded PostgreSQL with a temporary data directory (removed on shutdown)");
		}
		EmbeddedPostgres postgres = builder.start();
		log.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
		return postgres;
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		var config = new com.zaxxer.hikari.HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		config.setUsername("postgres");
		config.setPassword("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("embedded");
		return new com.zaxxer.hikari.HikariDataSource(config);
	}

}
