package vn.i4impact.portal.nomination;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.i4impact.portal.nomination.NominationStatus.*;

class NominationStatusTest {

	@Test
	void theUnitsPath() {
		assertThat(DRAFT.canMoveTo(SUBMITTED)).isTrue();
		assertThat(SUBMITTED.canMoveTo(DRAFT)).as("reopen before the deadline").isTrue();
		assertThat(CHANGES_REQUESTED.canMoveTo(SUBMITTED)).isTrue();
		assertThat(DRAFT.canMoveTo(ELIGIBLE)).isFalse();
	}

	@Test
	void onlyDraftsAndRequestedChangesAreEditable() {
		assertThat(DRAFT.isEditableByUnit()).isTrue();
		assertThat(CHANGES_REQUESTED.isEditableByUnit()).isTrue();
		assertThat(SUBMITTED.isEditableByUnit()).isFalse();
		assertThat(ELIGIBLE.isEditableByUnit()).isFalse();
	}

	@Test
	void withdrawalOnlyBeforeTheJury() {
		assertThat(SUBMITTED.isWithdrawable()).isTrue();
		assertThat(ELIGIBLE.isWithdrawable()).isFalse();
		assertThat(SHORTLISTED.canMoveTo(WITHDRAWN)).isFalse();
	}

	@ParameterizedTest
	@EnumSource(names = { "INELIGIBLE", "NOT_SHORTLISTED", "HONOURED", "NOT_HONOURED", "WITHDRAWN" })
	void finalStatusesLeadNowhere(NominationStatus status) {
		assertThat(status.isFinal()).isTrue();
		assertThat(status.next()).isEmpty();
	}

	@Test
	void referenceCodes() {
		assertThat(new ReferenceCode("I4IA", 2026, "2.3", 17)).hasToString("I4IA-2026-2.3-0017");
		assertThatThrownBy(() -> new ReferenceCode("I4IA", 2026, "2.3", 0)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new ReferenceCode("I4IA", 2026, "../x", 1)).isInstanceOf(IllegalArgumentException.class);
	}

}
