package vn.i4impact.portal.shared.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** One rule for "days left": whole days, as the countdown shows them. */
class DaysLeftTest {

	static final Instant NOW = Instant.parse("2027-04-27T02:00:00Z");

	@Test
	void countsWholeDaysLikeTheCountdown() {
		// 3 days 14 hours: the countdown reads "3 ngày 14:00:00", so the list says 3, not 4
		assertThat(DaysLeft.between(NOW, NOW.plus(Duration.ofHours(3 * 24 + 14)))).isEqualTo(3);
		assertThat(DaysLeft.between(NOW, NOW.plus(Duration.ofDays(20)))).isEqualTo(20);
		assertThat(DaysLeft.between(NOW, NOW.plus(Duration.ofDays(20)).minusSeconds(1))).isEqualTo(19);
	}

	@Test
	void theLastDayIsZeroAndSoIsAPassedDeadline() {
		assertThat(DaysLeft.between(NOW, NOW.plus(Duration.ofHours(23)))).isZero();
		assertThat(DaysLeft.between(NOW, NOW)).isZero();
		assertThat(DaysLeft.between(NOW, NOW.minus(Duration.ofDays(2)))).isZero();
	}

	@Test
	void theCountdownScriptUsesTheSameRule() throws Exception {
		String script = new String(getClass().getResourceAsStream("/static/js/portal.js").readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(script).contains("Math.floor(left / 86400)");
	}

}
