package vn.i4impact.portal.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.UnitType;

/** The secretariat's steps on the aggregate: which are allowed when, and what a request for changes does to dates. */
class NominationDecisionRulesTest {

	private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

	private static final Instant EDITION_DEADLINE = NOW.minus(Duration.ofDays(3));

	private static Nomination submitted() {
		Nomination n = new Nomination(1, 10, 100, NominationKind.SELF,
				new Nomination.Nominee(UnitType.ENTERPRISE, "Công ty A", null, null, null, null), 5,
				NOW.minus(Duration.ofDays(10)));
		n.submit("I4IA-2026-1.3-0001", 5, NOW.minus(Duration.ofDays(5)), EDITION_DEADLINE, null);
		return n;
	}

	@Test
	void aRequestForChangesOpensTheDossierUntilItsOwnDateEvenAfterTheEditionDeadline() {
		Nomination n = submitted();
		Instant due = NOW.plus(Duration.ofDays(7));
		assertThat(n.requestChanges(due, 9, NOW)).isEqualTo(NominationStatus.SUBMITTED);
		assertThat(n.getStatus()).isEqualTo(NominationStatus.CHANGES_REQUESTED);
		assertThat(n.deadline(EDITION_DEADLINE)).isEqualTo(due);
		n.saveDraft("Mới", Map.of(1L, "bổ sung"), 5, NOW.plus(Duration.ofDays(1)), n.deadline(EDITION_DEADLINE));
		assertThatThrownBy(() -> n.saveDraft("Muộn", Map.of(), 5, due.plusSeconds(1), n.deadline(EDITION_DEADLINE)))
			.hasMessage("nomination.error.deadlinePassed");
		n.submit("ignored", 5, NOW.plus(Duration.ofDays(2)), n.deadline(EDITION_DEADLINE), null);
		assertThat(n.getReferenceCode()).as("the reference stays").isEqualTo("I4IA-2026-1.3-0001");
		assertThat(n.deadline(EDITION_DEADLINE)).as("once resubmitted the edition's deadline applies again")
			.isEqualTo(EDITION_DEADLINE);
	}

	@Test
	void aDueDateInThePastIsRefused() {
		assertThatThrownBy(() -> submitted().requestChanges(NOW.minusSeconds(1), 9, NOW))
			.hasMessage("decision.error.duePast");
	}

	@Test
	void decisionsFollowTheLifeOfTheDossier() {
		Nomination n = submitted();
		n.markEligible(9, NOW);
		assertThatThrownBy(() -> n.markEligible(9, NOW)).hasMessage("decision.error.notAllowed");
		n.declareIneligible(9, NOW);
		assertThatThrownBy(() -> n.requestChanges(NOW.plusSeconds(60), 9, NOW)).hasMessage("decision.error.notAllowed");
		assertThatThrownBy(() -> n.moveToAward(11, "X", 9, NOW)).hasMessage("decision.error.notAllowed");
	}

	@Test
	void aMoveChangesTheAwardAndTheReferenceButNotTheStatus() {
		Nomination n = submitted();
		assertThatThrownBy(() -> n.moveToAward(10, "X", 9, NOW)).hasMessage("decision.error.sameAward");
		n.moveToAward(11, "I4IA-2026-2.1-0004", 9, NOW);
		assertThat(n.getAwardId()).isEqualTo(11);
		assertThat(n.getReferenceCode()).isEqualTo("I4IA-2026-2.1-0004");
		assertThat(n.getStatus()).isEqualTo(NominationStatus.SUBMITTED);
	}

	@Test
	void anExtensionOfARequestMovesItsDate() {
		Nomination n = submitted();
		n.requestChanges(NOW.plus(Duration.ofDays(1)), 9, NOW);
		Instant later = NOW.plus(Duration.ofDays(4));
		n.extendDeadline(later, 9, NOW);
		assertThat(n.deadline(EDITION_DEADLINE)).isEqualTo(later);
		assertThat(n.getDeadlineOverride()).isNull();
	}

	@Test
	void aRequestForChangesNeverShortensTheNormalDeadline() {
		Instant editionOpenUntil = NOW.plus(Duration.ofDays(20));
		Nomination n = new Nomination(1, 10, 100, NominationKind.SELF,
				new Nomination.Nominee(UnitType.ENTERPRISE, "Công ty B", null, null, null, null), 5,
				NOW.minus(Duration.ofDays(10)));
		n.submit("I4IA-2026-1.3-0002", 5, NOW.minus(Duration.ofDays(1)), editionOpenUntil, null);
		Instant due = NOW.plus(Duration.ofDays(7));
		n.requestChanges(due, 9, NOW);
		assertThat(n.deadline(editionOpenUntil)).as("the edition is open longer than the request asks")
			.isEqualTo(editionOpenUntil);
		n.saveDraft("Vẫn trong hạn chung", Map.of(), 5, due.plus(Duration.ofDays(1)), n.deadline(editionOpenUntil));
		// an extension of the dossier itself counts as its normal deadline too
		Nomination extended = submitted();
		extended.extendDeadline(NOW.plus(Duration.ofDays(30)), 9, NOW);
		extended.requestChanges(NOW.plus(Duration.ofDays(5)), 9, NOW);
		assertThat(extended.deadline(EDITION_DEADLINE)).isEqualTo(NOW.plus(Duration.ofDays(30)));
		// and a later request date still wins over both
		Nomination later = submitted();
		later.requestChanges(NOW.plus(Duration.ofDays(9)), 9, NOW);
		assertThat(later.deadline(EDITION_DEADLINE)).isEqualTo(NOW.plus(Duration.ofDays(9)));
	}

}
