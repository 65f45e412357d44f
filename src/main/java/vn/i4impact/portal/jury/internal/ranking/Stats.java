package vn.i4impact.portal.jury.internal.ranking;

import java.util.Arrays;

/** The few statistics the methods need, each over values in a fixed order so results are reproducible. */
final class Stats {

	/** Scores closer than this are equal (floating-point sums in SQL and Java may differ in the last bits). */
	static final double TOLERANCE = 1e-9;

	private Stats() {
	}

	static double mean(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double sum = 0;
		for (double v : values) {
			sum += v;
		}
		return sum / values.length;
	}

	/** The middle value, or the mean of the two middle values (SQL: {@code percentile_cont(0.5)}). */
	static double median(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
	}

	/** With 5 or more values the mean without one highest and one lowest; below that the plain mean. */
	static double trimmedMean(double[] values) {
		if (values.length < 5) {
			return mean(values);
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return mean(Arrays.copyOfRange(sorted, 1, sorted.length - 1));
	}

	/** Population standard deviation, {@code sqrt(Σ(x − mean)² / n)} (SQL: {@code stddev_pop}); 0 for one value. */
	static double sdPop(double[] values) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double mean = mean(values);
		double squares = 0;
		for (double v : values) {
			squares += (v - mean) * (v - mean);
		}
		return Math.sqrt(squares / values.length);
	}

	static double min(double[] values) {
		return values.length == 0 ? Double.NaN : Arrays.stream(values).min().getAsDouble();
	}

	static double max(double[] values) {
		return values.length == 0 ? Double.NaN : Arrays.stream(values).max().getAsDouble();
	}

	/** Whether {@code a} is better than {@code b} by more than the tolerance; NaN is worse than any number. */
	static boolean clearlyAbove(double a, double b) {
		if (Double.isNaN(a)) {
			return false;
		}
		return Double.isNaN(b) || a - b > TOLERANCE;
	}

	/** Higher first, NaN last; for sorting before grouping ties. */
	static int descending(double a, double b) {
		if (Double.isNaN(a) || Double.isNaN(b)) {
			return Boolean.compare(Double.isNaN(a), Double.isNaN(b));
		}
		return Double.compare(b, a);
	}
}
