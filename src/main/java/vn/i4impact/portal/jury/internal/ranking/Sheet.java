package vn.i4impact.portal.jury.internal.ranking;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One submitted score sheet of a round: a juror's whole-number score per criterion for one dossier, with the
 * criteria's weights (summing to 100) and the scale's maximum that applied to it.
 *
 * <p>Its total is {@code Σ_c weight_c × score_c / scaleMax}, on 0–100. The numerator is a whole number, so the
 * total is the same exact rational in Java and in SQL ({@code sum(weight * score)::float8 / scale_max}).
 */
public final class Sheet {

	private final long juror;
	private final long dossier;
	private final long award;
	private final SortedMap<Long, Integer> scores;
	private final SortedMap<Long, Integer> weights;
	private final int scaleMax;
	/** Kept: leave-one-juror-out and the bootstrap read totals many times. */
	private final long weightedSum;

	public Sheet(long juror, long dossier, long award, Map<Long, Integer> scores, Map<Long, Integer> weights,
			int scaleMax) {
		if (scaleMax < 1) {
			throw new IllegalArgumentException("scaleMax must be positive: " + scaleMax);
		}
		if (scores.isEmpty() || !scores.keySet().equals(weights.keySet())) {
			throw new IllegalArgumentException("a score for every weighted criterion, and only those: " + scores.keySet()
					+ " vs " + weights.keySet());
		}
		int weightSum = 0;
		for (int w : weights.values()) {
			if (w < 0) {
				throw new IllegalArgumentException("negative weight " + w);
			}
			weightSum += w;
		}
		if (weightSum != 100) {
			throw new IllegalArgumentException("weights must sum to 100, not " + weightSum);
		}
		long sum = 0;
		for (Map.Entry<Long, Integer> score : scores.entrySet()) {
			if (score.getValue() < 0 || score.getValue() > scaleMax) {
				throw new IllegalArgumentException("score " + score.getValue() + " outside 0.." + scaleMax);
			}
			sum += (long) weights.get(score.getKey()) * score.getValue();
		}
		this.juror = juror;
		this.dossier = dossier;
		this.award = award;
		// sorted copies: iteration order (and with it every floating-point sum) is the same wherever the map came from
		this.scores = Collections.unmodifiableSortedMap(new TreeMap<>(scores));
		this.weights = Collections.unmodifiableSortedMap(new TreeMap<>(weights));
		this.scaleMax = scaleMax;
		this.weightedSum = sum;
	}

	public long juror() {
		return juror;
	}

	public long dossier() {
		return dossier;
	}

	public long award() {
		return award;
	}

	/** Criterion id → whole-number score, by criterion id. */
	public SortedMap<Long, Integer> scores() {
		return scores;
	}

	/** Criterion id → weight, by criterion id. */
	public SortedMap<Long, Integer> weights() {
		return weights;
	}

	public int scaleMax() {
		return scaleMax;
	}

	/** {@code Σ weight × score}: a whole number between 0 and {@code 100 × scaleMax}. */
	public long weightedSum() {
		return weightedSum;
	}

	/** The sheet's total on 0–100. */
	public double total() {
		return (double) weightedSum() / scaleMax;
	}

	/** What one criterion adds to the total: {@code weight × score / scaleMax}; NaN when the sheet lacks it. */
	public double criterionPoints(long criterion) {
		Integer score = scores.get(criterion);
		return score == null ? Double.NaN : (double) weights.get(criterion) * score / scaleMax;
	}

	/** How many criteria got the top of the scale. */
	public int topMarks() {
		int count = 0;
		for (int s : scores.values()) {
			if (s == scaleMax) {
				count++;
			}
		}
		return count;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Sheet that && juror == that.juror && dossier == that.dossier && award == that.award
				&& scaleMax == that.scaleMax && scores.equals(that.scores) && weights.equals(that.weights);
	}

	@Override
	public int hashCode() {
		return Objects.hash(juror, dossier, award, scores, weights, scaleMax);
	}

	@Override
	public String toString() {
		return "Sheet[juror=" + juror + ", dossier=" + dossier + ", award=" + award + ", scores=" + scores
				+ ", weights=" + weights + ", scaleMax=" + scaleMax + "]";
	}
}
