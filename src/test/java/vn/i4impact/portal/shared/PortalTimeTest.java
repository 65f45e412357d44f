package vn.i4impact.portal.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.shared.web.Dates;

class PortalTimeTest {

	@Test
	void aDueDayEndsAtItsLastMinuteInVietnamWhateverTheServersZone() {
		assertThat(PortalTime.endOfDay(LocalDate.of(2026, 4, 30))).isEqualTo(Instant.parse("2026-04-30T16:59:00Z"));
	}

	@Test
	void datesAndTimesAreWrittenOneWayEverywhere() {
		Instant at = Instant.parse("2026-03-04T17:30:00Z"); // 00:30 on 05/03 in Hanoi
		assertThat(PortalTime.DATE.format(at)).isEqualTo("05/03/2026");
		assertThat(PortalTime.DATE_TIME.format(at)).isEqualTo("05/03/2026 00:30");
		assertThat(new Dates().dateTime(at)).isEqualTo("05/03/2026 00:30");
		assertThat(new Dates().date(at)).isEqualTo("05/03/2026");
		assertThat(new Dates().dateTime(null)).isEmpty();
	}

}
