package vn.i4impact.portal.jury.internal;

/** The preliminary round (vòng sơ khảo) shortlists; the final round (vòng chung khảo) picks the honourees. */
public enum RoundKind {

	PRELIMINARY, FINAL;

	public String messageKey() {
		return "jury.roundKind." + name();
	}

}
