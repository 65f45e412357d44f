package vn.i4impact.portal.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The embedded PostgreSQL on its own, for trying several nodes on one machine without installing PostgreSQL
 * ({@code bench/two-nodes.sh}); production uses an external PostgreSQL. Runs until stopped (Ctrl-C or SIGTERM stop
 * the database cleanly; a {@code kill -9} is handled as for the app):
 * <pre>java -Dloader.main=vn.i4impact.portal.shared.db.StandaloneEmbeddedDatabase -cp portal.jar \
 *     org.springframework.boot.loader.launch.PropertiesLauncher ./data/postgres 55432</pre>
 * It listens on localhost only, user {@code postgres} (trust authentication, as the embedded mode).
 */
public final class StandaloneEmbeddedDatabase {

	private StandaloneEmbeddedDatabase() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: StandaloneEmbeddedDatabase <data directory> <port>");
			System.exit(2);
		}
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(args[0], Integer.parseInt(args[1]), true);
		System.out.println("READY jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres");
		System.out.flush();
		Thread.currentThread().join();
	}

}
