package vn.i4impact.portal.jury.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoundTest {

	private static final Instant NOW = Instant.parse("2026-05-08T01:00:00Z");

	private Round round() {
		return new Round(1, RoundKind.PRELIMINARY, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));
	}

	@Test
	void defaultsFollowTheKind() {
		assertThat(round().getJurorsPerDossier()).isEqualTo(3);
		assertThat(round().jurorsNeeded(7)).isEqualTo(3);
		Round last = new Round(1, RoundKind.FINAL, NOW, NOW.plus(Duration.ofDays(9)));
		assertThat(last.getJurorsPerDossier()).isNull();
		assertThat(last.jurorsNeeded(7)).as("every panel member").isEqualTo(7);
		assertThat(last.isBlind()).isFalse();
		assertThat(last.getStatus()).isEqualTo(RoundStatus.DRAFT);
	}

	@Test
	void draftOpensThenCloses() {
		Round r = round();
		assertThat(r.acceptsScores(NOW)).isFalse();
		r.open(NOW);
		assertThat(r.getStatus()).isEqualTo(RoundStatus.OPEN);
		assertThat(r.getOpenedAt()).isEqualTo(NOW);
		assertThat(r.acceptsScores(NOW)).isTrue();
		assertThat(r.acceptsScores(r.getClosesAt())).as("not after the closing instant").isFalse();
		r.close(NOW.plusSeconds(60));
		assertThat(r.getStatus()).isEqualTo(RoundStatus.CLOSED);
		assertThat(r.acceptsScores(NOW)).isFalse();
	}

	@Test
	void stepsOutOfOrderAreRefused() {
		Round r = round();
		assertThatThrownBy(() -> r.close(NOW)).isInstanceOf(DomainException.class).hasMessage("jury.round.notOpen");
		r.open(NOW);
		assertThatThrownBy(() -> r.open(NOW)).isInstanceOf(DomainException.class).hasMessage("jury.round.notDraft");
		assertThatThrownBy(() -> r.configure(NOW, NOW.plusSeconds(1), null, null, 3, false))
			.as("settings are fixed once open").hasMessage("jury.round.notDraft");
		r.close(NOW);
		assertThatThrownBy(() -> r.close(NOW)).hasMessage("jury.round.notOpen");
		assertThatThrownBy(() -> r.open(NOW)).hasMessage("jury.round.notDraft");
	}

	@Test
	void settingsAreChecked() {
		Round r = round();
		assertThatThrownBy(() -> r.configure(NOW, NOW, null, null, 3, false)).hasMessage("jury.round.window");
		assertThatThrownBy(() -> r.configure(NOW, NOW.plusSeconds(1), null, null, 0, false)).hasMessage("jury.round.jurors");
		r.configure(NOW, NOW.plusSeconds(60), "Hướng dẫn", "Guidance", null, true);
		assertThat(r.isBlind()).isTrue();
		assertThat(r.getJurorsPerDossier()).isNull();
	}

	@Test
	void aRoundWhoseCloseHasPassedCannotOpen() {
		Round r = round();
		assertThatThrownBy(() -> r.open(r.getClosesAt())).hasMessage("jury.round.closesInPast");
	}

	@Test
	void criteriaChangeOnlyInADraftWithoutScores() {
		Round r = round();
		assertThat(r.criteriaEditable(false)).isTrue();
		assertThat(r.criteriaEditable(true)).as("a score freezes them").isFalse();
		assertThatThrownBy(() -> r.checkCriteriaEditable(true)).hasMessage("jury.criteria.locked");
		r.open(NOW);
		assertThat(r.criteriaEditable(false)).isFalse();
		assertThatThrownBy(() -> r.checkCriteriaEditable(false)).hasMessage("jury.criteria.locked");
		r.close(NOW);
		assertThat(r.criteriaEditable(false)).isFalse();
	}

}
