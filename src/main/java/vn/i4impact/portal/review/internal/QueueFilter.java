package vn.i4impact.portal.review.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.springframework.web.util.UriComponentsBuilder;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.UnitType;

/**
 * What the secretariat's queue shows: every filter lives in the URL, so a view can be bookmarked, shared and exported
 * exactly as seen. Parsing is forgiving: a value that does not make sense in a hand-edited URL means "any". Drafts are
 * the unit's own work and never part of the queue.
 *
 * @param unitType the applying unit's type; {@code nomineeType} is the type of whom the dossier is about
 * @param assignee {@code me}, {@code none} or a user id
 * @param edition null for the current edition
 */
public record QueueFilter(Long edition, Long category, Long award, Set<NominationStatus> statuses, String province,
		UnitType unitType, UnitType nomineeType, Set<ConsentStatus> consents, String assignee, LocalDate from, LocalDate to, boolean overdue,
		String q, Sort sort, boolean descending, int page) {

	/** Columns the list can be ordered by; a leading minus in the URL means descending. */
	public enum Sort {

		SUBMITTED("n.submitted_at"), REFERENCE("n.reference_code"), UNIT("u.name"), NOMINEE("n.nominee_name"),
		AWARD("a.code"), STATUS("n.status"), UPDATED("n.updated_at");

		final String column;

		Sort(String column) {
			this.column = column;
		}

		public String param() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	public static final int MAX_QUERY = 100;

	/**
	 * The years a date filter may name. Outside them (year 1, 99999, a typo) the date means no filter: such dates are
	 * never meant, and at the far ends they break date arithmetic and the database's timestamps.
	 */
	public static final int MIN_YEAR = 2000;

	public static final int MAX_YEAR = 2100;

	private static final String DESC = "-";

	public QueueFilter {
		statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(NominationStatus.class) : EnumSet.copyOf(statuses);
		statuses.remove(NominationStatus.DRAFT);
		consents = consents == null || consents.isEmpty() ? EnumSet.noneOf(ConsentStatus.class) : EnumSet.copyOf(consents);
		q = q == null ? "" : q.strip();
		if (q.length() > MAX_QUERY) {
			q = q.substring(0, MAX_QUERY);
		}
		province = province == null || province.isBlank() ? null : province.strip();
		if (assignee != null && !assignee.equals("me") && !assignee.equals("none") && parseLong(assignee) == null) {
			assignee = null;
		}
		sort = sort == null ? Sort.SUBMITTED : sort;
		page = Math.max(page, 0);
		from = withinYears(from);
		to = withinYears(to);
	}

	public static QueueFilter empty() {
		return new QueueFilter(null, null, null, null, null, null, null, null, null, null, null, false, null, null, true,
				0);
	}

	/** Reads the URL's query parameters (as {@code HttpServletRequest#getParameterMap} gives them). */
	public static QueueFilter parse(Map<String, String[]> params) {
		String sortParam = first(params, "sort");
		Sort sort = sortParam == null ? null : parseEnum(Sort.class, sortParam.replace(DESC, ""));
		boolean descending = sort == null || sortParam.startsWith(DESC);
		return new QueueFilter(parseLong(first(params, "edition")), parseLong(first(params, "category")),
				parseLong(first(params, "award")), enums(NominationStatus.class, params.get("status")),
				first(params, "province"), parseEnum(UnitType.class, first(params, "unitType")),
				parseEnum(UnitType.class, first(params, "nomineeType")),
				enums(ConsentStatus.class, params.get("consent")), first(params, "assignee"),
				parseDate(first(params, "from")), parseDate(first(params, "to")),
				"true".equals(first(params, "overdue")), first(params, "q"), sort, descending,
				parseInt(first(params, "page")));
	}

	public QueueFilter withEdition(long editionId) {
		return new QueueFilter(editionId, category, award, statuses, province, unitType, nomineeType, consents, assignee, from, to,
				overdue, q, sort, descending, page);
	}

	public QueueFilter withPage(int page) {
		return new QueueFilter(edition, category, award, statuses, province, unitType, nomineeType, consents, assignee, from, to,
				overdue, q, sort, descending, page);
	}

	public QueueFilter sortedBy(Sort sort, boolean descending) {
		return new QueueFilter(edition, category, award, statuses, province, unitType, nomineeType, consents, assignee, from, to,
				overdue, q, sort, descending, 0);
	}

	/** The sort a column header links to: the same column flips direction, another starts ascending. */
	public String sortLink(String column) {
		Sort target = parseEnum(Sort.class, column);
		boolean desc = target == sort ? !descending : target == Sort.SUBMITTED || target == Sort.UPDATED;
		return sortedBy(target, desc).toQuery();
	}

	/** "ascending", "descending" or "none", for {@code aria-sort} on a column header. */
	public String ariaSort(String column) {
		return parseEnum(Sort.class, column) != sort ? "none" : descending ? "descending" : "ascending";
	}

	/** The query string (without "?") that shows this view again; the edition is always explicit. */
	public String toQuery() {
		UriComponentsBuilder b = UriComponentsBuilder.newInstance();
		add(b, "edition", edition);
		add(b, "category", category);
		add(b, "award", award);
		statuses.forEach(s -> b.queryParam("status", s.name()));
		add(b, "province", province);
		add(b, "unitType", unitType);
		add(b, "nomineeType", nomineeType);
		consents.forEach(c -> b.queryParam("consent", c.name()));
		add(b, "assignee", assignee);
		add(b, "from", from);
		add(b, "to", to);
		if (overdue) {
			b.queryParam("overdue", "true");
		}
		if (!q.isEmpty()) {
			b.queryParam("q", q);
		}
		if (sort != Sort.SUBMITTED || !descending) {
			b.queryParam("sort", (descending ? DESC : "") + sort.param());
		}
		if (page > 0) {
			b.queryParam("page", page);
		}
		String query = b.encode().build().getQuery();
		return query == null ? "" : query;
	}

	/** Whether anything narrows the list beyond the edition. */
	public boolean isNarrowed() {
		return category != null || award != null || !statuses.isEmpty() || province != null || unitType != null
				|| nomineeType != null
				|| !consents.isEmpty() || assignee != null || from != null || to != null || overdue || !q.isEmpty();
	}

	/** How many filters beyond the search and the edition are set: the phone layout folds them away when none is. */
	public int getMoreFilters() {
		return (int) Stream.of(category != null, award != null, !statuses.isEmpty(), province != null,
				unitType != null, nomineeType != null, !consents.isEmpty(), assignee != null, from != null, to != null,
				overdue)
			.filter(set -> set)
			.count();
	}

	private static void add(UriComponentsBuilder b, String name, Object value) {
		if (value != null) {
			b.queryParam(name, value.toString());
		}
	}

	private static String first(Map<String, String[]> params, String name) {
		String[] values = params.get(name);
		return values == null || values.length == 0 || values[0] == null || values[0].isBlank() ? null
				: values[0].strip();
	}

	static Long parseLong(String value) {
		try {
			return value == null ? null : Long.valueOf(value);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static int parseInt(String value) {
		try {
			return value == null ? 0 : Math.min(Integer.parseInt(value), 100_000);
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A date as typed; null for nothing readable (the constructor then drops years a filter cannot mean). */
	private static LocalDate parseDate(String value) {
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static LocalDate withinYears(LocalDate date) {
		return date == null || date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR ? null : date;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
		if (value == null) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] values) {
		Set<E> set = EnumSet.noneOf(type);
		for (String v : values == null ? new String[0] : values) {
			for (String part : v.split(",")) {
				E e = parseEnum(type, part);
				if (e != null) {
					set.add(e);
				}
			}
		}
		return set;
	}

	static List<String> tokens(String q) {
		return List.of(q.isBlank() ? new String[0] : q.strip().split("\\s+"));
	}

}
