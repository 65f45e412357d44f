package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each juror's totals as z-scores over every sheet that juror submitted in the round, mapped back onto the round's
 * overall mean and population standard deviation: {@code adjusted = M + S × (total − m_j) / s_j}. A juror with fewer
 * than {@link #MIN_SHEETS} sheets, or whose spread {@code s_j} is at most 1e-9, keeps raw totals.
 */
final class Normalisation {

	/** Below this many sheets a juror's z-scores mean nothing. */
	static final int MIN_SHEETS = 3;

	private final double roundMean;
	private final double roundSd;
	private final Map<Long, Map<Long, Double>> adjustedByDossier;

	private Normalisation(List<Sheet> sheets) {
		double[] all = totals(sheets);
		roundMean = Stats.mean(all);
		roundSd = Stats.sdPop(all);
		Map<Long, List<Sheet>> byJuror = new TreeMap<>();
		for (Sheet sheet : sheets) {
			byJuror.computeIfAbsent(sheet.juror(), j -> new ArrayList<>()).add(sheet);
		}
		adjustedByDossier = new HashMap<>();
		for (Map.Entry<Long, List<Sheet>> juror : byJuror.entrySet()) {
			List<Sheet> own = juror.getValue();
			own.sort((a, b) -> Long.compare(a.dossier(), b.dossier()));
			double[] totals = totals(own);
			double mean = Stats.mean(totals);
			double sd = Stats.sdPop(totals);
			boolean normalised = own.size() >= MIN_SHEETS && sd > Stats.TOLERANCE;
			for (int i = 0; i < own.size(); i++) {
				double adjusted = normalised ? roundMean + roundSd * (totals[i] - mean) / sd : totals[i];
				adjustedByDossier.computeIfAbsent(own.get(i).dossier(), d -> new HashMap<>()).put(juror.getKey(), adjusted);
			}
		}
	}

	static Normalisation of(List<Sheet> sheets) {
		return new Normalisation(sheets);
	}

	static double[] totals(List<Sheet> sheets) {
		double[] totals = new double[sheets.size()];
		for (int i = 0; i < totals.length; i++) {
			totals[i] = sheets.get(i).total();
		}
		return totals;
	}

	/** The normalised total of one sheet of the round. */
	double adjusted(Sheet sheet) {
		Map<Long, Double> byJuror = adjustedByDossier.get(sheet.dossier());
		Double adjusted = byJuror == null ? null : byJuror.get(sheet.juror());
		if (adjusted == null) {
			throw new IllegalArgumentException("not a sheet of this round: juror " + sheet.juror() + ", dossier "
					+ sheet.dossier());
		}
		return adjusted;
	}

	double roundMean() {
		return roundMean;
	}

	double roundSd() {
		return roundSd;
	}
}
