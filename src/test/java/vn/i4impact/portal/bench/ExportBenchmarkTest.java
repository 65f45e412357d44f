package vn.i4impact.portal.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.review.internal.NominationExport;
import vn.i4impact.portal.review.internal.QueueFilter;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat's list exports at 10,000 dossiers: wall time, and whether memory stays bounded while rows stream
 * from the database cursor into the .xlsx / .csv. Dossiers are inserted with plain SQL (a small private generator:
 * two awards, 1.1 and 2.2, so the columns are the union of both forms; every non-file question answered, each long
 * text about {@code bench.answer-chars} characters). The export is written through the same service the controller
 * calls, into a counting stream that keeps nothing (MockMvc would buffer the whole file and measure itself).
 * <p>
 * Heap is read two ways: sampled every 5 ms (peak "used", garbage included: depends on the collector more than on
 * us), and after a forced full GC every 250 ms during a second run (the live set: what the export really holds).
 * Run with {@code bench/exports.sh}; never part of {@code ./mvnw verify}.
 */
@PortalTest
@Tag("benchmark")
class ExportBenchmarkTest {

	@Value("${bench.dossiers:10000}")
	int dossiers;

	@Value("${bench.answer-chars:2000}")
	int answerChars;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	NominationExport export;

	static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	/** An output stream that only counts. */
	static final class Counting extends OutputStream {

		long bytes;

		@Override
		public void write(int b) {
			bytes++;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			bytes += len;
		}

	}

	record Run(long rows, long bytes, long millis, long peakUsed, long peakLive, List<Long> liveSamples) {
	}

	@Test
	void tenThousandDossiersExportWithBoundedMemory() throws Exception {
		String edition = data.openEdition(30);
		long editionId = data.editionId(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		long started = System.nanoTime();
		generate(editionId);
		long generated = (System.nanoTime() - started) / 1_000_000;
		long answerBytes = jdbc.sql("""
				select coalesce(sum(octet_length(a.value)), 0) from nomination_answer a
				join nomination n on n.id = a.nomination_id where n.edition_id = ?""").param(editionId)
			.query(Long.class).single();

		QueueFilter filter = QueueFilter.parse(Map.of("edition", new String[] { Long.toString(editionId) }));
		Locale vi = Locale.forLanguageTag("vi");
		ToLongFunction<OutputStream> xlsx = out -> export.xlsx(filter, secretary.id(), vi, out);
		ToLongFunction<OutputStream> csv = out -> export.csv(filter, secretary.id(), vi, out);

		// warm up (JIT, statement caches), then measure each format twice: timed, and with live-set probes
		xlsx.applyAsLong(new Counting());
		long baseline = liveHeap();
		Run xlsxTimed = run(xlsx, false);
		Run xlsxLive = run(xlsx, true);
		Run csvTimed = run(csv, false);
		Run csvLive = run(csv, true);

		List<String> lines = new ArrayList<>();
		lines.add("Export benchmark: " + dossiers + " dossiers (awards 1.1 and 2.2), long answers ~" + answerChars
				+ " chars, " + mb(answerBytes) + " MB of answer text in the database; generated in " + generated + " ms");
		lines.add("JVM max heap " + mb(Runtime.getRuntime().maxMemory()) + " MB; live heap before exporting (after GC) "
				+ mb(baseline) + " MB; " + Runtime.getRuntime().availableProcessors() + " cores");
		lines.add(String.format("%-5s %7s %10s %9s %16s %22s", "file", "rows", "size MB", "time ms",
				"peak used MB", "peak live (GC'd) MB"));
		for (Object[] r : new Object[][] { { "xlsx", xlsxTimed, xlsxLive }, { "csv", csvTimed, csvLive } }) {
			Run timed = (Run) r[1];
			Run live = (Run) r[2];
			lines.add(String.format("%-5s %7d %10.1f %9d %16d %22s", r[0], timed.rows(), timed.bytes() / 1048576.0,
					timed.millis(), mb(timed.peakUsed()), mb(live.peakLive()) + " (+" + mb(live.peakLive() - baseline) + ")"));
		}
		lines.add("live heap samples (MB, every 250 ms) xlsx: " + xlsxLive.liveSamples());
		lines.add("live heap samples (MB, every 250 ms) csv:  " + csvLive.liveSamples());
		lines.add("live heap after the runs: " + mb(liveHeap()) + " MB");
		String report = String.join("\n", lines) + "\n";
		Path out = Path.of("target/bench/exports.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report, StandardCharsets.UTF_8);
		System.out.println(report);

		for (Run r : List.of(xlsxTimed, xlsxLive, csvTimed, csvLive)) {
			assertThat(r.rows()).isEqualTo(dossiers);
		}
		// bounded: what the export holds beyond the idle application stays far below the answers it writes
		assertThat(xlsxLive.peakLive() - baseline).isLessThan(Math.max(64L << 20, answerBytes / 8));
		assertThat(csvLive.peakLive() - baseline).isLessThan(Math.max(64L << 20, answerBytes / 8));
	}

	private Run run(ToLongFunction<OutputStream> export, boolean probeLive) throws InterruptedException {
		AtomicBoolean done = new AtomicBoolean();
		AtomicLong peakUsed = new AtomicLong();
		AtomicLong peakLive = new AtomicLong();
		List<Long> samples = Collections.synchronizedList(new ArrayList<>());
		Thread sampler = new Thread(() -> {
			long lastGc = System.nanoTime();
			while (!done.get()) {
				peakUsed.accumulateAndGet(MEMORY.getHeapMemoryUsage().getUsed(), Math::max);
				if (probeLive && System.nanoTime() - lastGc > 250_000_000L) {
					long live = liveHeap();
					samples.add(live >> 20);
					peakLive.accumulateAndGet(live, Math::max);
					lastGc = System.nanoTime();
				}
				try {
					Thread.sleep(5);
				}
				catch (InterruptedException ex) {
					return;
				}
			}
		}, "heap-sampler");
		System.gc();
		sampler.start();
		Counting out = new Counting();
		long t0 = System.nanoTime();
		long rows = export.applyAsLong(out);
		long millis = (System.nanoTime() - t0) / 1_000_000;
		done.set(true);
		sampler.join();
		return new Run(rows, out.bytes, millis, peakUsed.get(), peakLive.get(), List.copyOf(samples));
	}

	/**
	 * The heap in use just after a full GC, as the collector itself recorded it (each heap pool's collection usage):
	 * reading "used" after {@code System.gc()} returns would also count what the exporting thread allocated since.
	 */
	private static long liveHeap() {
		System.gc();
		long live = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
				live += pool.getCollectionUsage().getUsed();
			}
		}
		return live;
	}

