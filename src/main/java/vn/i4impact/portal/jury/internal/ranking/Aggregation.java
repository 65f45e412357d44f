package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A round's scores, per dossier, by four methods side by side; the reference the SQL ranking must match to 1e-9.
 *
 * <p>Only submitted sheets of non-conflicted jurors are passed in. Every statistic below is over values taken in a
 * fixed order (sheets by juror id, dossiers by id), and every standard deviation is the <b>population</b> one,
 * {@code sd(x) = sqrt(Σ(x_i − mean(x))² / n)} — SQL {@code stddev_pop} (defined for one value, where it is 0).
 *
 * <ul>
 * <li><b>Sheet total</b> (0–100): {@code t = Σ_c w_c × s_c / scaleMax}, weights {@code w_c} summing to 100, whole
 * scores {@code s_c} in {@code 0..scaleMax}. SQL: {@code sum(weight * score)::float8 / scale_max}.</li>
 * <li><b>Mean</b>: {@code Σ t_i / n} over the dossier's sheets.</li>
 * <li><b>Median</b>: the middle total, or the mean of the two middle totals when n is even
 * ({@code percentile_cont(0.5)}).</li>
 * <li><b>Trimmed mean</b>: when {@code n ≥ 5}, the mean without one highest and one lowest total
 * ({@code (Σ t − max − min) / (n − 2)}); below 5 sheets it equals the mean.</li>
 * <li><b>Normalised</b>: let {@code M} and {@code S} be the mean and population sd of every sheet total of the round
 * (all awards, all dossiers, complete or not), and {@code m_j}, {@code s_j} those of the {@code n_j} sheets juror j
 * submitted in the round. Each sheet's normalised total is {@code M + S × (t − m_j) / s_j}, except that a juror with
 * {@code n_j < 3} or {@code s_j ≤ 1e-9} keeps raw totals {@code t}. The dossier's normalised score is the mean of its
 * sheets' normalised totals.</li>
 * <li><b>Incomplete</b>: fewer sheets than the entry requires. Still scored (NaN with no sheet), never ranked.</li>
 * <li><b>Disagreement</b>: {@code max − min} of the dossier's totals above the round's threshold (default 25) by
 * more than 1e-9 ({@code max − min > threshold + 1e-9}, so a range of exactly the threshold is not flagged whatever
 * the rounding); reported with the totals' sd. With fewer than two sheets the range is 0.</li>
 * <li><b>Tie-break inputs</b>: per criterion c, the mean over the dossier's sheets of {@code w_c × s_c / scaleMax};
 * top marks = how many criterion scores on the dossier's sheets equal {@code scaleMax}.</li>
 * <li><b>Juror calibration</b> per award: the juror's count, mean and sd of totals against all sheets of the award
 * (the panel), {@code offset = mean − panelMean}, and {@code peerOffset} = mean over the juror's sheets of
 * {@code t − mean(other sheets of the same dossier)}, over dossiers that others scored too.</li>
 * </ul>
 */
public final class Aggregation {

	public static final double DEFAULT_DISAGREEMENT_THRESHOLD = 25;

	private final List<Entry> entries;
	private final List<Sheet> sheets;
	private final double disagreementThreshold;
	private final Normalisation normalisation;
	private final Map<Long, List<Sheet>> sheetsByDossier = new TreeMap<>();
	private final Map<Long, DossierScore> scores = new TreeMap<>();

	private Aggregation(Collection<Entry> entries, Collection<Sheet> sheets, double disagreementThreshold,
			Normalisation normalisation) {
		this.entries = List.copyOf(entries);
		this.sheets = List.copyOf(sheets);
		this.disagreementThreshold = disagreementThreshold;
		Map<Long, Entry> byDossier = new TreeMap<>();
		for (Entry entry : entries) {
			if (byDossier.put(entry.dossier(), entry) != null) {
				throw new IllegalArgumentException("dossier " + entry.dossier() + " entered twice");
			}
			sheetsByDossier.put(entry.dossier(), new ArrayList<>());
		}
		Set<List<Long>> seen = new HashSet<>();
		for (Sheet sheet : sheets) {
			Entry entry = byDossier.get(sheet.dossier());
			if (entry == null || entry.award() != sheet.award()) {
				throw new IllegalArgumentException("sheet for dossier " + sheet.dossier() + " in award " + sheet.award()
						+ " that the round has not taken in");
			}
			if (!seen.add(List.of(sheet.juror(), sheet.dossier()))) {
				throw new IllegalArgumentException("two sheets of juror " + sheet.juror() + " for dossier "
						+ sheet.dossier());
			}
			sheetsByDossier.get(sheet.dossier()).add(sheet);
		}
		sheetsByDossier.values().forEach(list -> list.sort((a, b) -> Long.compare(a.juror(), b.juror())));
		this.normalisation = normalisation == null ? Normalisation.of(this.sheets) : normalisation;
		for (Entry entry : byDossier.values()) {
			scores.put(entry.dossier(), score(entry, sheetsByDossier.get(entry.dossier())));
		}
	}

