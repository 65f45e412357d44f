package vn.i4impact.portal.review.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import vn.i4impact.portal.review.internal.EditionOverview.DayCount;

import static org.assertj.core.api.Assertions.assertThat;

class DayChartTest {

	static List<DayCount> days(int n) {
		List<DayCount> days = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			days.add(new DayCount(LocalDate.of(2026, 3, 2).plusDays(i), i % 7));
		}
		return days;
	}

	@Test
	void sixtyDaysKeepTheirLabelsApartAndTheTallestBarUnderTheScale() {
		DayChart chart = DayChart.of(days(60), LocalDate.of(2026, 4, 30), new QueueLinks("", 7));
		assertThat(chart.bars()).hasSize(60);
		assertThat(chart.scaleMax()).isEqualTo(10);
		for (int i = 1; i < chart.ticks().size(); i++) {
			assertThat(chart.ticks().get(i).x() - chart.ticks().get(i - 1).x()).isGreaterThanOrEqualTo(DayChart.LABEL_ROOM);
		}
		assertThat(chart.bars()).allSatisfy(b -> {
			assertThat(b.y()).isGreaterThanOrEqualTo(chart.top());
			assertThat(b.y() + b.h()).isCloseTo(chart.baseline(), Offset.offset(0.2));
			assertThat(b.x() + b.w()).isLessThanOrEqualTo(chart.right());
		});
		assertThat(chart.bars().get(0).date()).isEqualTo("02/03/2026");
		assertThat(chart.bars().get(0).queue()).isEqualTo("/secretariat/nominations?edition=7&from=2026-03-02&to=2026-03-02");
		assertThat(chart.deadlineX()).isNotNull();
	}

	@Test
	void scalesAreRoundAndEven() {
		assertThat(DayChart.niceCeiling(0)).isZero();
		assertThat(DayChart.niceCeiling(1)).isEqualTo(2);
		assertThat(DayChart.niceCeiling(3)).isEqualTo(4);
		assertThat(DayChart.niceCeiling(37)).isEqualTo(40);
		assertThat(DayChart.niceCeiling(250)).isEqualTo(400);
	}

	@Test
	void queueLinksEncodeValuesAndRepeatLists() {
		QueueLinks q = new QueueLinks("/ctx", 3);
		assertThat(q.to("consent", List.of("PENDING", "DECLINED"), "q", "Hà Nội"))
			.isEqualTo("/ctx/secretariat/nominations?edition=3&consent=PENDING&consent=DECLINED&q=H%C3%A0+N%E1%BB%99i");
		assertThat(q.dossier(42)).isEqualTo("/ctx/secretariat/nominations/42");
	}

}
