package vn.i4impact.portal.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationAttachment;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 200 applicants at once, each saving a draft 10 times and submitting with a 5 MB PDF, through the SERVICE layer
 * in-process against the embedded PostgreSQL (no HTTP: the applicant screens are built in parallel). Run with
 * {@code bench/nominations.sh}; never part of {@code ./mvnw verify}.
 */
@PortalTest
@Tag("benchmark")
// the production path: receipts rendered after commit on their own small pool
@TestPropertySource(properties = "portal.test.synchronous-listeners=false")
class NominationBenchmarkTest {

	@Value("${bench.applicants:200}")
	int applicants;

	@Value("${bench.saves:10}")
	int saves;

	@Value("${bench.file-mb:5}")
	int fileMb;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	DossierFiles dossierFiles;

	@Autowired
	JdbcClient jdbc;

	String receiptsDrained = "";

	/** One timed call: its kind, how long it took, and whether it failed. */
	record Sample(String op, long nanos) {
	}

	@Test
	void applicantsSaveAndSubmitConcurrently() throws Exception {
		String edition = data.openEdition(30);
		long awardId = data.awardId(edition, "1.3");
		Path dir = Files.createTempDirectory("i4-bench");
		ExecutorService pool = Executors.newFixedThreadPool(applicants);
		ExecutorService setup = Executors.newFixedThreadPool(4);
		try {
			// set-up, not timed: accounts (password hashing is deliberately slow) and one distinct PDF per applicant
			List<Future<CurrentUser>> users = new ArrayList<>();
			Map<Integer, String> sent = new ConcurrentHashMap<>();
			for (int i = 0; i < applicants; i++) {
				int k = i;
				users.add(setup.submit(() -> {
					sent.put(k, writePdf(dir.resolve(k + ".pdf"), k, fileMb * 1024 * 1024));
					return data.user(Role.APPLICANT);
				}));
			}
			List<CurrentUser> people = new ArrayList<>();
			for (var f : users) {
				people.add(f.get());
			}

			Queue samples = new Queue();
			List<String> errors = Collections.synchronizedList(new ArrayList<>());
			Map<Integer, Long> nominationIds = new ConcurrentHashMap<>();
			Sampler sampler = new Sampler();
			sampler.start();
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> runs = new ArrayList<>();
			long wall = System.nanoTime();
			for (int i = 0; i < applicants; i++) {
				int k = i;
				CurrentUser me = people.get(i);
				runs.add(pool.submit(() -> {
					start.await();
					try {
						Nomination n = samples.time("start", () -> service.start(me, awardId,
								NominationKind.SELF, service.selfNominee(me)));
						nominationIds.put(k, n.getId());
						Map<Long, String> answers = dossiers.completeAnswers(awardId);
						long version = n.getVersion();
						for (int s = 0; s < saves; s++) {
							Map<Long, String> typed = new LinkedHashMap<>();
							int round = s;
							// free-text answers change on every save (numbers, dates and links must stay valid)
							answers.forEach((q, v) -> typed.put(q, Dossiers.ANSWER.equals(v) ? v + " Lần lưu " + round + "." : v));
							long expected = version;
							version = samples.time("saveDraft", () -> service.saveDraft(me.id(), n.getId(), expected,
									"Hồ sơ thử tải " + k, typed));
						}
						samples.time("attach", () -> {
							try (InputStream in = new BufferedInputStream(Files.newInputStream(dir.resolve(k + ".pdf")))) {
								return dossierFiles.attach(me.id(), n.getId(), dossiers.fileQuestion(awardId), in, "Hồ sơ " + k + ".pdf");
							}
						});
						long v = service.get(me.id(), n.getId()).getVersion();
						samples.time("submit", () -> service.submit(me.id(), n.getId(), v));
					}
					catch (Throwable ex) {
						errors.add(k + ": " + ex);
					}
					return null;
				}));
			}
			start.countDown();
			for (var r : runs) {
				r.get();
			}
			wall = System.nanoTime() - wall;
			sampler.stop();

			// every stored file is exactly what was sent: hash the stored bytes again, not just the recorded hash
			int checked = 0;
			List<String> mismatches = new ArrayList<>();
			for (var e : nominationIds.entrySet()) {
				CurrentUser me = people.get(e.getKey());
				Nomination n = service.get(me.id(), e.getValue());
				if (n.getStatus() != NominationStatus.SUBMITTED) {
					mismatches.add(e.getKey() + ": status " + n.getStatus());
					continue;
				}
				List<NominationAttachment> files = dossierFiles.attachments(n.getId());
				String expected = sent.get(e.getKey());
				if (files.size() != 1 || !files.get(0).getSha256().equals(expected)
						|| !sha256(dossierFiles.open(files.get(0))).equals(expected)) {
					mismatches.add(e.getKey() + ": hash");
				}
				checked++;
			}

			// receipts are mailed after commit on their own pool: wait for them, and say how long they took
			long receiptWait = System.nanoTime();
			int owed = Integer.MAX_VALUE;
			for (int i = 0; i < 600 && owed > 0; i++) {
				owed = jdbc.sql("select count(*) from nomination_receipt r join nomination n on n.id = r.nomination_id "
						+ "where n.edition_id = (select id from edition where code = ?) and r.mailed_at is null")
					.param(edition).query(Integer.class).single();
				if (owed > 0) {
					Thread.sleep(500);
				}
			}
			receiptsDrained = "%d receipts owed after %.1f s more (0 = every receipt mailed with its PDF)".formatted(owed,
					(System.nanoTime() - receiptWait) / 1e9);
			String report = report(samples, errors, wall, sampler, checked, mismatches);
			System.out.println(report);
			Path out = Path.of("target", "bench", "nominations.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report, StandardCharsets.UTF_8);

			assertThat(errors).as("errors").isEmpty();
			assertThat(mismatches).as("files or statuses not as sent").isEmpty();
			assertThat(checked).isEqualTo(applicants);
		}
		finally {
			pool.shutdownNow();
			setup.shutdownNow();
			try (var files = Files.list(dir)) {
				files.forEach(p -> p.toFile().delete());
			}
			Files.deleteIfExists(dir);
		}
	}

	private String report(Queue samples, List<String> errors, long wallNanos, Sampler sampler, int checked,
			List<String> mismatches) {
		StringBuilder b = new StringBuilder();
		b.append("=== Nomination benchmark (service layer + embedded PostgreSQL, in-process; NOT HTTP) ===\n");
		b.append("applicants=%d, draft saves each=%d, file=%d MB, threads=%d, cores=%d%n".formatted(applicants, saves,
				fileMb, applicants, Runtime.getRuntime().availableProcessors()));
		b.append("%-10s %7s %9s %9s %9s %9s%n".formatted("operation", "count", "p50 ms", "p95 ms", "p99 ms", "max ms"));
		Map<String, List<Long>> byOp = new LinkedHashMap<>();
		for (String op : List.of("start", "saveDraft", "attach", "submit")) {
			byOp.put(op, new ArrayList<>());
		}
		List<Long> all = new ArrayList<>();
		for (Sample s : samples.all) {
			byOp.get(s.op()).add(s.nanos());
			all.add(s.nanos());
		}
		byOp.put("all", all);
		byOp.forEach((op, list) -> {
			Collections.sort(list);
			b.append("%-10s %7d %9.1f %9.1f %9.1f %9.1f%n".formatted(op, list.size(), p(list, 50), p(list, 95),
					p(list, 99), list.isEmpty() ? 0.0 : list.get(list.size() - 1) / 1e6));
		});
		b.append("wall time: %.1f s, throughput: %.1f operations/s%n".formatted(wallNanos / 1e9,
				all.size() / (wallNanos / 1e9)));
		b.append("errors: %d%s%n".formatted(errors.size(), errors.isEmpty() ? "" : " " + errors.subList(0, Math.min(5, errors.size()))));
		b.append("SHA-256 of stored files re-read and compared: %d checked, %d mismatched%n".formatted(checked, mismatches.size()));
		b.append("receipts: ").append(receiptsDrained).append('\n');
		b.append("JVM heap used: peak %d MB (max %d MB); JVM RSS: peak %d MB; PostgreSQL processes RSS: peak %d MB%n"
			.formatted(sampler.heapPeak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20, sampler.rssPeak.get() >> 10,
					sampler.pgRssPeak.get() >> 10));
		return b.toString();
	}

	static double p(List<Long> sorted, int percentile) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int i = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(i, sorted.size() - 1))) / 1e6;
	}

	static final class Queue {

		final ConcurrentLinkedQueue<Sample> all = new ConcurrentLinkedQueue<>();

		interface Call<T> {

			T call() throws Exception;

		}

		<T> T time(String op, Call<T> call) throws Exception {
			long t = System.nanoTime();
			T result = call.call();
			all.add(new Sample(op, System.nanoTime() - t));
			return result;
		}

	}

	/** Peaks of heap use and resident memory (this JVM, and the embedded PostgreSQL's processes) every 100 ms. */
	static final class Sampler implements Runnable {

		final AtomicLong heapPeak = new AtomicLong();

		final AtomicLong rssPeak = new AtomicLong();

		final AtomicLong pgRssPeak = new AtomicLong();

		private volatile boolean running = true;

		private Thread thread;

		void start() {
			thread = new Thread(this, "bench-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running = false;
			thread.join();
		}

		@Override
		public void run() {
			var memory = ManagementFactory.getMemoryMXBean();
			while (running) {
				heapPeak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
				rssPeak.accumulateAndGet(rssKb(ProcessHandle.current().pid()), Math::max);
				long pg = ProcessHandle.allProcesses()
					.filter(p -> p.info().command().map(c -> c.contains("postgres")).orElse(false))
					.mapToLong(p -> rssKb(p.pid())).sum();
				pgRssPeak.accumulateAndGet(pg, Math::max);
				try {
					Thread.sleep(100);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}

		static long rssKb(long pid) {
			try {
				for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
					if (line.startsWith("VmRSS:")) {
						return Long.parseLong(line.replaceAll("[^0-9]", ""));
					}
				}
			}
			catch (IOException | RuntimeException ex) {
				// the process ended between listing and reading
			}
			return 0;
		}

	}

	/** A valid PDF of the given size, different for each applicant; returns its SHA-256. */
	static String writePdf(Path file, int applicant, int size) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (OutputStream out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), digest)) {
			byte[] head = ("%PDF-1.4\n% applicant " + applicant + " " + System.nanoTime()
					+ "\n1 0 obj << /Type /Catalog >> endobj\n").getBytes(StandardCharsets.ISO_8859_1);
			byte[] tail = "trailer << /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
			byte[] line = "% noi dung ho so du thi\n".getBytes(StandardCharsets.ISO_8859_1);
			out.write(head);
			long written = head.length;
			while (written + line.length + tail.length <= size) {
				out.write(line);
				written += line.length;
			}
			out.write(tail);
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	static String sha256(InputStream in) throws Exception {
		MessageDigest digest = MessageDigest.getInstance("SHA-256");
		try (in) {
			byte[] buf = new byte[64 * 1024];
			for (int r; (r = in.read(buf)) > 0;) {
				digest.update(buf, 0, r);
			}
		}
		return HexFormat.of().formatHex(digest.digest());
	}

}
