package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * How solid each dossier's side of a cut line is: the first {@code top} ranked dossiers of an award (official method,
 * the round's tie-break rules) are "above". Only ranked (complete) dossiers take part.
 *
 * <ul>
 * <li><b>Other methods</b>: the dossier's rank under each of the other three methods (same rules and votes); its side
 * changes when that rank is on the other side of {@code top}.</li>
 * <li><b>Leave one juror out</b>: for each juror who submitted a sheet in the round, drop all that juror's sheets
 * and recompute everything — the normalisation included (round mean and sd, every juror's mean and sd, the fallback
 * below 3 sheets) — then rank the same dossiers under the official method with the same rules, ignoring the
 * "incomplete" flag (a dossier left without sheets ranks last). A juror without sheets in the award only matters
 * under the normalised method (through the round's figures), and is skipped otherwise, which changes nothing.</li>
 * <li><b>Bootstrap</b>: {@code draws} times, each dossier's sheets (n of them, ordered by juror id) are resampled n
 * times with replacement, and its official score is recomputed from the drawn totals (for the normalised method the
 * drawn sheets keep the normalised totals of the full round: the normalisation is not redone per draw). In each draw
 * a dossier is above when fewer than {@code top} dossiers are ahead of it — ties within 1e-9 (as a chain) count as
 * above, the tie-break rules are not applied, so a tie at the line favours both. {@code P(above)} is the share of
 * draws where it is above. The random numbers come from one {@code SplittableRandom(seed)}, drawn in the order
 * draw → dossier by id → sheet, so a report is reproducible to the bit.</li>
 * <li><b>Too close to call</b>: its side changes under another method or when some juror is left out, or
 * {@code low ≤ P(above) ≤ high} (defaults 0.1 and 0.9), or it is in an unresolved tie that straddles the line.</li>
 * </ul>
 */
public final class Robustness {

	/**
	 * @param top   how many dossiers are above the line
	 * @param draws bootstrap draws
	 * @param seed  the bootstrap's seed: the same seed, the same report
	 * @param low   a probability of being above at or above this (and at or below {@code high}) is too close to call
	 */
	public record Settings(int top, int draws, long seed, double low, double high) {

		public static final int DEFAULT_DRAWS = 1000;
		public static final long DEFAULT_SEED = 20261127L;

		public Settings {
			if (top < 0 || draws < 1 || !(0 <= low && low <= high && high <= 1)) {
				throw new IllegalArgumentException("top " + top + ", draws " + draws + ", low " + low + ", high " + high);
			}
		}

		public static Settings top(int top) {
			return new Settings(top, DEFAULT_DRAWS, DEFAULT_SEED, 0.1, 0.9);
		}
	}

	/**
	 * One ranked dossier against the line.
	 *
	 * @param methods the other methods under which it would be on the other side
	 * @param jurors  the jurors whose absence would put it on the other side, by id
	 */
	public record Row(long dossier, int rank, double score, boolean above, Set<Method> methods, List<Long> jurors,
			double probabilityAbove, boolean tiedAcrossLine, boolean tooCloseToCall) {

		public Row {
			methods = methods.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(methods));
			jurors = List.copyOf(jurors);
		}
	}

	private final Settings settings;
	private final List<Row> rows;

	private Robustness(Settings settings, List<Row> rows) {
		this.settings = settings;
		this.rows = List.copyOf(rows);
	}

	public static Robustness of(Aggregation round, long award, Method official, TieBreak tieBreak, Settings settings) {
		Ranking ranking = Ranking.of(round, award, official, tieBreak);
		List<RankedEntry> ranked = ranking.entries().stream().filter(RankedEntry::ranked).toList();
		Set<Long> straddling = new HashSet<>();
		ranking.blockingAt(settings.top()).forEach(e -> straddling.add(e.dossier()));
		Map<Long, List<Long>> jurorsMoving = leaveOneJurorOut(round, award, official, tieBreak, ranked, settings.top());
		Map<Long, Double> probabilities = Bootstrap.probabilities(round, ranked, official, settings);
		List<Row> rows = new ArrayList<>(ranked.size());
		for (RankedEntry entry : ranked) {
			boolean above = entry.rank() <= settings.top();
			Set<Method> methods = EnumSet.noneOf(Method.class);
			for (Method method : Method.values()) {
				if (method != official && entry.ranks().get(method) <= settings.top() != above) {
					methods.add(method);
				}
			}
			List<Long> jurors = jurorsMoving.getOrDefault(entry.dossier(), List.of());
			double p = probabilities.get(entry.dossier());
			boolean tied = straddling.contains(entry.dossier());
			boolean tooClose = !methods.isEmpty() || !jurors.isEmpty() || tied
					|| settings.low() <= p && p <= settings.high();
			rows.add(new Row(entry.dossier(), entry.rank(), entry.score().score(official), above, methods, jurors, p,
					tied, tooClose));
		}
		return new Robustness(settings, rows);
	}

	private static Map<Long, List<Long>> leaveOneJurorOut(Aggregation round, long award, Method official,
			TieBreak tieBreak, List<RankedEntry> ranked, int top) {
		Set<Long> rankedIds = new HashSet<>();
		ranked.forEach(e -> rankedIds.add(e.dossier()));
		Set<Long> jurors = new TreeSet<>();
		for (Sheet sheet : round.sheets()) {
			if (official == Method.NORMALISED || sheet.award() == award) {
				jurors.add(sheet.juror());
			}
		}
		Map<Long, List<Long>> moving = new HashMap<>();
		for (long juror : jurors) {
			Aggregation reduced = round.withoutJuror(juror, award);
			List<DossierScore> scores = reduced.award(award).stream().filter(d -> rankedIds.contains(d.dossier()))
					.toList();
			Map<Long, Integer> ranks = Ranking.ranks(scores, official, tieBreak);
			for (RankedEntry entry : ranked) {
				if (ranks.get(entry.dossier()) <= top != entry.rank() <= top) {
					moving.computeIfAbsent(entry.dossier(), d -> new ArrayList<>()).add(juror);
				}
			}
		}
		return moving;
	}

	public Settings settings() {
		return settings;
	}

	/** Every ranked dossier, by official rank. */
	public List<Row> rows() {
		return rows;
	}

	/** The rows within {@code window} places of the line on either side, and every row too close to call. */
	public List<Row> nearLine(int window) {
		int top = settings.top();
		return rows.stream().filter(r -> r.tooCloseToCall() || r.rank() > top - window && r.rank() <= top + window)
				.toList();
	}

	/** The bootstrap, apart so its inner loop stays on arrays. */
	static final class Bootstrap {

		private Bootstrap() {
		}

		static Map<Long, Double> probabilities(Aggregation round, List<RankedEntry> ranked, Method official,
				Settings settings) {
			List<Long> ids = ranked.stream().map(RankedEntry::dossier).sorted().toList();
			double[][] values = new double[ids.size()][];
			for (int i = 0; i < values.length; i++) {
				List<Sheet> sheets = round.sheetsOf(ids.get(i));
				values[i] = new double[sheets.size()];
				for (int k = 0; k < values[i].length; k++) {
					Sheet sheet = sheets.get(k);
					values[i][k] = official == Method.NORMALISED ? round.normalisedTotal(sheet) : sheet.total();
				}
			}
			int[] above = new int[ids.size()];
			double[] scores = new double[ids.size()];
			double[] sorted = new double[ids.size()];
			double[][] samples = new double[values.length][];
			for (int i = 0; i < values.length; i++) {
				samples[i] = new double[values[i].length];
			}
			SplittableRandom random = new SplittableRandom(settings.seed());
			for (int draw = 0; draw < settings.draws(); draw++) {
				for (int i = 0; i < values.length; i++) {
					double[] own = values[i];
					double[] sample = samples[i];
					for (int k = 0; k < sample.length; k++) {
						sample[k] = own[random.nextInt(own.length)];
					}
					scores[i] = statistic(official, sample);
				}
				double cutoff = cutoff(scores, sorted, settings.top());
				for (int i = 0; i < scores.length; i++) {
					if (scores[i] >= cutoff) {
						above[i]++;
					}
				}
			}
			Map<Long, Double> probabilities = new HashMap<>();
			for (int i = 0; i < above.length; i++) {
				probabilities.put(ids.get(i), (double) above[i] / settings.draws());
			}
			return probabilities;
		}

		private static double statistic(Method method, double[] sample) {
			switch (method) {
			case MEDIAN:
				return Stats.median(sample);
			case TRIMMED_MEAN:
				return Stats.trimmedMean(sample);
			default:
				return Stats.mean(sample);
			}
		}

		/**
		 * The lowest score still above the line: the {@code top}-th best, lowered along a chain of ties within 1e-9.
		 * Everything at or above it has fewer than {@code top} dossiers clearly ahead.
		 */
		static double cutoff(double[] scores, double[] sorted, int top) {
			int n = scores.length;
			if (top >= n) {
				return Double.NEGATIVE_INFINITY;
			}
			if (top == 0) {
				return Double.POSITIVE_INFINITY;
			}
			System.arraycopy(scores, 0, sorted, 0, n);
			Arrays.sort(sorted);
			int i = n - top;
			while (i > 0 && sorted[i] - sorted[i - 1] <= Stats.TOLERANCE) {
				i--;
			}
			return sorted[i];
		}
	}
}
