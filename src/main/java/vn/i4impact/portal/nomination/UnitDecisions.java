package vn.i4impact.portal.nomination;

import java.util.List;

/**
 * The secretariat's decisions about a dossier as its unit reads them (never who took them). Implemented by
 * {@code review}, which owns them; the applicant's screens ask through this interface, so {@code nomination} never
 * depends on {@code review}.
 */
public interface UnitDecisions {

	/** Oldest first; empty when there are none. */
	List<DossierView.DecisionRecord> forUnit(long nominationId);

}
