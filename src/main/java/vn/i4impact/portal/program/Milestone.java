package vn.i4impact.portal.program;

import java.time.Instant;

/** The next moment that matters on a timeline: a phase that starts or a phase that ends (a deadline). */
public record Milestone(Phase phase, Instant at, boolean start) {

	public String messageKey() {
		return "milestone." + (start ? "start." : "end.") + phase.name();
	}

}
