package vn.i4impact.portal.results.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import vn.i4impact.portal.shared.DomainException;

/**
 * The live reveal of an edition during the broadcast: its awards (those with honourees, in the broadcast order)
 * revealed one at a time; the last step may be undone within a minute. Loaded under the edition's row lock, so two
 * committee members on two nodes cannot reveal the same step twice.
 *
 * @param order    the awards to reveal, in the broadcast order
 * @param steps    the awards revealed so far, in order
 */
public record Ceremony(boolean started, long version, List<Long> order, List<Step> steps, Publication publication) {

	public static final Duration UNDO_WINDOW = Duration.ofMinutes(1);

	public record Step(long awardId, int number, Instant at) {
	}

	public Ceremony {
		order = List.copyOf(order);
		steps = List.copyOf(steps);
	}

	/** The award the next step reveals; empty when every award is revealed. */
	public Optional<Long> next() {
		return order.stream().filter(id -> steps.stream().noneMatch(s -> s.awardId() == id)).findFirst();
	}

	public Optional<Step> last() {
		return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
	}

	public boolean revealed(long awardId) {
		return steps.stream().anyMatch(s -> s.awardId() == awardId);
	}

	/** The public sees the revealed awards only: the reveal has begun and the results are not yet published. */
	public boolean inProgress(Instant now) {
		return started && !publication.published(now);
	}

	/** Whether the last step may still be undone at {@code now}. */
	public boolean undoable(Instant now) {
		return last().filter(s -> inProgress(now) && now.isBefore(s.at().plus(UNDO_WINDOW))).isPresent();
	}

	/** Opens the live page to the public, still empty. Refused once published or when there is nothing to reveal. */
	void start(Instant now) {
		if (publication.published(now)) {
			throw new DomainException("results.ceremony.error.published");
		}
		if (started) {
			throw new DomainException("results.ceremony.error.started");
		}
		if (order.isEmpty()) {
			throw new DomainException("results.ceremony.error.noHonourees");
		}
	}

	/**
	 * The next award in the broadcast order, if it is the one the committee member meant.
	 * @param expected the award the button named (null: whichever is next)
	 * @return the step to record
	 */
	Step revealNext(Long expected, Instant now) {
		if (publication.published(now)) {
			throw new DomainException("results.ceremony.error.published");
		}
		if (!started) {
			throw new DomainException("results.ceremony.error.notStarted");
		}
		long award = next().orElseThrow(() -> new DomainException("results.ceremony.error.nothingLeft"));
		if (expected != null && expected != award) {
			throw new DomainException("results.ceremony.error.stale");
		}
		return new Step(award, steps.size() + 1, now);
	}

	/** Whether recording {@code step} reveals the last award (the edition is then published). */
	boolean completedBy(Step step) {
		return next().filter(id -> id == step.awardId()).isPresent() && steps.size() + 1 == order.size();
	}

	/** The last step, taken back: only within a minute and while the results are not published. */
	Step undo(Long expected, Instant now) {
		if (publication.published(now)) {
			throw new DomainException("results.ceremony.error.undoPublished");
		}
		Step step = last().orElseThrow(() -> new DomainException("results.ceremony.error.nothingToUndo"));
		if (expected != null && expected != step.awardId()) {
			throw new DomainException("results.ceremony.error.stale");
		}
		if (!now.isBefore(step.at().plus(UNDO_WINDOW))) {
			throw new DomainException("results.ceremony.error.undoTooLate");
		}
		return step;
	}

}
