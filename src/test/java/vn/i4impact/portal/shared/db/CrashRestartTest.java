package vn.i4impact.portal.shared.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The embedded database after a {@code kill -9} of the JVM: the next start works without help and what was committed
 * is there. Runs the real start-up code ({@link EmbeddedDatabaseConfiguration#start}) in child JVMs.
 */
class CrashRestartTest {

	@TempDir
	Path dir;

	final List<Process> children = new ArrayList<>();

	@AfterEach
	void stopChildren() throws Exception {
		for (Process p : children) {
			if (p.isAlive()) {
				p.destroy(); // SIGTERM: shutdown hooks stop the database cleanly
				p.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	@Test
	void afterKill9TheWatchdogStopsTheServerAndTheNextStartFindsTheData() throws Exception {
		Path data = dir.resolve("postgres");
		Child first = start(data);
		first.write("committed before the crash");
		long postmaster = postmasterPid(data);

		first.process.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook runs

		assertThat(ProcessHandle.of(postmaster).map(h -> waitForExit(h, Duration.ofSeconds(20))).orElse(true))
			.as("the watchdog stopped the orphaned server").isTrue();
		Child second = start(data);
		assertThat(second.read()).containsExactly("committed before the crash");
		assertThat(setting(second, "fsync")).isEqualTo("on");
		assertThat(setting(second, "synchronous_commit")).isEqualTo("on");

		// a living portal on the same directory is never stopped: a third start is refused instead
		long serving = postmasterPid(data);
		assertThatThrownBy(() -> LeftoverPostmaster.clear(data)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("Another running portal");
		assertThat(ProcessHandle.of(serving).map(ProcessHandle::isAlive)).contains(true);
		second.write("still served");
	}

	@Test
	void aServerLeftRunningIsStoppedAtTheNextStartAndAStalePidFileDoesNotBlock() throws Exception {
		Path data = dir.resolve("postgres");
		Child first = start(data);
		first.write("kept");
		long postmaster = postmasterPid(data);
		// the watchdog itself dies too (say the whole process group was killed): the server is left running
		first.process.descendants().forEach(ProcessHandle::destroyForcibly);
		first.process.destroyForcibly().waitFor();
		Thread.sleep(500);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("orphaned server").contains(true);

		Child second = start(data);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		assertThat(second.read()).containsExactly("kept");
		second.write("after the restart");
		second.process.destroy();
		assertThat(second.process.waitFor(30, TimeUnit.SECONDS)).isTrue();

		// a postmaster.pid naming a living process that is not our server (a reused pid): removed, not obeyed
		Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n0\n5432\n");
		Child third = start(data);
		assertThat(third.read()).containsExactly("after the restart", "kept");
	}

	static long postmasterPid(Path data) throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
	}

	static boolean waitForExit(ProcessHandle h, Duration timeout) {
		try {
			h.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		}
		catch (Exception ex) {
			return !h.isAlive();
		}
	}

	static String setting(Child child, String name) throws SQLException {
		try (Connection c = child.connect(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("show " + name)) {
			rs.next();
			return rs.getString(1);
		}
	}

	Child start(Path data) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process p = new ProcessBuilder(java, "-Xmx128m", "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseChild.class.getName(), data.toString())
			.redirectErrorStream(true)
			.start();
		children.add(p);
		CompletableFuture<Integer> ready = new CompletableFuture<>();
		StringBuilder output = new StringBuilder();
		Thread reader = new Thread(() -> {
			try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = in.readLine()) != null) {
					synchronized (output) {
						output.append(line).append('\n');
					}
					if (line.startsWith("READY ")) {
						ready.complete(Integer.parseInt(line.substring(6).strip()));
					}
				}
			}
			catch (IOException ex) {
				// the child was killed
			}
			ready.completeExceptionally(new IllegalStateException("the child ended before it was ready"));
		});
		reader.setDaemon(true);
		reader.start();
		try {
			return new Child(p, ready.get(40, TimeUnit.SECONDS));
		}
		catch (Exception ex) {
			synchronized (output) {
				throw new AssertionError("the embedded database did not start:\n" + output, ex);
			}
		}
	}

	record Child(Process process, int port) {

		Connection connect() throws SQLException {
			return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "postgres");
		}

		void write(String text) throws SQLException {
			try (Connection c = connect(); Statement s = c.createStatement()) {
				s.execute("create table if not exists crash_probe (id serial primary key, text text not null)");
				s.execute("insert into crash_probe (text) values ('" + text.replace("'", "''") + "')");
			}
		}

		List<String> read() throws SQLException {
			List<String> texts = new ArrayList<>();
			try (Connection c = connect(); Statement s = c.createStatement();
					ResultSet rs = s.executeQuery("select text from crash_probe order by id desc")) {
				while (rs.next()) {
					texts.add(rs.getString(1));
				}
			}
			return texts;
		}

	}

}
