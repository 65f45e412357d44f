package vn.i4impact.portal.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.support.TestInfrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static vn.i4impact.portal.support.Auth.as;

/**
 * The cost of one juror's dossier page and one autosave on a single thread (no queueing): mean and percentiles of the
 * time, and the SQL statements each request sends (counted on the DataSource). What the HTTP benchmark's saturation
 * figure divides into the cores. Run with {@code bench/jury-cost.sh}.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import({ TestInfrastructure.class, JuryPageCostBenchmarkTest.CountingDataSource.class })
@Tag("benchmark")
class JuryPageCostBenchmarkTest {

	static final AtomicLong STATEMENTS = new AtomicLong();

	/** Counts every statement prepared or created on any connection of the application's DataSource. */
	@TestConfiguration
	static class CountingDataSource {

		@Bean
		static BeanPostProcessor countStatements() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource ds ? proxy(DataSource.class, ds) : bean;
				}
			};
		}

		@SuppressWarnings("unchecked")
		static <T> T proxy(Class<T> type, T target) {
			return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, (p, m, args) -> {
				if (m.getName().startsWith("prepare") || m.getName().equals("createStatement")) {
					STATEMENTS.incrementAndGet();
				}
				try {
					Object r = m.invoke(target, args);
					return r instanceof Connection c && m.getName().equals("getConnection") ? proxy(Connection.class, c) : r;
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			});
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	JurorDesk desk;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onePageAndOneSaveCost() throws Exception {
		JuryFixture.Setup s = fixture.openRound(3, 3, 3);
		CurrentUser juror = s.jurors().get(0);
		long dossier = s.dossiers().get(0);
		desk.declare(juror.id(), s.roundId(), dossier, false, null);
		long criterion = desk.criteria(desk.assignment(juror.id(), s.roundId(), dossier)).get(0).id();
		String path = "/jury/rounds/" + s.roundId() + "/dossiers/" + dossier;
		long[] version = { -1 };
		int warmup = 300;
		int n = 500;
		for (int i = 0; i < warmup; i++) {
			page(path, juror);
			version[0] = save(path, juror, criterion, version[0], i);
		}
		Recording jfr = null;
		if (!System.getProperty("bench.jfr", "").isBlank()) {
			jfr = new Recording(Configuration.getConfiguration("profile"));
			jfr.setDestination(Path.of(System.getProperty("bench.jfr")));
			jfr.start();
		}
		Cost page = cost(n, () -> page(path, juror));
		int[] i = { 0 };
		Cost save = cost(n, () -> version[0] = save(path, juror, criterion, version[0], i[0]++));
		if (jfr != null) {
			jfr.stop();
			jfr.close();
		}
		String out = """
				one thread, %d requests each after %d warm-up (MockMvc: no Tomcat, no HTTP client)
				measurement              wall p50 ms  wall p95 ms  CPU mean ms  SQL statements
				GET dossier page + sheet %11.1f  %11.1f  %11.2f  %14.1f
				POST sheet autosave      %11.1f  %11.1f  %11.2f  %14.1f
				""".formatted(n, warmup, page.wall.p50(), page.wall.p95(), page.cpuMs, page.sql, save.wall.p50(),
				save.wall.p95(), save.cpuMs, save.sql);
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/jury-cost.txt"), out);
		System.out.print(out);
		assertThat(page.sql).isPositive();
	}

	/** Wall time percentiles, this thread's CPU time (MockMvc runs the request on it; PostgreSQL's CPU is not in it). */
	record Cost(Latency.Stats wall, double cpuMs, double sql) {
	}

	private static Cost cost(int n, Callable<?> call) throws Exception {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long sql = STATEMENTS.get();
		long cpu = threads.getCurrentThreadCpuTime();
		long[] nanos = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			call.call();
			nanos[i] = System.nanoTime() - t;
		}
		cpu = threads.getCurrentThreadCpuTime() - cpu;
		return new Cost(Latency.stats("", nanos), cpu / 1e6 / n, (STATEMENTS.get() - sql) / (double) n);
	}

	private String page(String path, CurrentUser juror) throws Exception {
		MvcResult r = mvc.perform(get(path).with(as(juror))).andReturn();
		assertThat(r.getResponse().getStatus()).isEqualTo(200);
		return r.getResponse().getContentAsString();
	}

	private long save(String path, CurrentUser juror, long criterion, long version, int i) throws Exception {
		MvcResult r = mvc.perform(post(path + "/sheet/autosave").with(as(juror)).with(csrf()).header("HX-Request", "true")
			.param("version", String.valueOf(version)).param("score-" + criterion, String.valueOf(i % 11))
			.param("overall", "Nhận xét " + i)).andReturn();
		String body = r.getResponse().getContentAsString();
		int at = body.indexOf("id=\"version\" value=\"");
		assertThat(at).as(body).isPositive();
		return Long.parseLong(body.substring(at + 20, body.indexOf('"', at + 20)));
	}

}
