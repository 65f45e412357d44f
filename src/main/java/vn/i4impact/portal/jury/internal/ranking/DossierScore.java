package vn.i4impact.portal.jury.internal.ranking;

import java.util.Map;

/**
 * A dossier's scores in a round by the four methods, its spread, its flags, and what the tie-break rules compare.
 * Scores are NaN for a dossier without sheets.
 *
 * @param totals          the sheets' totals, ordered by juror id
 * @param sd              population standard deviation of the totals
 * @param criterionPoints per criterion, the mean over the sheets of {@code weight × score / scaleMax}
 * @param topMarks        how many criterion scores, over all the dossier's sheets, are the top of the scale
 */
public record DossierScore(long dossier, long award, int sheets, int requiredSheets, double mean, double median,
		double trimmedMean, double normalised, double min, double max, double sd, boolean disagreement,
		double[] totals, Map<Long, Double> criterionPoints, int topMarks) {

	public double score(Method method) {
		switch (method) {
		case MEAN:
			return mean;
		case MEDIAN:
			return median;
		case TRIMMED_MEAN:
			return trimmedMean;
		default:
			return normalised;
		}
	}

	/** Fewer sheets than the round requires: never ranked, always shown. */
	public boolean incomplete() {
		return sheets < requiredSheets;
	}

	/** {@code max − min} of the totals; 0 for fewer than two sheets. */
	public double range() {
		return sheets < 2 ? 0 : max - min;
	}

	public double[] totals() {
		return totals.clone();
	}
}
