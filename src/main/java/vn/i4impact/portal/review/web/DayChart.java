package vn.i4impact.portal.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import vn.i4impact.portal.review.internal.EditionOverview.DayCount;
import vn.i4impact.portal.shared.PortalTime;

/**
 * Geometry of the submissions-per-day chart, computed here so the template only places SVG attributes (the CSP allows
 * no inline styles, and the page needs no chart library). Works in a fixed coordinate system; the SVG scales to its
 * box. Date labels are spaced by the width they need, so 60 or 120 days stay readable.
 */
record DayChart(int width, int height, int left, int top, int plotWidth, int plotHeight, long scaleMax,
		List<Bar> bars, List<Tick> ticks, List<Grid> grid, Double deadlineX) {

	static final DateTimeFormatter DATE = PortalTime.DATE;

	static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

	static final int LEFT = 44;

	static final int TOP = 14;

	static final int PLOT_WIDTH = 720;

	static final int PLOT_HEIGHT = 170;

	static final int BOTTOM = 40;

	static final int RIGHT = 56;

	/** Room one "dd/MM/yyyy" label needs at the chart's font size, in chart units. */
	static final double LABEL_ROOM = 80;

	/** One day's bar; {@code date} as people read it, {@code queue} the queue of that day's submissions. */
	record Bar(String date, String queue, long count, double x, double y, double w, double h) {
	}

	record Tick(String label, double x) {
	}

	record Grid(long value, double y) {
	}

	static DayChart of(List<DayCount> days, LocalDate deadline, QueueLinks queue) {
		int n = Math.max(1, days.size());
		long max = days.stream().mapToLong(DayCount::count).max().orElse(0);
		long scale = niceCeiling(max);
		double step = (double) PLOT_WIDTH / n;
		double barWidth = Math.max(1, step * 0.72);
		List<Bar> bars = new ArrayList<>();
		List<Tick> ticks = new ArrayList<>();
		int every = (int) Math.max(1, Math.ceil(LABEL_ROOM / step));
		Double deadlineX = null;
		for (int i = 0; i < days.size(); i++) {
			DayCount d = days.get(i);
			double x = LEFT + i * step;
			double h = scale == 0 ? 0 : (double) d.count() / scale * PLOT_HEIGHT;
			String iso = ISO.format(d.day());
			bars.add(new Bar(DATE.format(d.day()), queue.to("from", iso, "to", iso), d.count(), round(x + (step - barWidth) / 2),
					round(TOP + PLOT_HEIGHT - h), round(barWidth), round(h)));
			if (i % every == 0) {
				ticks.add(new Tick(DATE.format(d.day()), round(x + step / 2)));
			}
			if (d.day().equals(deadline)) {
				deadlineX = round(x + step);
			}
		}
		List<Grid> grid = new ArrayList<>();
		if (scale > 0) {
			for (long v : scale >= 2 ? new long[] { 0, scale / 2, scale } : new long[] { 0, scale }) {
				grid.add(new Grid(v, round(TOP + PLOT_HEIGHT - (double) v / scale * PLOT_HEIGHT)));
			}
		}
		return new DayChart(LEFT + PLOT_WIDTH + RIGHT, TOP + PLOT_HEIGHT + BOTTOM, LEFT, TOP, PLOT_WIDTH, PLOT_HEIGHT,
				scale, bars, ticks, grid, deadlineX);
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}

	public int baseline() {
		return top + plotHeight;
	}

	public int right() {
		return left + plotWidth;
	}

	/** The smallest of 1, 2, 5 × 10ⁿ (even, so the middle grid line is a whole number) at or above {@code max}. */
	static long niceCeiling(long max) {
		if (max <= 0) {
			return 0;
		}
		if (max == 1) {
			return 2;
		}
		long magnitude = 1;
		while (magnitude * 10 <= max) {
			magnitude *= 10;
		}
		for (long m : new long[] { 1, 2, 4, 5, 10 }) {
			long candidate = m * magnitude;
			if (candidate >= max && candidate % 2 == 0) {
				return candidate;
			}
		}
		return 10 * magnitude;
	}

	private static double round(double v) {
		return Math.round(v * 10) / 10.0;
	}

}
