package vn.i4impact.portal.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** The embedded database as the app starts it, alone in a JVM that {@link CrashRestartTest} kills with -9. */
public final class EmbeddedDatabaseChild {

	private EmbeddedDatabaseChild() {
	}

	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(args[0], 0, true);
		System.out.println("READY " + postgres.getPort());
		System.out.flush();
		Thread.sleep(Long.MAX_VALUE);
	}

}
