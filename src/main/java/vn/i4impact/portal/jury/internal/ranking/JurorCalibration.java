package vn.i4impact.portal.jury.internal.ranking;

/**
 * One juror against the panel of one award (all sheets of that award in the round).
 *
 * @param offset     {@code mean − panelMean}: below 0 harsh, above 0 lenient
 * @param peerOffset mean over the juror's sheets of (their total − the mean of the other jurors' totals on the same
 *                   dossier), counting only dossiers that others scored too; NaN when none. Unlike {@code offset}
 *                   it does not depend on which dossiers the juror happened to get.
 */
public record JurorCalibration(long award, long juror, int sheets, double mean, double sd, int panelSheets,
		double panelMean, double panelSd, double offset, double peerOffset) {
}
