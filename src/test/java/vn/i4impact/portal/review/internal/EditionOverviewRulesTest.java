package vn.i4impact.portal.review.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.shared.LocalizedText;

import static org.assertj.core.api.Assertions.assertThat;

class EditionOverviewRulesTest {

	static EditionOverview.Glance window(String opens, String deadline) {
		return new EditionOverview.Glance(1, LocalizedText.of("Kỳ thử", null), 2026, EditionStatus.OPEN,
				opens == null ? null : Instant.parse(opens), deadline == null ? null : Instant.parse(deadline));
	}

	@Test
	void barsAreFivePercentBucketsAndOneDossierStillShows() {
		assertThat(EditionOverview.width(0, 10)).isZero();
		assertThat(EditionOverview.width(1, 1000)).isEqualTo(5);
		assertThat(EditionOverview.width(10, 10)).isEqualTo(100);
		assertThat(EditionOverview.width(51, 100)).isEqualTo(55);
	}

	@Test
	void daysRunFromTheFirstSubmissionToTheDeadlineInVietnam() {
		Map<LocalDate, Long> counts = new TreeMap<>(Map.of(LocalDate.of(2026, 3, 10), 4L, LocalDate.of(2026, 4, 1), 2L));
		// 23:59:59 on 30/04 in Hà Nội is 16:59:59 UTC
		var days = EditionOverview.days(counts, window("2026-03-05T01:00:00Z", "2026-04-30T16:59:59Z"));
		assertThat(days.get(0).day()).isEqualTo(LocalDate.of(2026, 3, 10));
		assertThat(days.get(days.size() - 1).day()).isEqualTo(LocalDate.of(2026, 4, 30));
		assertThat(days).hasSize(52);
		assertThat(days.stream().mapToLong(EditionOverview.DayCount::count).sum()).isEqualTo(6);
	}

	@Test
	void withoutSubmissionsTheWindowOpeningStarts_andLateOnesExtendTheEnd() {
		assertThat(EditionOverview.days(Map.of(), window("2026-03-05T01:00:00Z", "2026-03-07T16:59:59Z"))).hasSize(3);
		assertThat(EditionOverview.days(Map.of(), window(null, null))).isEmpty();
		Map<LocalDate, Long> late = new TreeMap<>(Map.of(LocalDate.of(2026, 3, 9), 1L));
		assertThat(EditionOverview.days(late, window("2026-03-05T01:00:00Z", "2026-03-07T16:59:59Z")))
			.extracting(EditionOverview.DayCount::day).last().isEqualTo(LocalDate.of(2026, 3, 9));
	}

	@Test
	void aVeryLongRangeKeepsTheLastDays() {
		Map<LocalDate, Long> counts = new TreeMap<>(Map.of(LocalDate.of(2025, 1, 1), 1L));
		var days = EditionOverview.days(counts, window(null, "2026-04-30T16:59:59Z"));
		assertThat(days).hasSize(EditionOverview.MAX_DAYS);
		assertThat(days.get(days.size() - 1).day()).isEqualTo(LocalDate.of(2026, 4, 30));
	}

}
