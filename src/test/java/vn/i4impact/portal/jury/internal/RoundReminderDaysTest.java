package vn.i4impact.portal.jury.internal;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The round's automatic reminder setting: 3 days by default, 0–30, changeable until the round closes. */
class RoundReminderDaysTest {

	private static final Instant NOW = Instant.parse("2026-05-08T01:00:00Z");

	@Test
	void threeDaysByDefaultThenAnyWholeNumberFromZeroToThirtyUntilClosed() {
		Round r = new Round(1, RoundKind.PRELIMINARY, NOW.minus(Duration.ofDays(1)), NOW.plus(Duration.ofDays(9)));
		assertThat(r.getReminderDays()).isEqualTo(3);
		r.remindDaysBefore(0);
		assertThat(r.getReminderDays()).isZero();
		for (int bad : new int[] { -1, 31 }) {
			assertThatThrownBy(() -> r.remindDaysBefore(bad)).isInstanceOf(DomainException.class)
				.hasMessageContaining("jury.reminders.days");
		}
		r.open(NOW);
		r.remindDaysBefore(30);
		assertThat(r.getReminderDays()).isEqualTo(30);
		r.close(NOW.plus(Duration.ofDays(2)));
		assertThatThrownBy(() -> r.remindDaysBefore(5)).isInstanceOf(DomainException.class)
			.hasMessageContaining("jury.round.notOpen");
		assertThat(r.getReminderDays()).isEqualTo(30);
	}

}
