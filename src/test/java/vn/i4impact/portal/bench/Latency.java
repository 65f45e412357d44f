package vn.i4impact.portal.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Times one call many times, one after the other, and keeps the percentiles. Reusable for any measurement next to the
 * overview's (queue search, exports): {@code Latency.measure("queue q=ha noi", 20, 200, () -> http.get(...))}.
 */
public final class Latency {

	/** Percentiles in milliseconds of {@code n} timed calls (the warm-up calls are not counted). */
	public record Stats(String label, int n, double p50, double p95, double p99, double max, double mean) {

		public static String header() {
			return "%-40s %6s %9s %9s %9s %9s %9s".formatted("measurement", "n", "p50 ms", "p95 ms", "p99 ms", "max ms",
					"mean ms");
		}

		public String line() {
			return "%-40s %6d %9.1f %9.1f %9.1f %9.1f %9.1f".formatted(label, n, p50, p95, p99, max, mean);
		}

	}

	private Latency() {
	}

	/**
	 * Calls {@code call} {@code warmup} times untimed (JIT, caches, connection pool), then {@code n} times timed, and
	 * prints the line. Any exception fails the measurement: a fast error is not a fast page.
	 */
	public static Stats measure(String label, int warmup, int n, Callable<?> call) throws Exception {
		for (int i = 0; i < warmup; i++) {
			call.call();
		}
		long[] nanos = new long[n];
		for (int i = 0; i < n; i++) {
			long t = System.nanoTime();
			call.call();
			nanos[i] = System.nanoTime() - t;
		}
		Stats stats = stats(label, nanos);
		System.out.println(stats.line());
		return stats;
	}

	static Stats stats(String label, long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
		return new Stats(label, sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, mean);
	}

	/** Nearest-rank percentile, in ms. */
	static double percentile(long[] sorted, int p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(i, sorted.length - 1))] / 1e6;
	}

	/** A table of several measurements, header first. */
	public static String table(List<Stats> all) {
		List<String> lines = new ArrayList<>();
		lines.add(Stats.header());
		all.forEach(s -> lines.add(s.line()));
		return String.join("\n", lines) + "\n";
	}

}
