package vn.i4impact.portal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.Assigner;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The automatic assignment at scale, in-process (the algorithm alone, no database): 10,000 dossiers × 3 jurors over
 * 200 jurors with 2% conflicted pairs (fixed seed). Must finish in under 10 s with max − min load ≤ 1.
 * Run with {@code bench/assignment.sh}; figures in {@code target/bench/assignment.txt}.
 */
@Tag("benchmark")
class AssignmentBenchmarkTest {

	@Test
	void tenThousandDossiersOverTwoHundredJurors() throws IOException {
		int dossierCount = Integer.getInteger("bench.dossiers", 10_000);
		int jurorCount = Integer.getInteger("bench.jurors", 200);
		double conflictRate = Double.parseDouble(System.getProperty("bench.conflicts", "0.02"));
		List<Long> jurors = new ArrayList<>();
		for (long j = 1; j <= jurorCount; j++) {
			jurors.add(j);
		}
		List<Assigner.Dossier> dossiers = new ArrayList<>();
		for (long d = 1; d <= dossierCount; d++) {
			dossiers.add(new Assigner.Dossier(d, 1, 3));
		}
		Random random = new Random(2026);
		Set<Assigner.Pair> conflicts = new HashSet<>();
		for (Assigner.Dossier d : dossiers) {
			for (long j : jurors) {
				if (random.nextDouble() < conflictRate) {
					conflicts.add(new Assigner.Pair(d.id(), j));
				}
			}
		}
		Assigner.Request request = new Assigner.Request(dossiers, Map.of(1L, jurors), conflicts, Set.of());
		new Assigner().assign(new Assigner.Request(dossiers.subList(0, 500), Map.of(1L, jurors), conflicts, Set.of()));
		StringBuilder out = new StringBuilder();
		out.append(String.format("dossiers=%d, jurors=%d, jurors per dossier=3, conflicted pairs=%d (%.1f%%), cores=%d%n",
				dossierCount, jurorCount, conflicts.size(), 100.0 * conflicts.size() / dossierCount / jurorCount,
				Runtime.getRuntime().availableProcessors()));
		long worst = 0;
		Assigner.Result first = null;
		for (int run = 1; run <= 3; run++) {
			long t0 = System.nanoTime();
			Assigner.Result r = new Assigner().assign(request);
			long ms = (System.nanoTime() - t0) / 1_000_000;
			worst = Math.max(worst, ms);
			out.append(String.format("run %d: %d ms, assignments=%d, shortfalls=%d, loads %d..%d (max - min = %d)%n", run,
					ms, r.added().size(), r.shortfalls().size(), r.loads().values().stream().mapToInt(i -> i).min().getAsInt(),
					r.loads().values().stream().mapToInt(i -> i).max().getAsInt(), r.spread()));
			assertThat(r.complete()).isTrue();
			assertThat(r.spread()).isLessThanOrEqualTo(1);
			assertThat(r.added()).hasSize(dossierCount * 3).doesNotContainAnyElementsOf(conflicts);
			if (first == null) {
				first = r;
			}
			else {
				assertThat(r.added()).as("deterministic").isEqualTo(first.added());
			}
		}
		Files.createDirectories(Path.of("target/bench"));
		Files.writeString(Path.of("target/bench/assignment.txt"), out);
		System.out.print(out);
		assertThat(worst).isLessThan(10_000);
	}

}
