package vn.i4impact.portal.program;

/**
 * The committee started a new edition from an earlier one (the admin screen's clone). Later modules copy what they
 * own of the source edition (the jury: its rounds and criteria), shifted by the same number of days.
 */
public record EditionCloned(long sourceEditionId, long newEditionId, int shiftDays) {
}
