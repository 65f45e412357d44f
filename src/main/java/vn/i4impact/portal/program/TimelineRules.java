package vn.i4impact.portal.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What makes a timeline consistent. Each phase ends after it starts; the working phases follow one another (review
 * starts only once nominations are closed, the final round only after the preliminary one, the ceremony after the
 * final round); results are published no earlier than the ceremony starts (they are announced there).
 */
public final class TimelineRules {

	/** A problem found on one field of one phase; {@code other} is the phase it conflicts with, if any. */
	public record Violation(Phase phase, String field, String messageKey, Phase other) {
	}

	/** The proposed dates of one phase; both null = the phase is not planned. */
	public record Proposed(Instant startsAt, Instant endsAt) {
	}

	private TimelineRules() {
	}

	public static List<Violation> check(Map<Phase, Proposed> proposed) {
		List<Violation> violations = new ArrayList<>();
		Map<Phase, Proposed> complete = new EnumMap<>(Phase.class);
		for (Phase phase : Phase.values()) {
			Proposed p = proposed.get(phase);
			if (p == null || (p.startsAt() == null && p.endsAt() == null)) {
				continue;
			}
			if (p.startsAt() == null) {
				violations.add(new Violation(phase, "start", "timeline.startMissing", null));
			}
			else if (p.endsAt() == null) {
				violations.add(new Violation(phase, "end", "timeline.endMissing", null));
			}
			else if (p.endsAt().isBefore(p.startsAt())) {
				violations.add(new Violation(phase, "end", "timeline.endBeforeStart", null));
			}
			else {
				complete.put(phase, p);
			}
		}
		Phase previous = null;
		for (Phase phase : complete.keySet()) {
			if (previous != null) {
				Proposed before = complete.get(previous);
				Proposed p = complete.get(phase);
				if (phase == Phase.RESULTS_PUBLICATION) {
					if (p.startsAt().isBefore(before.startsAt())) {
						violations.add(new Violation(phase, "start", "timeline.startsBeforeStartOf", previous));
					}
				}
				else if (p.startsAt().isBefore(before.endsAt())) {
					violations.add(new Violation(phase, "start", "timeline.startsBeforeEndOf", previous));
				}
			}
			previous = phase;
		}
		return violations;
	}

}
