package vn.i4impact.portal.shared;

/**
 * The kinds of applicant unit, which are also the kinds of nominee an award may accept. INDIVIDUAL stands for a
 * person (awards such as 4.2 Innovation Leadership honour people).
 */
public enum UnitType {

	LOCALITY, STATE_BODY, ENTERPRISE, RESEARCH_INSTITUTE, STARTUP, INTERNATIONAL_ORG, ASSOCIATION, INDIVIDUAL;

	/** Message key of the type's name, e.g. {@code unitType.ENTERPRISE}. */
	public String messageKey() {
		return "unitType." + name();
	}

	/** Enterprises must give a tax code; startups may. */
	public boolean requiresTaxCode() {
		return this == ENTERPRISE;
	}

}
