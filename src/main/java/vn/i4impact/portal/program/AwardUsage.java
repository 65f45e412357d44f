package vn.i4impact.portal.program;

/**
 * How many submitted nominations use an award. Implemented by the nomination module (which depends on program, not
 * the other way round); until then a default answers 0. Removing a used award or its category is refused.
 */
public interface AwardUsage {

	long submittedNominations(long awardId);

}
