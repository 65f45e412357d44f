package vn.i4impact.portal.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
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
 * <p>
 * It is run for real data: {@code fsync} and {@code synchronous_commit} are on (zonky's test defaults turn both off;
 * a later {@code -c fsync=on} overrides its {@code -F}), unless {@code portal.embedded-db.durable=false}, which only the
 * tests set. A server left running by a crashed JVM is stopped before starting ({@link LeftoverPostmaster}) and a
 * watchdog stops ours when this JVM dies ({@link PostmasterWatchdog}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedDatabaseConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${portal.embedded-db.data-dir:./data/postgres}") String dataDir,
			@Value("${portal.embedded-db.port:0}") int port,
			@Value("${portal.embedded-db.durable:true}") boolean durable) throws IOException {
		// Spring stops it (destroyMethod) after every bean that uses it; zonky's own JVM shutdown hook would stop it
		// while the context is still closing, and the last queries of the shutdown would wait 30 s for a connection
		return start(dataDir, port, durable, false);
	}

	/** Also used on its own by the crash test, which runs it in a child JVM and kills that. */
	static EmbeddedPostgres start(String dataDir, int port, boolean durable) throws IOException {
		return start(dataDir, port, durable, true);
	}

	private static EmbeddedPostgres start(String dataDir, int port, boolean durable, boolean shutdownHook)
			throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
			.setRegisterShutdownHook(shutdownHook)
			.setServerConfig("timezone", "UTC")
			.setServerConfig("max_connections", "100")
			.setServerConfig("fsync", durable ? "on" : "off")
			.setServerConfig("synchronous_commit", durable ? "on" : "off")
			.setServerConfig("full_page_writes", durable ? "on" : "off")
			.setLocaleConfig("encoding", "UTF8");
		if (port > 0) {
			builder.setPort(port);
		}
		if (!dataDir.isBlank()) {
			Path dir = Path.of(dataDir).toAbsolutePath().normalize();
			Files.createDirectories(dir.getParent());
			LeftoverPostmaster.clear(dir);
			builder.setDataDirectory(dir).setCleanDataDirectory(false);
			log.info("Embedded PostgreSQL data directory: {} (kept between runs; delete it to start afresh)", dir);
		}
		else {
			log.info("Embedded PostgreSQL with a temporary data directory (removed on shutdown)");
		}
		if (!durable) {
			log.warn("Embedded PostgreSQL runs with fsync off (portal.embedded-db.durable=false): for tests only");
		}
		EmbeddedPostgres postgres;
		try {
			postgres = builder.start();
		}
		catch (IllegalStateException ex) {
			if (String.valueOf(ex.getMessage()).startsWith("No Postgres binary found")) {
				throw new IllegalStateException("This build carries no embedded PostgreSQL for this machine (a production "
						+ "jar, built with -Pproduction): set SPRING_DATASOURCE_URL to an external PostgreSQL 17", ex);
			}
			throw ex;
		}
		PostmasterWatchdog.watch(Path.of(setting(postgres, "data_directory")));
		log.info("Embedded PostgreSQL listening on localhost:{}", postgres.getPort());
		return postgres;
	}

	static String setting(EmbeddedPostgres postgres, String name) throws IOException {
		try (Connection c = postgres.getPostgresDatabase().getConnection();
				Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select current_setting('" + name + "')")) {
			rs.next();
			return rs.getString(1);
		}
		catch (SQLException ex) {
			throw new IOException(ex);
		}
	}

	@Bean
	DataSource dataSource(EmbeddedPostgres postgres) {
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl("jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		config.setUsername("postgres");
		config.setPassword("postgres");
		config.setMaximumPoolSize(20);
		config.setPoolName("embedded");
		return new HikariDataSource(config);
	}

}
