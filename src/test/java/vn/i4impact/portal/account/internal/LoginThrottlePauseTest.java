package vn.i4impact.portal.account.internal;

import java.time.Duration;

import org.junit.jupiter.api.Test;


import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottlePauseTest {

	@Test
	void noPauseAtFirstThenDoublingPauses() {
		assertThat(LoginThrottle.pauseAfter(1, 3)).isZero();
		assertThat(LoginThrottle.pauseAfter(2, 3)).isZero();
		assertThat(LoginThrottle.pauseAfter(3, 3)).isEqualTo(Duration.ofSeconds(5));
		assertThat(LoginThrottle.pauseAfter(4, 3)).isEqualTo(Duration.ofSeconds(10));
		assertThat(LoginThrottle.pauseAfter(50, 3)).isEqualTo(Duration.ofSeconds(320));
	}

}
