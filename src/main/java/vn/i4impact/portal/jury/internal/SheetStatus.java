package vn.i4impact.portal.jury.internal;

/** Where a juror stands with one dossier, as their home page shows it. */
public enum SheetStatus {

	UNDECLARED, NOT_STARTED, IN_PROGRESS, SUBMITTED;

	public String messageKey() {
		return "jury.sheetStatus." + name();
	}

}
