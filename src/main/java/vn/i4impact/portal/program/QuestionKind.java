package vn.i4impact.portal.program;

/** How a nomination form question is answered; each kind carries its own limits (words, unit, choices, file kinds). */
public enum QuestionKind {

	SHORT_TEXT, LONG_TEXT, INTEGER, DECIMAL, DATE, YES_NO, SINGLE_CHOICE, URL, FILE;

	public String messageKey() {
		return "questionKind." + name();
	}

	public boolean hasWordLimit() {
		return this == LONG_TEXT;
	}

	public boolean hasUnit() {
		return this == INTEGER || this == DECIMAL;
	}

	public boolean hasOptions() {
		return this == SINGLE_CHOICE;
	}

	public boolean isFile() {
		return this == FILE;
	}

}
