package vn.i4impact.portal.shared.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops the embedded PostgreSQL when the JVM dies, even by {@code kill -9}, where no shutdown hook runs. A tiny
 * {@code sh} child reads its standard input, a pipe whose only writer is this JVM; when the JVM ends, however it ends,
 * the operating system closes the pipe, {@code cat} sees end-of-file and the child sends the postmaster SIGINT (a fast
 * shutdown: open transactions roll back, everything committed stays). It ignores SIGINT/SIGTERM/SIGHUP itself so a
 * Ctrl-C on the terminal does not end it before the JVM. Unix only; elsewhere (Windows) the next start stops a
 * leftover server instead ({@link LeftoverPostmaster}), which also covers a watchdog that was itself killed.
 */
final class PostmasterWatchdog {

	private static final Logger log = LoggerFactory.getLogger(PostmasterWatchdog.class);

	/** Kept referenced for the JVM's lifetime: a collected Process would close the pipe and fire the watchdog. */
	private static final List<Process> WATCHDOGS = new CopyOnWriteArrayList<>();

	private PostmasterWatchdog() {
	}

	/** Watches the server whose pid {@code dataDir/postmaster.pid} names. */
	static void watch(Path dataDir) {
		if (System.getProperty("os.name").startsWith("Windows") || !Files.isExecutable(Path.of("/bin/sh"))) {
			return;
		}
		try {
			String pid = Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).strip();
			Long.parseLong(pid); // only a number reaches the shell
			// before signalling, check the pid is still that server (its command line names the data directory), so a
			// pid reused by another process is never touched
			Process watchdog = new ProcessBuilder("/bin/sh", "-c", """
					trap '' INT TERM HUP
					cat >/dev/null
					if [ -r "/proc/$1/cmdline" ]; then args=$(tr '\\000' ' ' < "/proc/$1/cmdline"); else args=$(ps -p "$1" -o args= 2>/dev/null); fi
					case "$args" in *"$2"*) kill -INT "$1" 2>/dev/null ;; esac
					""", "portal-pg-watchdog", pid, dataDir.toString())
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.redirectError(ProcessBuilder.Redirect.DISCARD)
				.start();
			WATCHDOGS.add(watchdog);
			log.info("Embedded PostgreSQL (pid {}) will be stopped when this JVM ends, however it ends", pid);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("No watchdog for the embedded PostgreSQL ({}); a leftover server is stopped at the next start", ex.toString());
		}
	}

}
