package vn.i4impact.portal.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 jurors at once over HTTP: each, on its own thread and logged in through the login form, opens its dossier page
 * and autosaves its sheet (a changed score each time, with the version the last save returned), {@code bench.rounds}
 * times. Data: {@code bench.nominations} dossiers in the current edition (SQL), its preliminary round opened with 50
 * jurors on every panel and 3 jurors per dossier. Reports p50/p95/p99 of both requests; the target is p95 < 150 ms.
 * Run with {@code bench/jury.sh}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Tag("benchmark")
class JuryHttpBenchmarkTest {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final Pattern VERSION = Pattern.compile("id=\"version\" value=\"(-?\\d+)\"");

	@LocalServerPort
	int port;

	@Value("${bench.jurors:50}")
	int jurorCount;

	@Value("${bench.rounds:20}")
	int rounds;

	@Value("${bench.nominations:2000}")
	int nominations;

	@Value("${bench.paced-every-ms:1000}")
	int pacedEveryMs;

	@Value("${bench.paced-seconds:30}")
	int pacedSeconds;

	@Value("${bench.jfr:}")
	String jfrFile;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestData data;

	@Autowired
	JuryFixture fixture;

	@Autowired
	RoundService roundService;

	@Autowired
	Panels panels;

	@Autowired
	AssignmentService assignments;

	@Autowired
	JurorDesk desk;

	@Autowired
	ProgramCatalog program;

	/** One logged-in juror's browser: cookies, the CSRF token, the sheet's version. */
	final class Juror {

