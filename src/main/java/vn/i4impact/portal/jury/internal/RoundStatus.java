package vn.i4impact.portal.jury.internal;

/** DRAFT (being configured) → OPEN (jurors score) → CLOSED (every sheet frozen, also by a database trigger). */
public enum RoundStatus {

	DRAFT, OPEN, CLOSED;

	public String messageKey() {
		return "jury.roundStatus." + name();
	}

}
