package vn.i4impact.portal.shared.db;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.util.LinuxUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL after a crash. zonky starts the server through {@code pg_ctl}, so it is
 * re-parented and outlives a {@code kill -9} of the JVM, holding {@code postmaster.pid}; the next start would fail.
 * Before starting we therefore look at the data directory:
 * <ul>
 * <li>zonky's {@code epg-lock} is held by a living JVM: another portal uses this directory; refuse, touch nothing.</li>
 * <li>{@code postmaster.pid} names a living PostgreSQL serving this very data directory (its command line says so):
 * it is the orphan of a dead portal, since no living JVM holds the lock; stop it with {@code pg_ctl stop -m fast}
 * (a clean shutdown, nothing committed is lost), then start as usual.</li>
 * <li>It names a living process that is not that server (the pid was reused): the file is stale and removed, else
 * PostgreSQL would refuse to start.</li>
 * <li>It names a dead process: left alone; PostgreSQL itself replaces it, after checking with the shared-memory key
 * it records that no orphaned backend still uses the cluster.</li>
 * </ul>
 */
final class LeftoverPostmaster {

	private static final Logger log = LoggerFactory.getLogger(LeftoverPostmaster.class);

	private static final Duration STOP_WAIT = Duration.ofSeconds(60);

	private LeftoverPostmaster() {
	}

	/** @throws IllegalStateException when a living portal owns the directory or an orphan cannot be stopped */
	static void clear(Path dataDir) throws IOException {
		Path pidFile = dataDir.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		refuseIfOwnedByALivingJvm(dataDir);
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.isEmpty() || lines.get(0).isBlank()) {
			return; // being written or empty: PostgreSQL treats it as stale
		}
		long pid = Long.parseLong(lines.get(0).strip());
		Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
		if (process.isEmpty()) {
			log.info("Embedded PostgreSQL: postmaster.pid names process {}, which is gone; PostgreSQL will replace it", pid);
			return;
		}
		if (servesThisDirectory(process.get(), lines, dataDir)) {
			stop(process.get(), dataDir);
		}
		else {
			log.warn("Embedded PostgreSQL: postmaster.pid names process {}, which is not our server; removing the stale file",
					pid);
			Files.deleteIfExists(pidFile);
		}
	}

	private static void refuseIfOwnedByALivingJvm(Path dataDir) throws IOException {
		Path lockFile = dataDir.resolve("epg-lock");
		if (!Files.exists(lockFile)) {
			return;
		}
		// the operating system drops a dead JVM's file lock, so a held lock means a living owner
		try (FileOutputStream out = new FileOutputStream(lockFile.toFile(), true);
				FileLock lock = out.getChannel().tryLock()) {
			if (lock == null) {
				throw new IllegalStateException("Another running portal uses the embedded database in " + dataDir
						+ "; stop it first or set portal.embedded-db.data-dir to another directory");
			}
		}
	}

	/**
	 * The server's data directory as PostgreSQL wrote it (line 2) must be ours, and the living process must be a
	 * PostgreSQL server: its command is a {@code postgres} binary. Where the platform shows its arguments they must
	 * name our directory too.
	 */
	static boolean servesThisDirectory(ProcessHandle process, List<String> pidFileLines, Path dataDir) {
		if (pidFileLines.size() < 2 || !sameDirectory(Path.of(pidFileLines.get(1).strip()), dataDir)) {
			return false;
		}
		ProcessHandle.Info info = process.info();
		Optional<String> command = info.command();
		if (command.isEmpty() || !isPostgresBinary(Path.of(command.get()))) {
			return false;
		}
		return info.arguments().map(args -> {
			for (int i = 0; i < args.length - 1; i++) {
				if (args[i].equals("-D") && sameDirectory(Path.of(args[i + 1]), dataDir)) {
					return true;
				}
			}
			return false;
		}).orElse(true);
	}

	private static boolean isPostgresBinary(Path command) {
		String name = command.getFileName().toString();
		return name.equals("postgres") || name.equals("postgres.exe");
	}

	private static boolean sameDirectory(Path a, Path b) {
		try {
			return Files.isSameFile(a, b);
		}
		catch (IOException ex) {
			return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
		}
	}

	private static void stop(ProcessHandle postmaster, Path dataDir) throws IOException {
		log.warn("Embedded PostgreSQL: a server left by a previous run (pid {}) still serves {}; stopping it",
				postmaster.pid(), dataDir);
		Path pgCtl = Path.of(postmaster.info().command().orElseThrow()).resolveSibling(
				System.getProperty("os.name").startsWith("Windows") ? "pg_ctl.exe" : "pg_ctl");
		if (Files.isExecutable(pgCtl)) {
			List<String> command = new ArrayList<>();
			if (LinuxUtils.isUnshareAvailable()) {
				command.addAll(List.of("unshare", "-U")); // as zonky does: pg_ctl refuses to run as root
			}
			command.addAll(List.of(pgCtl.toString(), "-D", dataDir.toString(), "stop", "-m", "fast", "-w", "-t",
					Long.toString(STOP_WAIT.toSeconds())));
			Process p = new ProcessBuilder(command)
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			waitFor(p);
		}
		if (postmaster.isAlive()) {
			postmaster.destroy(); // SIGTERM: a smart shutdown, which finishes quickly since the dead JVM had the only clients
		}
		try {
			postmaster.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The embedded PostgreSQL left by a previous run (pid " + postmaster.pid()
					+ ") did not stop within " + STOP_WAIT.toSeconds() + " s; stop it and start again", ex);
		}
		log.info("Embedded PostgreSQL: the previous server stopped cleanly");
	}

	private static void waitFor(Process p) {
		try {
			p.waitFor(STOP_WAIT.toSeconds() + 5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
