package vn.i4impact.portal.jury.internal.ranking;

import java.util.Map;

/** Small sheets for hand-checked tests: criteria 11, 12, 13 weighted 40/30/30 on 0–10, so a total is 4a + 3b + 3c. */
final class Sheets {

	static final long IMPACT = 11;
	static final long INNOVATION = 12;
	static final long SCALE = 13;
	static final Map<Long, Integer> WEIGHTS = Map.of(IMPACT, 40, INNOVATION, 30, SCALE, 30);

	private Sheets() {
	}

	static Sheet sheet(long juror, long dossier, long award, int impact, int innovation, int scale) {
		return new Sheet(juror, dossier, award, Map.of(IMPACT, impact, INNOVATION, innovation, SCALE, scale), WEIGHTS,
				10);
	}

	/** The same score on every criterion: total {@code 10 × score}. */
	static Sheet flat(long juror, long dossier, long award, int score) {
		return sheet(juror, dossier, award, score, score, score);
	}
}