	public static Aggregation of(Collection<Entry> entries, Collection<Sheet> sheets) {
		return of(entries, sheets, DEFAULT_DISAGREEMENT_THRESHOLD);
	}

	public static Aggregation of(Collection<Entry> entries, Collection<Sheet> sheets, double disagreementThreshold) {
		return new Aggregation(entries, sheets, disagreementThreshold, null);
	}

	/**
	 * This round without one juror's sheets, scoring only one award's dossiers: what leave-one-juror-out needs,
	 * without regrouping the whole round for each juror.
	 */
	Aggregation withoutJuror(long juror, long award) {
		List<Entry> awardEntries = entries.stream().filter(e -> e.award() == award).toList();
		List<Sheet> awardSheets = sheets.stream().filter(s -> s.award() == award && s.juror() != juror).toList();
		return new Aggregation(awardEntries, awardSheets, disagreementThreshold, normalisation.without(juror));
	}

	private DossierScore score(Entry entry, List<Sheet> own) {
		double[] totals = Normalisation.totals(own);
		double[] adjusted = new double[own.size()];
		Map<Long, Double> criterionPoints = new TreeMap<>();
		int topMarks = 0;
		for (int i = 0; i < own.size(); i++) {
			Sheet sheet = own.get(i);
			adjusted[i] = normalisation.adjusted(sheet);
			topMarks += sheet.topMarks();
			for (Long criterion : sheet.scores().keySet()) {
				criterionPoints.merge(criterion, sheet.criterionPoints(criterion), Double::sum);
			}
		}
		criterionPoints.replaceAll((criterion, sum) -> sum / own.size());
		double min = Stats.min(totals);
		double max = Stats.max(totals);
		// the tolerance keeps a range of exactly the threshold (say 700/9 − 475/9) unflagged despite rounding
		boolean disagreement = own.size() >= 2 && max - min > disagreementThreshold + Stats.TOLERANCE;
		return new DossierScore(entry.dossier(), entry.award(), own.size(), entry.requiredSheets(), Stats.mean(totals),
				Stats.median(totals), Stats.trimmedMean(totals), Stats.mean(adjusted), min, max, Stats.sdPop(totals),
				disagreement, totals, Map.copyOf(criterionPoints), topMarks);
	}

	public DossierScore dossier(long dossier) {
		DossierScore score = scores.get(dossier);
		if (score == null) {
			throw new IllegalArgumentException("dossier " + dossier + " is not in the round");
		}
		return score;
	}

	/** The award's dossiers, by id. */
	public List<DossierScore> award(long award) {
		return scores.values().stream().filter(s -> s.award() == award).toList();
	}

	public List<Entry> entries() {
		return entries;
	}

	public List<Sheet> sheets() {
		return sheets;
	}

	/** A dossier's sheets, by juror id. */
	public List<Sheet> sheetsOf(long dossier) {
		return List.copyOf(sheetsByDossier.getOrDefault(dossier, List.of()));
	}

	/** A sheet's normalised total (see the class comment). */
	public double normalisedTotal(Sheet sheet) {
		return normalisation.adjusted(sheet);
	}

	public double roundMean() {
		return normalisation.roundMean();
	}

	public double roundSd() {
		return normalisation.roundSd();
	}

	/** Every juror who scored in the award, against the award's panel, by juror id. */
	public List<JurorCalibration> calibration(long award) {
		List<Sheet> panel = sheets.stream().filter(s -> s.award() == award)
				.sorted((a, b) -> a.dossier() != b.dossier() ? Long.compare(a.dossier(), b.dossier())
						: Long.compare(a.juror(), b.juror()))
				.toList();
		double[] panelTotals = Normalisation.totals(panel);
		double panelMean = Stats.mean(panelTotals);
		double panelSd = Stats.sdPop(panelTotals);
		Map<Long, List<Sheet>> byJuror = new TreeMap<>();
		panel.forEach(s -> byJuror.computeIfAbsent(s.juror(), j -> new ArrayList<>()).add(s));
		List<JurorCalibration> result = new ArrayList<>();
		for (Map.Entry<Long, List<Sheet>> juror : byJuror.entrySet()) {
			double[] totals = Normalisation.totals(juror.getValue());
			double mean = Stats.mean(totals);
			result.add(new JurorCalibration(award, juror.getKey(), totals.length, mean, Stats.sdPop(totals),
					panelTotals.length, panelMean, panelSd, mean - panelMean, peerOffset(juror.getValue())));
		}
		return result;
	}

	private double peerOffset(List<Sheet> own) {
		List<Double> differences = new ArrayList<>();
		for (Sheet sheet : own) {
			List<Sheet> others = sheetsByDossier.get(sheet.dossier()).stream()
					.filter(s -> s.juror() != sheet.juror()).toList();
			if (!others.isEmpty()) {
				differences.add(sheet.total() - Stats.mean(Normalisation.totals(others)));
			}
		}
		return Stats.mean(differences.stream().mapToDouble(Double::doubleValue).toArray());
	}
}