		final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10))
			.version(HttpClient.Version.HTTP_1_1).build();

		final String path;

		final long criterion;

		String csrf;

		long version = -1;

		Juror(String path, long criterion) {
			this.path = path;
			this.criterion = criterion;
		}

		void login(String email) throws Exception {
			String form = get("/login").body();
			HttpResponse<String> r = post("/login", "email=" + enc(email) + "&password=" + enc(TestData.PASSWORD) + "&_csrf="
					+ enc(token(form)));
			assertThat(r.statusCode()).isEqualTo(302);
		}

		HttpResponse<String> get(String p) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + p)).GET().build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}

		HttpResponse<String> post(String p, String body) throws Exception {
			return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + p))
				.header("Content-Type", "application/x-www-form-urlencoded").header("HX-Request", "true")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
		}

		void page() throws Exception {
			HttpResponse<String> r = get(path);
			if (r.statusCode() != 200) {
				throw new IllegalStateException(path + " answered " + r.statusCode());
			}
			csrf = token(r.body());
			Matcher m = VERSION.matcher(r.body());
			if (m.find()) {
				version = Long.parseLong(m.group(1));
			}
		}

		void save(int score) throws Exception {
			HttpResponse<String> r = post(path + "/sheet/autosave", "_csrf=" + enc(csrf) + "&version=" + version
					+ "&score-" + criterion + "=" + score + "&overall=" + enc("Nhận xét chung " + score));
			Matcher m = VERSION.matcher(r.body());
			if (r.statusCode() != 200 || !m.find()) {
				throw new IllegalStateException("autosave answered " + r.statusCode() + ": " + r.body());
			}
			version = Long.parseLong(m.group(1));
		}

	}

	@Test
	void fiftyJurorsOpenTheirDossierAndSaveTheirSheet() throws Exception {
		long editionId = TenThousandNominations.currentEdition(jdbc);
		CurrentUser author = data.user(Role.APPLICANT);
		TenThousandNominations.generate(jdbc, editionId, nominations, nominations / 5, 60, author.id(), List.of());
		Round round = roundService.findOne(editionId, RoundKind.PRELIMINARY);
		Instant now = Instant.now();
		roundService.configure(round.getId(), round.getVersion(), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(10)), round.getInstructionsVi(), round.getInstructionsEn(), 3, false);
		List<CurrentUser> jurors = new ArrayList<>();
		for (int i = 0; i < jurorCount; i++) {
			jurors.add(fixture.juror());
		}
		for (var award : program.awards(editionId)) {
			panels.set(round.getId(), award.id(), jurors.stream().map(CurrentUser::id).toList(), null);
		}
		CurrentUser admin = data.user(Role.ADMIN);
		int taken = roundService.open(round.getId(), roundService.get(round.getId()).getVersion(), admin.id());
		long t0 = System.nanoTime();
		var assigned = assignments.autoAssign(round.getId(), admin.id());
		long assignMs = (System.nanoTime() - t0) / 1_000_000;
		List<Juror> browsers = new ArrayList<>();
		for (CurrentUser j : jurors) {
			long dossier = fixture.dossiersOf(round.getId(), j.id()).get(0);
			desk.declare(j.id(), round.getId(), dossier, false, null);
			long criterion = desk.criteria(desk.assignment(j.id(), round.getId(), dossier)).get(0).id();
			Juror b = new Juror("/jury/rounds/" + round.getId() + "/dossiers/" + dossier, criterion);
			b.login(j.email());
			b.page();
			b.save(1);
			browsers.add(b);
		}
		Recording jfr = startJfr();
		Phase closed = closedLoop(browsers);
		Phase paced = paced(browsers);
		stopJfr(jfr);
		String out = String.format("dossiers generated=%d, taken into the round=%d, assignments=%d (auto-assign %d ms), "
				+ "jurors=%d concurrent, cores=%d%n", nominations, taken, assigned.added().size(), assignMs, jurorCount,
				Runtime.getRuntime().availableProcessors())
				+ String.format("%nclosed loop (saturation): every juror repeats page + autosave with no pause, %d times; "
						+ "wall %d ms, %.1f requests/s%n", rounds, closed.wallMs, closed.perSecond())
				+ Latency.table(List.of(closed.page(), closed.save()))
				+ String.format("%npaced (people): every juror sends one request every %d ms (page, then autosave, "
						+ "alternately, fixed schedule, random start), for %d s; %.1f requests/s offered %.1f achieved%n",
						pacedEveryMs, pacedSeconds, jurorCount * 1000.0 / pacedEveryMs, paced.perSecond())
				+ Latency.table(List.of(paced.page(), paced.save()));
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/jury.txt"), out);
		System.out.print(out);
		assertThat(jdbc.sql("select count(*) from jury_score_history h join jury_sheet s on s.id = h.sheet_id where s.round_id = ?")
			.param(round.getId()).query(Integer.class).single()).isGreaterThan(jurorCount);
	}

	/** The timings of one phase of the run. */
	record Phase(List<Long> pageNanos, List<Long> saveNanos, long wallMs) {

		Latency.Stats page() {
			return Latency.stats("GET dossier page + sheet", pageNanos.stream().mapToLong(Long::longValue).toArray());
		}

		Latency.Stats save() {
			return Latency.stats("POST sheet autosave", saveNanos.stream().mapToLong(Long::longValue).toArray());
		}

		double perSecond() {
			return (pageNanos.size() + saveNanos.size()) * 1000.0 / Math.max(1, wallMs);
		}

	}

	/** Saturation: each juror's thread sends its next request as soon as the last one answered (no think time). */
	private Phase closedLoop(List<Juror> browsers) throws Exception {
		List<Long> pageNanos = Collections.synchronizedList(new ArrayList<>());
		List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
		long wall = run(browsers, b -> {
			for (int i = 0; i < rounds; i++) {
				long t = System.nanoTime();
				b.page();
				pageNanos.add(System.nanoTime() - t);
				t = System.nanoTime();
				b.save(i % 11);
				saveNanos.add(System.nanoTime() - t);
			}
		});
		return new Phase(pageNanos, saveNanos, wall);
	}

	/**
	 * People reading and typing: each juror sends one request every {@code bench.paced-every-ms} on a fixed schedule
	 * (a late answer does not push the next request back, so a slow server is not excused by a slower client), the
	 * start spread at random over the first period. Latency is counted from the scheduled time.
	 */
	private Phase paced(List<Juror> browsers) throws Exception {
		List<Long> pageNanos = Collections.synchronizedList(new ArrayList<>());
		List<Long> saveNanos = Collections.synchronizedList(new ArrayList<>());
		long period = pacedEveryMs * 1_000_000L;
		long requests = pacedSeconds * 1000L / pacedEveryMs;
		Random random = new Random(42);
		Map<Juror, Long> offsets = new HashMap<>();
		browsers.forEach(b -> offsets.put(b, (long) (random.nextDouble() * period)));
		long wall = run(browsers, b -> {
			long next = System.nanoTime() + offsets.get(b);
			for (int i = 0; i < requests; i++) {
				long wait = next - System.nanoTime();
				if (wait > 0) {
					Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
				}
				if (i % 2 == 0) {
					b.page();
					pageNanos.add(System.nanoTime() - next);
				}
				else {
					b.save(i % 11);
					saveNanos.add(System.nanoTime() - next);
				}
				next += period;
			}
		});
		return new Phase(pageNanos, saveNanos, wall);
	}

	interface JurorLoop {

		void run(Juror b) throws Exception;

	}

	/** Runs every juror's loop on its own thread, all released at once; returns the wall time in ms. */
	private long run(List<Juror> browsers, JurorLoop loop) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (Juror b : browsers) {
			done.add(pool.submit(() -> {
				start.await();
				loop.run(b);
				return null;
			}));
		}
		long wall = System.nanoTime();
		start.countDown();
		for (Future<?> f : done) {
			f.get();
		}
		pool.shutdown();
		return (System.nanoTime() - wall) / 1_000_000;
	}

	/** {@code -Dbench.jfr=target/jury.jfr}: a flight recording (profile settings) of the measured phases only. */
	private Recording startJfr() throws Exception {
		if (jfrFile.isBlank()) {
			return null;
		}
		Recording r = new Recording(Configuration.getConfiguration("profile"));
		r.setDestination(Path.of(jfrFile));
		r.start();
		return r;
	}

	private static void stopJfr(Recording r) {
		if (r != null) {
			r.stop();
			r.close();
		}
	}

	private static String token(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token");
		}
		return m.group(1);
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

}
