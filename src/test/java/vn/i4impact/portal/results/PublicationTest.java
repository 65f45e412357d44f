package vn.i4impact.portal.results;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.results.internal.Publication;
import vn.i4impact.portal.shared.DomainException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicationTest {

	static final Instant AT = Instant.parse("2026-06-05T13:00:00Z");

	@Test
	void publishedIsTheClockReachingTheInstantNothingElse() {
		var p = new Publication(AT);
		assertThat(p.published(AT.minusSeconds(1))).isFalse();
		assertThat(p.published(AT)).isTrue();
		assertThat(p.published(AT.plusSeconds(1))).isTrue();
		assertThat(Publication.NONE.published(Instant.MAX)).isFalse();
	}

	@Test
	void theInstantMovesOnlyIntoTheFutureAndOnlyUntilItHasPassed() {
		var p = new Publication(AT);
		assertThat(p.moveTo(AT.plusSeconds(3600), AT.minusSeconds(1)).publishAt()).isEqualTo(AT.plusSeconds(3600));
		assertThat(Publication.NONE.moveTo(AT, AT.minusSeconds(60)).publishAt()).isEqualTo(AT);
		assertThatThrownBy(() -> p.moveTo(AT.plusSeconds(3600), AT.plusSeconds(1))).isInstanceOf(DomainException.class)
			.hasMessage("results.error.alreadyPublished");
		assertThatThrownBy(() -> p.moveTo(AT.minusSeconds(10), AT.minusSeconds(5))).isInstanceOf(DomainException.class)
			.hasMessage("results.error.instantNotFuture");
		assertThatThrownBy(() -> p.moveTo(null, AT.minusSeconds(5))).isInstanceOf(DomainException.class);
	}

	@Test
	void publishNowIsOnceAndOnlyBeforeTheInstant() {
		var now = AT.minusSeconds(600);
		assertThat(new Publication(AT).publishNow(now).published(now)).isTrue();
		assertThat(Publication.NONE.publishNow(now).publishAt()).isEqualTo(now);
		assertThatThrownBy(() -> new Publication(AT).publishNow(AT)).isInstanceOf(DomainException.class);
	}

}
