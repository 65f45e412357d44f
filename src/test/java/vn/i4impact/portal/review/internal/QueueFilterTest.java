package vn.i4impact.portal.review.internal;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.UnitType;

import static org.assertj.core.api.Assertions.assertThat;

class QueueFilterTest {

	private static Map<String, String[]> params(String... pairs) {
		Map<String, String[]> map = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.merge(pairs[i], new String[] { pairs[i + 1] }, (a, b) -> {
				String[] both = new String[a.length + b.length];
				System.arraycopy(a, 0, both, 0, a.length);
				System.arraycopy(b, 0, both, a.length, b.length);
				return both;
			});
		}
		return map;
	}

	@Test
	void aViewSurvivesTheRoundTripThroughItsUrl() {
		QueueFilter f = QueueFilter.parse(params("edition", "7", "award", "12", "status", "SUBMITTED", "status",
				"CHANGES_REQUESTED", "province", "ha-noi", "unitType", "ENTERPRISE", "nomineeType", "INDIVIDUAL", "consent", "PENDING", "assignee",
				"me", "from", "2026-04-01", "to", "2026-04-30", "overdue", "true", "q", "hà nội", "sort", "unit",
				"page", "3"));
		assertThat(f.statuses()).containsExactlyInAnyOrder(NominationStatus.SUBMITTED, NominationStatus.CHANGES_REQUESTED);
		assertThat(f.consents()).containsExactly(ConsentStatus.PENDING);
		assertThat(f.unitType()).isEqualTo(UnitType.ENTERPRISE);
		assertThat(f.from()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(f.sort()).isEqualTo(QueueFilter.Sort.UNIT);
		assertThat(f.descending()).isFalse();
		assertThat(f.isNarrowed()).isTrue();
		assertThat(f.getMoreFilters()).as("all but the search and the edition").isEqualTo(10);
		assertThat(QueueFilter.parse(params("edition", "7", "q", "hà nội")).getMoreFilters()).isZero();

		Map<String, String[]> again = new HashMap<>();
		UriComponentsBuilder.fromUriString("/x?" + f.toQuery()).build().getQueryParams()
			.forEach((k, v) -> again.put(k, v.stream().map(s -> UriUtils.decode(s,
					StandardCharsets.UTF_8)).toArray(String[]::new)));
		assertThat(QueueFilter.parse(again)).isEqualTo(f);
	}

	@Test
	void nonsenseInAHandEditedUrlMeansAny() {
		QueueFilter f = QueueFilter.parse(params("edition", "abc", "status", "DRAFT", "status", "NOPE", "unitType",
				"x", "assignee", "'; drop", "from", "31/02", "page", "-5", "sort", "password", "q", "x".repeat(500)));
		assertThat(f.edition()).isNull();
		assertThat(f.statuses()).as("drafts are never part of the queue").isEmpty();
		assertThat(f.unitType()).isNull();
		assertThat(f.assignee()).isNull();
		assertThat(f.from()).isNull();
		assertThat(f.page()).isZero();
		assertThat(f.sort()).isEqualTo(QueueFilter.Sort.SUBMITTED);
		assertThat(f.descending()).isTrue();
		assertThat(f.q()).hasSize(QueueFilter.MAX_QUERY);
		assertThat(QueueFilter.empty().isNarrowed()).isFalse();
	}

	@Test
	void columnHeadersFlipTheirOwnDirectionAndStartOthersAscending() {
		QueueFilter f = QueueFilter.empty().withEdition(3);
		assertThat(f.ariaSort("submitted")).isEqualTo("descending");
		assertThat(f.sortLink("submitted")).contains("sort=submitted").doesNotContain("-submitted");
		assertThat(f.sortLink("reference")).contains("sort=reference").doesNotContain("page=");
		assertThat(f.ariaSort("reference")).isEqualTo("none");
		assertThat(QueueFilter.tokens("  ha   noi ")).containsExactly("ha", "noi");
	}

	@Test
	void aDateOutsideTheYears2000To2100IsNoFilter() {
		for (String date : new String[] { "0001-01-01", "99999-01-01", "+99999-01-01", "+999999999-12-31", "-0044-03-15",
				"1999-12-31", "2101-01-01", "2026-02-30", "hôm nay" }) {
			QueueFilter f = QueueFilter.parse(params("from", date, "to", date));
			assertThat(f.from()).as(date).isNull();
			assertThat(f.to()).as(date).isNull();
			assertThat(f.isNarrowed()).as(date).isFalse();
			assertThat(f.toQuery()).as(date).doesNotContain("from").doesNotContain("to=");
		}
		QueueFilter edges = QueueFilter.parse(params("from", "2000-01-01", "to", "2100-12-31"));
		assertThat(edges.from()).isEqualTo(LocalDate.of(2000, 1, 1));
		assertThat(edges.to()).isEqualTo(LocalDate.of(2100, 12, 31));
		assertThat(new QueueFilter(null, null, null, null, null, null, null, null, null, LocalDate.of(1, 1, 1),
				LocalDate.MAX, false, null, null, true, 0).from()).as("built in code, the same rule").isNull();
	}

}
