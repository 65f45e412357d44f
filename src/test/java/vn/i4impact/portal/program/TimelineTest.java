package vn.i4impact.portal.program;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineTest {

	static final Instant MAR_5 = Instant.parse("2026-03-05T01:00:00Z");

	static final Instant APR_30 = Instant.parse("2026-04-30T16:59:59Z");

	static final Instant MAY_8 = Instant.parse("2026-05-07T17:00:00Z");

	static final Instant MAY_17 = Instant.parse("2026-05-17T16:59:59Z");

	static final Instant JUN_1 = Instant.parse("2026-06-01T12:30:00Z");

	final Timeline timeline = new Timeline(List.of(new Timeline.Entry(Phase.CEREMONY, JUN_1, JUN_1.plusSeconds(9000)),
			new Timeline.Entry(Phase.NOMINATION, MAR_5, APR_30),
			new Timeline.Entry(Phase.PRELIMINARY_ROUND, MAY_8, MAY_17)));

	@Test
	void beforeTheWindowCountsDownToItsOpening() {
		assertThat(timeline.nextMilestone(MAR_5.minusSeconds(60)))
			.contains(new Milestone(Phase.NOMINATION, MAR_5, true));
		assertThat(timeline.isNominationOpen(MAR_5.minusSeconds(1))).isFalse();
	}

	@Test
	void duringTheWindowCountsDownToTheDeadline() {
		assertThat(timeline.nextMilestone(MAR_5)).contains(new Milestone(Phase.NOMINATION, APR_30, false));
		assertThat(timeline.isNominationOpen(MAR_5)).isTrue();
		assertThat(timeline.isNominationOpen(APR_30.minusSeconds(1))).isTrue();
	}

	@Test
	void theDeadlineItselfIsClosed() {
		assertThat(timeline.isNominationOpen(APR_30)).isFalse();
		assertThat(timeline.nextMilestone(APR_30)).contains(new Milestone(Phase.PRELIMINARY_ROUND, MAY_8, true));
	}

	@Test
	void theCeremonyIsCountedDownToItsStartAndNothingAfterIt() {
		assertThat(timeline.nextMilestone(MAY_17)).contains(new Milestone(Phase.CEREMONY, JUN_1, true));
		assertThat(timeline.nextMilestone(JUN_1.plusSeconds(1))).isEmpty();
	}

	@Test
	void entriesAreOrderedByStart() {
		assertThat(timeline.entries()).extracting(Timeline.Entry::phase)
			.containsExactly(Phase.NOMINATION, Phase.PRELIMINARY_ROUND, Phase.CEREMONY);
	}

}
