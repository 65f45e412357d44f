package vn.i4impact.portal.jury.internal.ranking;

/** A dossier taken into the round, in one award, and how many sheets it needs to be ranked. */
public record Entry(long dossier, long award, int requiredSheets) {

	public Entry {
		if (requiredSheets < 1) {
			throw new IllegalArgumentException("a dossier needs at least one sheet: " + requiredSheets);
		}
	}
}
