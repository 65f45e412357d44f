package vn.i4impact.portal.results.internal;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.results.internal.Ceremony.Step;
import vn.i4impact.portal.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The live reveal's rules, without a database. */
class CeremonyTest {

	static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

	static final Publication LATER = new Publication(NOW.plusSeconds(3600));

	@Test
	void theNextAwardIsTheFirstNotYetRevealedInTheBroadcastOrder() {
		var ceremony = new Ceremony(true, 3, List.of(11L, 12L, 13L), List.of(new Step(11, 1, NOW)), LATER);
		assertThat(ceremony.next()).contains(12L);
		assertThat(ceremony.revealed(11)).isTrue();
		assertThat(ceremony.revealed(12)).isFalse();
		assertThat(ceremony.inProgress(NOW)).isTrue();
		assertThat(ceremony.inProgress(LATER.publishAt())).isFalse();
	}

	@Test
	void revealingRefusesAStaleButtonAStopOrAnEditionAlreadyPublished() {
		var notStarted = new Ceremony(false, 0, List.of(11L, 12L), List.of(), LATER);
		var ceremony = new Ceremony(true, 1, List.of(11L, 12L), List.of(new Step(11, 1, NOW)), LATER);
		assertThat(ceremony.revealNext(12L, NOW)).isEqualTo(new Step(12, 2, NOW));
		assertThat(ceremony.completedBy(new Step(12, 2, NOW))).isTrue();
		assertRefused(() -> ceremony.revealNext(11L, NOW), "results.ceremony.error.stale");
		assertRefused(() -> notStarted.revealNext(null, NOW), "results.ceremony.error.notStarted");
		assertRefused(() -> ceremony.revealNext(12L, LATER.publishAt()),
				"results.ceremony.error.published");
		var done = new Ceremony(true, 2, List.of(11L), List.of(new Step(11, 1, NOW)), LATER);
		assertRefused(() -> done.revealNext(null, NOW), "results.ceremony.error.nothingLeft");
	}

	@Test
	void theLastStepCanBeUndoneWithinAMinuteOnly() {
		var ceremony = new Ceremony(true, 2, List.of(11L, 12L), List.of(new Step(11, 1, NOW)), LATER);
		assertThat(ceremony.undoable(NOW.plusSeconds(59))).isTrue();
		assertThat(ceremony.undo(11L, NOW.plusSeconds(59))).isEqualTo(new Step(11, 1, NOW));
		assertThat(ceremony.undoable(NOW.plusSeconds(60))).isFalse();
		assertRefused(() -> ceremony.undo(11L, NOW.plusSeconds(60)), "results.ceremony.error.undoTooLate");
		assertRefused(() -> ceremony.undo(12L, NOW), "results.ceremony.error.stale");
		var none = new Ceremony(true, 1, List.of(11L), List.of(), LATER);
		assertRefused(() -> none.undo(null, NOW), "results.ceremony.error.nothingToUndo");
		var published = new Ceremony(true, 2, List.of(11L), List.of(new Step(11, 1, NOW)), new Publication(NOW));
		assertRefused(() -> published.undo(11L, NOW.plusSeconds(1)), "results.ceremony.error.undoPublished");
	}

	@Test
	void startingNeedsSomethingToRevealAndHappensOnce() {
		assertRefused(() -> new Ceremony(false, 0, List.of(), List.of(), LATER).start(NOW),
				"results.ceremony.error.noHonourees");
		assertRefused(() -> new Ceremony(true, 0, List.of(11L), List.of(), LATER).start(NOW),
				"results.ceremony.error.started");
		assertRefused(() -> new Ceremony(false, 0, List.of(11L), List.of(), new Publication(NOW)).start(NOW),
				"results.ceremony.error.published");
		new Ceremony(false, 0, List.of(11L), List.of(), LATER).start(NOW);
	}

	private static void assertRefused(Runnable step, String key) {
		assertThatThrownBy(step::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}

}
