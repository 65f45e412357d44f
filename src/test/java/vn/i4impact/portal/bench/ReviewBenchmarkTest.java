package vn.i4impact.portal.bench;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.review.internal.EditionOverview;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's screens over real HTTP against 10,000 dossiers in the current edition (see
 * {@link TenThousandNominations}), one secretary logged in through the login form. Each test is one measurement;
 * add the queue search and the exports as further tests using {@link #measure}. Run with {@code bench/review.sh};
 * never part of {@code ./mvnw verify}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBenchmarkTest {

	/** The overview must answer within this at the 95th percentile on the 2-core machine. */
	static final double OVERVIEW_P95_MS = 300;

	@Value("${bench.nominations:10000}")
	int nominations;

	@Value("${bench.units:2000}")
	int units;

	@Value("${bench.requests:200}")
	int requests;

	@Value("${bench.warmup:30}")
	int warmup;

	@LocalServerPort
	int port;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EditionOverview overviewQueries;

	TenThousandNominations.Generated generated;

	PortalHttp secretary;

	final List<Latency.Stats> results = new ArrayList<>();

	@BeforeAll
	void tenThousandDossiersAndALoggedInSecretary() throws Exception {
		CurrentUser me = data.user(Role.SECRETARIAT);
		CurrentUser colleague = data.user(Role.SECRETARIAT);
		CurrentUser author = data.user(Role.APPLICANT);
		generated = TenThousandNominations.generate(jdbc, TenThousandNominations.currentEdition(jdbc), nominations,
				units, 60, author.id(), List.of(me.id(), colleague.id()));
		secretary = PortalHttp.login(port, me.email(), TestData.PASSWORD);
	}

	/** Times {@code path} as the logged-in secretary: warm-up, then {@code requests} GETs that must answer 200. */
	Latency.Stats measure(String label, String path) throws Exception {
		Latency.Stats stats = Latency.measure(label, warmup, requests, () -> secretary.ok(path));
		results.add(stats);
		return stats;
	}

	@Test
	void overview() throws Exception {
		String path = "/secretariat?edition=" + generated.editionId();
		long expected = jdbc.sql("select count(*) from nomination where edition_id = ? and status <> 'DRAFT'")
			.param(generated.editionId()).query(Long.class).single();
		// the page really shows the generated load, not an empty edition
		String html = secretary.ok(path);
		assertThat(html).containsPattern("id=\"glance-dossiers\"[^>]*>" + String.format("%,d", expected).replace(',', '.') + "<");

		Latency.Stats stats = measure("GET /secretariat (overview)", path);
		// for scale: the same page for an edition without dossiers, and a plain back-office page
		long empty = jdbc.sql("select id from edition where code = 'i4-awards-2023'").query(Long.class).single();
		measure("  baseline: overview, empty edition", "/secretariat?edition=" + empty);
		measure("  baseline: GET /account", "/account");
		// the same figures without HTTP and Thymeleaf: how much of the page is the SQL
		results.add(Latency.measure("  of which SQL (EditionOverview.of)", warmup, requests,
				() -> overviewQueries.of(generated.editionId())));
		assertThat(stats.p95()).as("overview p95 ms").isLessThan(OVERVIEW_P95_MS);
	}

	/** The queue must answer within this at the 95th percentile, searching or not. */
	static final double QUEUE_P95_MS = 300;

	@Test
	void queue() throws Exception {
		String q = "/secretariat/nominations?edition=" + generated.editionId();
		// the search really finds: "ha noi" (no accents) matches "Hà Nội" in unit names, and the count is right
		long hanoi = jdbc.sql("""
				select count(*) from nomination n join unit u on u.id = n.unit_id
				where n.edition_id = ? and n.status <> 'DRAFT'
				  and f_unaccent(lower(u.name || ' ' || n.nominee_name || ' ' || coalesce(n.title, '') || ' ' || coalesce(n.reference_code, ''))) like '%ha%'
				  and (f_unaccent(lower(n.nominee_name || ' ' || coalesce(n.title, '') || ' ' || coalesce(n.reference_code, ''))) like '%noi%'
				       or f_unaccent(lower(u.name)) like '%noi%')
				  and (f_unaccent(lower(n.nominee_name || ' ' || coalesce(n.title, '') || ' ' || coalesce(n.reference_code, ''))) like '%ha%'
				       or f_unaccent(lower(u.name)) like '%ha%')""").param(generated.editionId()).query(Long.class).single();
		String html = secretary.ok(q + "&q=ha+noi");
		assertThat(html).contains("id=\"result-count\">" + String.format(Locale.ROOT, "%,d", hanoi).replace(",", ".") + " hồ sơ<");
		assertThat(hanoi).isGreaterThan(100);

		List<Latency.Stats> mine = List.of(measure("GET queue, first page (50 of all)", q),
				measure("GET queue, search \"ha noi\"", q + "&q=ha+noi"),
				measure("GET queue, search \"cong nghe hai phong\"", q + "&q=cong+nghe+hai+phong"),
				measure("GET queue, search + status + province", q + "&q=so&status=SUBMITTED&province=ha-noi"),
				measure("GET queue, sorted by unit, page 40", q + "&sort=unit&page=40"),
				measure("GET queue, assigned to me, overdue", q + "&assignee=me&status=CHANGES_REQUESTED"));
		for (Latency.Stats stats : mine) {
			assertThat(stats.p95()).as(stats.label() + " p95 ms").isLessThan(QUEUE_P95_MS);
		}
	}

	/** Every dossier of the edition as .xlsx and .csv over HTTP: time, size and heap while it streams. */
	@Test
	void exports() throws Exception {
		String q = "?edition=" + generated.editionId();
		long rows = jdbc.sql("select count(*) from nomination where edition_id = ? and status <> 'DRAFT'")
			.param(generated.editionId()).query(Long.class).single();
		for (String kind : List.of("csv", "xlsx")) {
			System.gc();
			long before = usedHeap();
			long[] peak = { before };
			var sampler = new Thread(() -> {
				while (!Thread.currentThread().isInterrupted()) {
					peak[0] = Math.max(peak[0], usedHeap());
					try {
						Thread.sleep(20);
					}
					catch (InterruptedException ex) {
						return;
					}
				}
			});
			sampler.setDaemon(true);
			sampler.start();
			long start = System.nanoTime();
			var response = secretary.download("/secretariat/nominations." + kind + q);
			double millis = (System.nanoTime() - start) / 1e6;
			sampler.interrupt();
			assertThat(response.statusCode()).isEqualTo(200);
			byte[] body = response.body();
			if (kind.equals("csv")) {
				long lines = new String(body, StandardCharsets.UTF_8).lines().count();
				assertThat(lines).as("header + one line per dossier").isEqualTo(rows + 1);
			}
			exportLines.add("export .%s over HTTP: %,d rows, %,d bytes in %.0f ms; heap used before %d MB, sampled peak %d MB (max heap %d MB)"
				.formatted(kind, rows, body.length, millis, before >> 20, peak[0] >> 20, Runtime.getRuntime().maxMemory() >> 20));
		}
	}

	final List<String> exportLines = new ArrayList<>();

	private static long usedHeap() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
	}

	@AfterAll
	void report() throws Exception {
		StringBuilder b = new StringBuilder();
		b.append("=== Review benchmark (real HTTP: Tomcat + Spring Security + SQL + Thymeleaf, embedded PostgreSQL) ===\n");
		b.append("data: %d dossiers (%d drafts) in edition %d, %d new units over 34 provinces, %d assigned; generated in %.1f s%n"
			.formatted(generated.nominations(), generated.drafts(), generated.editionId(), generated.units(),
					generated.assigned(), generated.millis() / 1000.0));
		b.append("requests: %d sequential after %d warm-up, one logged-in secretary; cores=%d%n".formatted(requests, warmup,
				Runtime.getRuntime().availableProcessors()));
		b.append(Latency.table(results));
		exportLines.forEach(line -> b.append(line).append('\n'));
		System.out.println(b);
		Path out = Path.of("target", "bench", "review.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, b.toString(), StandardCharsets.UTF_8);
	}

}
