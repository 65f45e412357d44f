package vn.i4impact.portal.program.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.program.AwardUsage;

import static org.assertj.core.api.Assertions.assertThat;

class AwardRemovalGuardTest {

	@Test
	void withoutAnyImplementationNothingIsInUse() {
		assertThat(new AwardRemovalGuard(List.of()).submittedNominations(List.of(1L, 2L))).isZero();
	}

	@Test
	void countsWhatTheNominationModuleReports() {
		AwardUsage usage = awardId -> awardId == 7L ? 3 : 0;
		var guard = new AwardRemovalGuard(List.of(usage));
		assertThat(guard.submittedNominations(List.of(7L, 8L))).isEqualTo(3);
		assertThat(guard.submittedNominations(List.of(8L))).isZero();
	}

}
