package vn.i4impact.portal.program;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.shared.PortalTime;

import static org.assertj.core.api.Assertions.assertThat;

class TimelineRulesTest {

	static Instant at(String localDateTime) {
		return LocalDateTime.parse(localDateTime).atZone(PortalTime.ZONE).toInstant();
	}

	/** The 2027 plan, consistent as given. */
	static Map<Phase, TimelineRules.Proposed> plan() {
		Map<Phase, TimelineRules.Proposed> p = new EnumMap<>(Phase.class);
		p.put(Phase.NOMINATION, new TimelineRules.Proposed(at("2027-03-05T08:00"), at("2027-04-30T23:59")));
		p.put(Phase.SECRETARIAT_REVIEW, new TimelineRules.Proposed(at("2027-05-01T00:00"), at("2027-05-07T23:59")));
		p.put(Phase.PRELIMINARY_ROUND, new TimelineRules.Proposed(at("2027-05-08T00:00"), at("2027-05-17T23:59")));
		p.put(Phase.FINAL_ROUND, new TimelineRules.Proposed(at("2027-05-18T00:00"), at("2027-05-27T23:59")));
		p.put(Phase.CEREMONY, new TimelineRules.Proposed(at("2027-06-01T19:30"), at("2027-06-01T22:00")));
		// results are announced during the ceremony, so they may start before it ends
		p.put(Phase.RESULTS_PUBLICATION, new TimelineRules.Proposed(at("2027-06-01T21:00"), at("2027-06-30T23:59")));
		return p;
	}

	@Test
	void aConsistentPlanPasses() {
		assertThat(TimelineRules.check(plan())).isEmpty();
	}

	@Test
	void phasesLeftOutAreAllowed() {
		var p = plan();
		p.remove(Phase.SECRETARIAT_REVIEW);
		p.put(Phase.CEREMONY, new TimelineRules.Proposed(null, null));
		assertThat(TimelineRules.check(p)).isEmpty();
	}

	@Test
	void anEndBeforeItsStartIsRefusedOnTheEnd() {
		var p = plan();
		p.put(Phase.FINAL_ROUND, new TimelineRules.Proposed(at("2027-05-27T00:00"), at("2027-05-18T00:00")));
		assertThat(TimelineRules.check(p))
			.containsExactly(new TimelineRules.Violation(Phase.FINAL_ROUND, "end", "timeline.endBeforeStart", null));
	}

	@Test
	void aFinalRoundBeforeThePreliminaryOneIsRefused() {
		var p = plan();
		p.put(Phase.FINAL_ROUND, new TimelineRules.Proposed(at("2027-05-10T00:00"), at("2027-05-12T00:00")));
		assertThat(TimelineRules.check(p)).contains(new TimelineRules.Violation(Phase.FINAL_ROUND, "start",
				"timeline.startsBeforeEndOf", Phase.PRELIMINARY_ROUND));
	}

	@Test
	void reviewCannotStartBeforeNominationsClose() {
		var p = plan();
		p.put(Phase.NOMINATION, new TimelineRules.Proposed(at("2027-03-05T08:00"), at("2027-05-03T17:00")));
		assertThat(TimelineRules.check(p)).containsExactly(new TimelineRules.Violation(Phase.SECRETARIAT_REVIEW,
				"start", "timeline.startsBeforeEndOf", Phase.NOMINATION));
	}

	@Test
	void resultsCannotBePublishedBeforeTheCeremonyStarts() {
		var p = plan();
		p.put(Phase.RESULTS_PUBLICATION, new TimelineRules.Proposed(at("2027-06-01T08:00"), at("2027-06-30T23:59")));
		assertThat(TimelineRules.check(p)).containsExactly(new TimelineRules.Violation(Phase.RESULTS_PUBLICATION,
				"start", "timeline.startsBeforeStartOf", Phase.CEREMONY));
	}

	@Test
	void halfFilledPhasesNameTheMissingField() {
		var p = plan();
		p.put(Phase.CEREMONY, new TimelineRules.Proposed(at("2027-06-01T19:30"), null));
		p.put(Phase.NOMINATION, new TimelineRules.Proposed(null, at("2027-04-30T23:59")));
		assertThat(TimelineRules.check(p)).containsExactly(
				new TimelineRules.Violation(Phase.NOMINATION, "start", "timeline.startMissing", null),
				new TimelineRules.Violation(Phase.CEREMONY, "end", "timeline.endMissing", null));
	}

}
