package vn.i4impact.portal.program;

import java.util.Arrays;
import java.util.List;

public enum EditionStatus {

	DRAFT, OPEN, IN_REVIEW, JURY, RESULTS_PUBLISHED, ARCHIVED;

	public String messageKey() {
		return "editionStatus." + name();
	}

	/** Drafts are the committee's work in progress and never shown to the public. */
	public boolean isPublic() {
		return this != DRAFT;
	}

	/**
	 * An edition moves one step forward at a time; the only step back is from OPEN to DRAFT (a mistaken opening), so
	 * an edition never returns to nominations once review has started.
	 */
	public boolean canMoveTo(EditionStatus target) {
		if (target == null) {
			return false;
		}
		return target.ordinal() == ordinal() + 1 || (this == OPEN && target == DRAFT);
	}

	/** The statuses this one may move to, for the buttons on the admin page. */
	public List<EditionStatus> nextSteps() {
		return Arrays.stream(values()).filter(this::canMoveTo).toList();
	}

}
