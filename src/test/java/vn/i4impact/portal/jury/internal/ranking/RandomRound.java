package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A seeded random round for tests and for checking the SQL ranking against this Java reference: every award has its
 * own panel in which a third of the jurors are harsh, a third lenient, a third fair, each with their own noise;
 * dossiers have a hidden quality; assignment gives each dossier its sheets from the least-loaded jurors (random among
 * equals), so loads are even and jurors' sets overlap.
 *
 * <p>Ids: award {@code a} (from 1), its dossiers {@code a × 100,000 + i}, its jurors {@code a × 1,000 + j}, its
 * criteria {@code a × 100 + c}; weights per award, random, summing to 100.
 *
 * <p>With {@code edgeCases}, each award also gets: a dossier missing one sheet (incomplete), the last dossier an
 * exact copy of dossier 4 (same jurors, same scores: tied under every method), a dossier with five sheets (trimmed mean),
 * a juror who gives every criterion the middle of the scale (no spread: keeps raw totals) and a juror with only two
 * sheets (keeps raw totals).
 */
final class RandomRound {

	record Spec(long seed, int awards, int dossiersPerAward, int sheetsPerDossier, int jurorsPerAward, int criteria,
			int scaleMax, boolean edgeCases) {

		static Spec of(long seed, int awards, int dossiersPerAward, int jurorsPerAward) {
			return new Spec(seed, awards, dossiersPerAward, 3, jurorsPerAward, 5, 10, true);
		}
	}

	final List<Entry> entries = new ArrayList<>();
	final List<Sheet> sheets = new ArrayList<>();
	/** Each juror's bias in points of the scale: below 0 harsh, above 0 lenient. */
	final Map<Long, Double> bias = new LinkedHashMap<>();
	/** Each dossier's hidden quality on the scale. */
	final Map<Long, Double> quality = new HashMap<>();

	private final SplittableRandom random;
	private final Spec spec;

	private RandomRound(Spec spec) {
		this.spec = spec;
		this.random = new SplittableRandom(spec.seed());
		for (int a = 1; a <= spec.awards(); a++) {
			award(a);
		}
	}

	static RandomRound of(Spec spec) {
		return new RandomRound(spec);
	}

	private void award(long award) {
		double unit = spec.scaleMax() / 10.0;
		Map<Long, Integer> weights = weights(award);
		List<Long> jurors = new ArrayList<>();
		Map<Long, Double> noise = new HashMap<>();
		for (int j = 0; j < spec.jurorsPerAward(); j++) {
			long juror = award * 1_000 + j;
			double b = j % 3 == 0 ? -uniform(1.5, 3) : j % 3 == 1 ? uniform(1.5, 3) : uniform(-0.5, 0.5);
			bias.put(juror, b * unit);
			noise.put(juror, uniform(0.5, 1.5) * unit);
			jurors.add(juror);
		}
		Map<Long, Integer> load = new HashMap<>();
		jurors.forEach(j -> load.put(j, 0));
		long flatJuror = award * 1_000 + 999;
		for (int i = 0; i < spec.dossiersPerAward(); i++) {
			long dossier = award * 100_000 + i;
			double q = spec.scaleMax() * (0.55 + 0.18 * gaussian());
			quality.put(dossier, q);
			entries.add(new Entry(dossier, award, spec.sheetsPerDossier()));
			List<Long> panel = new ArrayList<>(jurors);
			shuffle(panel);
			panel.sort(Comparator.comparing(load::get));
			int count = spec.edgeCases() && i == 0 ? spec.sheetsPerDossier() - 1 : spec.sheetsPerDossier();
			for (long juror : panel.subList(0, count)) {
				load.merge(juror, 1, Integer::sum);
				Map<Long, Integer> scores = new HashMap<>();
				for (long criterion : weights.keySet()) {
					double raw = q + bias.get(juror) + noise.get(juror) * gaussian() + 0.1 * spec.scaleMax() * gaussian();
					scores.put(criterion, (int) Math.max(0, Math.min(spec.scaleMax(), Math.round(raw))));
				}
				sheets.add(new Sheet(juror, dossier, award, scores, weights, spec.scaleMax()));
			}
			if (spec.edgeCases() && i >= 1 && i <= 3) {
				// extra sheets on dossiers 1-3 (dossier 1 then has five: the trimmed mean applies): the flat juror
				// scores the three alike (no spread), the two-sheet juror two of them
				sheets.add(new Sheet(flatJuror, dossier, award, middle(weights, 0), weights, spec.scaleMax()));
				bias.putIfAbsent(flatJuror, 0.0);
				if (i <= 2) {
					long fewJuror = award * 1_000 + 998;
					sheets.add(new Sheet(fewJuror, dossier, award, middle(weights, i), weights, spec.scaleMax()));
					bias.putIfAbsent(fewJuror, 0.0);
				}
			}
		}
		if (spec.edgeCases() && spec.dossiersPerAward() >= 5) {
			copy(award * 100_000 + 4, award * 100_000 + spec.dossiersPerAward());
		}
	}

	/** A new dossier scored by the same jurors with the same scores as {@code original}. */
	private void copy(long original, long twin) {
		Entry entry = entries.stream().filter(e -> e.dossier() == original).findFirst().orElseThrow();
		entries.add(new Entry(twin, entry.award(), entry.requiredSheets()));
		quality.put(twin, quality.get(original));
		for (Sheet s : List.copyOf(sheets)) {
			if (s.dossier() == original) {
				sheets.add(new Sheet(s.juror(), twin, s.award(), s.scores(), s.weights(), s.scaleMax()));
			}
		}
	}

	private Map<Long, Integer> middle(Map<Long, Integer> weights, int shift) {
		Map<Long, Integer> scores = new HashMap<>();
		weights.keySet().forEach(c -> scores.put(c, Math.min(spec.scaleMax(), spec.scaleMax() / 2 + shift)));
		return scores;
	}

	private Map<Long, Integer> weights(long award) {
		int[] parts = new int[spec.criteria()];
		int sum = 0;
		for (int c = 0; c < parts.length; c++) {
			parts[c] = 1 + random.nextInt(5);
			sum += parts[c];
		}
		Map<Long, Integer> weights = new LinkedHashMap<>();
		int given = 0;
		for (int c = 0; c < parts.length; c++) {
			int w = c == parts.length - 1 ? 100 - given : Math.max(1, 100 * parts[c] / sum);
			weights.put(award * 100 + c + 1, w);
			given += w;
		}
		return weights;
	}

	private void shuffle(List<Long> list) {
		for (int i = list.size() - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			Long swap = list.get(i);
			list.set(i, list.get(j));
			list.set(j, swap);
		}
	}

	private double uniform(double from, double to) {
		return from + (to - from) * random.nextDouble();
	}

	/** Box–Muller, from the seeded generator only. */
	private double gaussian() {
		double u = 1 - random.nextDouble();
		return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
	}
}
