package vn.i4impact.portal.program;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.i4impact.portal.program.EditionStatus.*;

class EditionStatusTest {

	@Test
	void anEditionMovesOneStepForward() {
		assertThat(DRAFT.nextSteps()).containsExactly(OPEN);
		assertThat(OPEN.nextSteps()).containsExactly(DRAFT, IN_REVIEW);
		assertThat(IN_REVIEW.nextSteps()).containsExactly(JURY);
		assertThat(JURY.nextSteps()).containsExactly(RESULTS_PUBLISHED);
		assertThat(RESULTS_PUBLISHED.nextSteps()).containsExactly(ARCHIVED);
		assertThat(ARCHIVED.nextSteps()).isEmpty();
	}

	@Test
	void stepsCannotBeSkippedOrUndoneOnceReviewStarted() {
		assertThat(DRAFT.canMoveTo(JURY)).isFalse();
		assertThat(IN_REVIEW.canMoveTo(OPEN)).isFalse();
		assertThat(RESULTS_PUBLISHED.canMoveTo(JURY)).isFalse();
		assertThat(OPEN.canMoveTo(OPEN)).isFalse();
		assertThat(OPEN.canMoveTo(null)).isFalse();
	}

}
