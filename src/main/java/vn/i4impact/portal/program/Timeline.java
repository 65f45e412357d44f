package vn.i4impact.portal.program;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** An edition's phases and the rules read from them. */
public record Timeline(List<Entry> entries) {

	public record Entry(Phase phase, Instant startsAt, Instant endsAt) {

		public boolean isRunning(Instant now) {
			return !now.isBefore(startsAt) && now.isBefore(endsAt);
		}

		public boolean isOver(Instant now) {
			return !now.isBefore(endsAt);
		}

	}

	public Timeline {
		entries = entries.stream().sorted(Comparator.comparing(Entry::startsAt).thenComparing(Entry::phase)).toList();
	}

	public Optional<Entry> find(Phase phase) {
		return entries.stream().filter(e -> e.phase() == phase).findFirst();
	}

	/**
	 * What people should count down to: the earliest future start or end. A running phase's end is a deadline; the
	 * ceremony is counted down to its start.
	 */
	public Optional<Milestone> nextMilestone(Instant now) {
		Milestone best = null;
		for (Entry e : entries) {
			if (now.isBefore(e.startsAt())) {
				best = earlier(best, new Milestone(e.phase(), e.startsAt(), true));
			}
			else if (now.isBefore(e.endsAt()) && e.phase() != Phase.CEREMONY && e.phase() != Phase.RESULTS_PUBLICATION) {
				best = earlier(best, new Milestone(e.phase(), e.endsAt(), false));
			}
		}
		return Optional.ofNullable(best);
	}

	public boolean isNominationOpen(Instant now) {
		return find(Phase.NOMINATION).map(e -> e.isRunning(now)).orElse(false);
	}

	private static Milestone earlier(Milestone a, Milestone b) {
		return a == null || b.at().isBefore(a.at()) ? b : a;
	}

}