	private static long mb(long bytes) {
		return bytes / (1024 * 1024);
	}

	/** The dossiers, submitted, with every non-file answer; one unit (the constraint is per unit, award and nominee). */
	private void generate(long editionId) {
		CurrentUser applicant = data.user(Role.APPLICANT);
		long unit = jdbc.sql("select unit_id from unit_member where user_id = ?").param(applicant.id())
			.query(Long.class).single();
		long a11 = jdbc.sql("select id from award where edition_id = ? and code = '1.1'").param(editionId)
			.query(Long.class).single();
		long a22 = jdbc.sql("select id from award where edition_id = ? and code = '2.2'").param(editionId)
			.query(Long.class).single();
		jdbc.sql("""
				insert into nomination (edition_id, award_id, unit_id, kind, nominee_type, nominee_name, nominee_key, title,
				  status, reference_code, consent_status, declaration_at, created_by, created_at, updated_at, submitted_at)
				select :edition, case when g % 2 = 0 then :a11 else :a22 end, :unit, 'SELF', 'ENTERPRISE',
				  'Công ty Cổ phần Chuyển đổi số Hải Phòng ' || g, 'bench ' || g,
				  'Nền tảng điều hành sản xuất thông minh số ' || g, 'SUBMITTED',
				  'BENCH-' || case when g % 2 = 0 then '1.1' else '2.2' end || '-' || lpad(g::text, 5, '0'),
				  'NOT_NEEDED', now(), :user, now() - interval '30 days', now(), now() - make_interval(mins => g)
				from generate_series(1, :n) g""")
			.param("edition", editionId).param("a11", a11).param("a22", a22).param("unit", unit)
			.param("user", applicant.id()).param("n", dossiers).update();
		String sentence = "Giải pháp ứng dụng trí tuệ nhân tạo, dữ liệu lớn và Internet vạn vật trong điều hành sản xuất; ";
		jdbc.sql("""
				insert into nomination_answer (nomination_id, question_id, value)
				select n.id, q.id, case q.kind
				  when 'LONG_TEXT' then left(repeat(:sentence, :reps), :chars) || ' #' || n.id
				  when 'SHORT_TEXT' then 'Mô hình học sâu, thị giác máy tính ' || n.id
				  when 'INTEGER' then (n.id % 5000)::text
				  when 'DECIMAL' then replace(((n.id % 1000) / 10.0)::text, '.', ',')
				  when 'DATE' then '2025-06-01'
				  when 'YES_NO' then 'true'
				  when 'SINGLE_CHOICE' then '1'
				  else 'https://example.vn/giai-phap/' || n.id end
				from nomination n
				join award_question q on q.edition_id = n.edition_id and (q.award_id is null or q.award_id = n.award_id)
				where n.edition_id = :edition and q.kind <> 'FILE'""")
			.param("sentence", sentence).param("reps", answerChars / sentence.length() + 1).param("chars", answerChars)
			.param("edition", editionId).update();
		jdbc.sql("analyze nomination").update();
		jdbc.sql("analyze nomination_answer").update();
	}

}
