package vn.i4impact.portal.jury.internal.ranking;

/** The four ways of turning a dossier's sheets into one score (formulas in {@link Aggregation}). */
public enum Method {
	MEAN, MEDIAN, TRIMMED_MEAN, NORMALISED
}
