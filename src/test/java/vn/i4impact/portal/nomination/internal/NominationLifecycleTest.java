package vn.i4impact.portal.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

import vn.i4impact.portal.nomination.Decision;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.DossierAction.Actor;
import vn.i4impact.portal.nomination.JuryStepTaken;
import vn.i4impact.portal.nomination.NominationDecided;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.NominationSubmitted;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.UnitType;

/** One guarded lifecycle: what each actor may do now, and the history lines and events the dossier records. */
class NominationLifecycleTest {

	private static final Instant NOW = Instant.parse("2026-05-10T03:00:00Z");

	private static final Instant DEADLINE = NOW.plus(Duration.ofDays(3));

	private static Nomination draft() {
		Nomination n = new Nomination(1, 10, 100, NominationKind.SELF,
				new Nomination.Nominee(UnitType.ENTERPRISE, "Công ty A", null, null, null, null), 5, NOW);
		ReflectionTestUtils.setField(n, "id", 42L); // as the database gives it on the first save
		return n;
	}

	private static List<Object> published(Nomination n) {
		List<Object> events = List.copyOf(n.domainEvents());
		n.clearDomainEvents();
		return events;
	}

	private static List<NominationStatus> historyTargets(List<Object> events) {
		return events.stream().filter(NominationHistory.Appended.class::isInstance)
			.map(e -> ((NominationHistory.Appended) e).row().getToStatus()).toList();
	}

	@Test
	void theUnitsButtonsFollowTheStatusTheDeadlineAndTheLock() {
		Nomination n = draft();
		assertThat(n.allowedActions(Actor.UNIT, NOW, DEADLINE)).containsExactlyInAnyOrder(DossierAction.EDIT,
				DossierAction.SUBMIT, DossierAction.WITHDRAW);
		assertThat(n.allowedActions(Actor.UNIT, DEADLINE, DEADLINE)).containsExactly(DossierAction.WITHDRAW);
		assertThat(n.allowedActions(Actor.SECRETARIAT, NOW, DEADLINE)).containsExactly(DossierAction.EXTEND);
		published(n);

		n.submit("I4IA-2026-1.3-0001", 5, NOW, DEADLINE, "ignored: no request was open");
		assertThat(n.allowedActions(Actor.UNIT, NOW, DEADLINE)).containsExactlyInAnyOrder(DossierAction.REOPEN,
				DossierAction.WITHDRAW);
		assertThat(n.allowedActions(Actor.UNIT, DEADLINE, DEADLINE)).containsExactly(DossierAction.WITHDRAW);
		assertThat(n.allowedActions(Actor.SECRETARIAT, NOW, DEADLINE)).containsExactlyInAnyOrder(
				DossierAction.MARK_ELIGIBLE, DossierAction.REQUEST_CHANGES, DossierAction.DECLARE_INELIGIBLE,
				DossierAction.MOVE, DossierAction.EXTEND);
		List<Object> events = published(n);
		assertThat(historyTargets(events)).containsExactly(NominationStatus.SUBMITTED);
		assertThat(events).filteredOn(NominationSubmitted.class::isInstance).singleElement()
			.satisfies(e -> assertThat(((NominationSubmitted) e).reply()).isNull());

		n.markEligible(9, NOW);
		assertThat(n.allowedActions(Actor.UNIT, NOW, DEADLINE)).isEmpty();
		assertThat(n.allowedActions(Actor.JURY, NOW, DEADLINE)).containsExactly(DossierAction.LOCK_FOR_JURY);
		events = published(n);
		assertThat(historyTargets(events)).containsExactly(NominationStatus.ELIGIBLE);
		assertThat(events).filteredOn(NominationDecided.class::isInstance).singleElement()
			.satisfies(e -> assertThat(((NominationDecided) e).decision()).isEqualTo(Decision.ELIGIBLE));

		n.lockForJury(7, NOW);
		assertThat(n.allowedActions(Actor.SECRETARIAT, NOW, DEADLINE)).as("nothing pulls it back").isEmpty();
		assertThat(n.allowedActions(Actor.JURY, NOW, DEADLINE)).containsExactlyInAnyOrder(
				DossierAction.UNLOCK_FOR_JURY, DossierAction.SHORTLIST);
		events = published(n);
		assertThat(events).hasSize(2).anySatisfy(e -> assertThat(e).isInstanceOf(JuryStepTaken.class));
		n.lockForJury(7, NOW);
		assertThat(published(n)).as("locking twice changes nothing").isEmpty();
	}

	@Test
	void theReplyToARequestForChangesTravelsOnTheSubmittedEvent() {
		Nomination n = draft();
		n.submit("I4IA-2026-1.3-0002", 5, NOW, DEADLINE, null);
		n.requestChanges(NOW.plus(Duration.ofDays(5)), 9, NOW);
		published(n);
		n.submit("ignored", 5, NOW.plusSeconds(60), n.deadline(DEADLINE), "  Đã bổ sung giấy phép  ");
		assertThat(published(n)).filteredOn(NominationSubmitted.class::isInstance).singleElement()
			.satisfies(e -> {
				NominationSubmitted s = (NominationSubmitted) e;
				assertThat(s.reply()).isEqualTo("Đã bổ sung giấy phép");
				assertThat(s.referenceCode()).isEqualTo("I4IA-2026-1.3-0002");
				assertThat(s.at()).isEqualTo(NOW.plusSeconds(60));
			});
	}

	@Test
	void everyRefusalIsADomainExceptionWithItsReason() {
		Nomination n = draft();
		assertThatThrownBy(() -> n.reopen(5, NOW, DEADLINE)).isInstanceOf(DomainException.class)
			.hasMessage("nomination.error.notReopenable");
		assertThatThrownBy(() -> n.markEligible(9, NOW)).isInstanceOf(DomainException.class)
			.hasMessage("decision.error.notAllowed");
		assertThatThrownBy(() -> n.shortlist(true, null, 9, NOW)).hasMessage("nomination.error.notForJury");
		assertThatThrownBy(() -> n.lockForJury(9, NOW)).hasMessage("nomination.error.notLockable");
		n.withdraw(5, NOW);
		assertThat(n.getStatus()).isEqualTo(NominationStatus.WITHDRAWN);
		assertThat(historyTargets(published(n))).containsExactly(NominationStatus.DRAFT, NominationStatus.WITHDRAWN);
		assertThatThrownBy(() -> n.withdraw(5, NOW)).hasMessage("nomination.error.notWithdrawable");
	}

}
