package vn.i4impact.portal.nomination;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.support.PortalTest;

/** The unit's deadline is one rule: the Java value and the SQL function the read models use agree on every case. */
@PortalTest
class UnitDeadlineTest {

	private static final Instant WINDOW = Instant.parse("2026-04-30T16:59:00Z");

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRuleReadsTheSameInJavaAndInSql() {
		Instant earlier = WINDOW.minus(Duration.ofDays(2));
		Instant later = WINDOW.plus(Duration.ofDays(5));
		Instant latest = WINDOW.plus(Duration.ofDays(9));
		List<Instant> dates = Arrays.asList(null, earlier, later, latest);
		int cases = 0;
		for (NominationStatus status : List.of(NominationStatus.SUBMITTED, NominationStatus.CHANGES_REQUESTED,
				NominationStatus.DRAFT)) {
			for (Instant changesDue : dates) {
				for (Instant override : dates) {
					Instant java = UnitDeadline.of(status, changesDue, override, WINDOW);
					Instant sql = jdbc.sql("select nomination_unit_deadline(?, ?, ?, ?)")
						.params(status.name(), ts(changesDue), ts(override), ts(WINDOW)).query(Timestamp.class)
						.single().toInstant();
					assertThat(sql).as("%s, changes due %s, extended to %s", status, changesDue, override)
						.isEqualTo(java);
					cases++;
				}
			}
		}
		assertThat(cases).isEqualTo(48);
		assertThat(UnitDeadline.of(NominationStatus.CHANGES_REQUESTED, later, null, WINDOW)).isEqualTo(later);
		assertThat(UnitDeadline.of(NominationStatus.CHANGES_REQUESTED, earlier, null, WINDOW))
			.as("a request never gives less time than everyone has").isEqualTo(WINDOW);
		assertThat(UnitDeadline.of(NominationStatus.SUBMITTED, latest, later, WINDOW))
			.as("an old request's date no longer counts").isEqualTo(later);
		assertThat(UnitDeadline.of(NominationStatus.SUBMITTED, null, earlier, WINDOW)).isEqualTo(WINDOW);
	}

	private static Timestamp ts(Instant i) {
		return i == null ? null : Timestamp.from(i);
	}

}
