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

	/** A juror's mean and sd over their sheets (by dossier id), and whether their totals are normalised. */
	private record Juror(double mean, double sd, boolean normalised) {
	}

	private final List<Sheet> sheets;
	private final double roundMean;
	private final double roundSd;
	private final Map<Long, Juror> jurors;

	private Normalisation(List<Sheet> sheets, Map<Long, Juror> jurors) {
		this.sheets = sheets;
		this.jurors = jurors;
		double[] all = totals(sheets);
		roundMean = Stats.mean(all);
		roundSd = Stats.sdPop(all);
	}

	/** @param sheets every sheet of the round; M and S are summed in this order */
	static Normalisation of(List<Sheet> sheets) {
		Map<Long, List<Sheet>> byJuror = new TreeMap<>();
		for (Sheet sheet : sheets) {
			byJuror.computeIfAbsent(sheet.juror(), j -> new ArrayList<>()).add(sheet);
		}
		Map<Long, Juror> jurors = new HashMap<>();
		byJuror.forEach((juror, own) -> {
			own.sort((a, b) -> Long.compare(a.dossier(), b.dossier()));
			double[] totals = totals(own);
			double sd = Stats.sdPop(totals);
			jurors.put(juror, new Juror(Stats.mean(totals), sd, own.size() >= MIN_SHEETS && sd > Stats.TOLERANCE));
		});
		return new Normalisation(List.copyOf(sheets), jurors);
	}

	/**
	 * The same as {@code of(sheets without the juror's)}, bit for bit, without regrouping: the other jurors' own means
	 * and spreads do not depend on the juror left out, only the round's M and S do.
	 */
	Normalisation without(long juror) {
		List<Sheet> rest = sheets.stream().filter(s -> s.juror() != juror).toList();
		Map<Long, Juror> others = new HashMap<>(jurors);
		others.remove(juror);
		return new Normalisation(rest, others);
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
		Juror juror = jurors.get(sheet.juror());
		if (juror == null) {
			throw new IllegalArgumentException("juror " + sheet.juror() + " has no sheet in this round");
		}
		return juror.normalised() ? roundMean + roundSd * (sheet.total() - juror.mean()) / juror.sd() : sheet.total();
	}

	List<Sheet> sheets() {
		return sheets;
	}

	double roundMean() {
		return roundMean;
	}

	double roundSd() {
		return roundSd;
	}
}
