package vn.i4impact.portal.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.UnitDeadline;
import vn.i4impact.portal.shared.LocalizedText;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.UnitType;

/**
 * The secretariat's list of dossiers, read straight from the nomination tables in one query (a read model: the
 * nomination module owns the rows, this only reads them). The same filter drives the screen and the exports.
 */
@Component
@Transactional(readOnly = true)
public class Queue {

	public static final int PAGE_SIZE = 50;

	/** One line of the queue. */
	public record Row(long id, long version, String referenceCode, NominationStatus status, NominationKind kind,
			String nomineeName, UnitType nomineeType, String title, ConsentStatus consent, Instant submittedAt,
			Instant unitDeadline, Instant updatedAt, long unitId, String unitName, UnitType unitType,
			String provinceCode, LocalizedText provinceName, long awardId, String awardCode,
			LocalizedText awardName, String categoryCode, Long assigneeId, String assigneeName) {

		public String award(Locale locale) {
			return awardName.in(locale);
		}

		public String province(Locale locale) {
			return provinceName.in(locale);
		}

		/** Changes were asked for and the unit let its last day pass without resubmitting. */
		public boolean overdue(Instant now) {
			return status == NominationStatus.CHANGES_REQUESTED && unitDeadline != null && unitDeadline.isBefore(now);
		}

	}

	/** Until when the unit may still edit ({@link UnitDeadline}): "overdue" is measured against this. */
	static final String UNIT_DEADLINE = UnitDeadline.SQL;

	static final String WINDOW_JOIN = UnitDeadline.WINDOW_JOIN;

	private static final String COLUMNS = """
			n.id, n.version, n.reference_code, n.status, n.kind, n.nominee_name, n.nominee_type, n.title,
			n.consent_status, n.submitted_at, %s as unit_deadline, n.updated_at, u.id as unit_id, u.name as unit_name,
			u.unit_type, u.province_code, p.name_vi as province_vi, p.name_en as province_en, a.id as award_id,
			a.code as award_code, a.name_vi as award_vi, a.name_en as award_en, c.code as category_code,
			ra.user_id as assignee_id, au.full_name as assignee_name""".formatted(UNIT_DEADLINE);

	private static final String FROM = """
			from nomination n
			join unit u on u.id = n.unit_id
			join province p on p.code = u.province_code
			join award a on a.id = n.award_id
			join category c on c.id = a.category_id
			left join review_assignment ra on ra.nomination_id = n.id
			left join app_user au on au.id = ra.user_id""" + WINDOW_JOIN;

	private final JdbcClient jdbc;

	private final Clock clock;

	Queue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The edition the filter names, or the current one (or the newest) when it names none or an unknown one. */
	public Optional<Long> edition(QueueFilter filter) {
		if (filter.edition() != null) {
			Optional<Long> named = jdbc.sql("select id from edition where id = ?").param(filter.edition())
				.query(Long.class).optional();
			if (named.isPresent()) {
				return named;
			}
		}
		return jdbc.sql("select id from edition order by is_current desc, is_demo, year desc, id desc limit 1")
			.query(Long.class).optional();
	}

	/** An edition or category as the filter selects list it. */
	public record Choice(long id, LocalizedText name) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public List<Choice> editions() {
		return jdbc.sql("select id, short_name, short_name from edition order by year desc, is_demo, id desc")
			.query((rs, i) -> new Choice(rs.getLong(1), LocalizedText.of(rs.getString(2), rs.getString(3)))).list();
	}

	public List<Choice> categories(long editionId) {
		return jdbc.sql("select id, code || ' ' || name_vi, code || ' ' || coalesce(name_en, name_vi) from category where edition_id = ? order by sort_order, id")
			.param(editionId).query((rs, i) -> new Choice(rs.getLong(1), LocalizedText.of(rs.getString(2), rs.getString(3)))).list();
	}

	public Page<Row> page(QueueFilter filter, long userId) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, userId, params);
		params.put("limit", PAGE_SIZE);
		params.put("offset", filter.page() * PAGE_SIZE);
		// the total comes with the rows (one pass over the filtered dossiers instead of two)
		long[] total = { -1 };
		List<Row> rows = jdbc.sql("select " + COLUMNS + ", count(*) over () as total " + FROM + where + orderBy(filter)
				+ " limit :limit offset :offset").params(params).query((rs, i) -> {
					total[0] = rs.getLong("total");
					return row(rs, i);
				}).list();
		if (total[0] < 0) {
			// nothing on this page: either nothing matches, or the page is past the end (a stale link)
			total[0] = jdbc.sql("select count(*) " + FROM + where).params(params).query(Long.class).single();
			if (total[0] > 0) {
				return page(filter.withPage((int) ((total[0] - 1) / PAGE_SIZE)), userId);
			}
		}
		return new PageImpl<>(rows, PageRequest.of(filter.page(), PAGE_SIZE), Math.max(total[0], 0));
	}

	/**
	 * Every row of the filtered list, in order, handed over one at a time: the driver fetches in batches, so an
	 * export of ten thousand dossiers never holds them all in memory. Must run inside a transaction (cursor).
	 */
	public void forEach(QueueFilter filter, long userId, Consumer<Row> consumer) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, userId, params);
		jdbc.sql("select " + COLUMNS + " " + FROM + where + orderBy(filter)).params(params).withFetchSize(500)
			.query((ResultSet rs) -> {
				while (rs.next()) {
					consumer.accept(row(rs, 0));
				}
				// JdbcClient refuses a null result ("No result from ResultSetExtractor") after the rows were read
				return Boolean.TRUE;
			});
	}

	/** The given dossiers as queue rows (drafts and unknown ids left out), for confirming a bulk action. */
	public List<Row> rows(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select " + COLUMNS + " " + FROM + " where n.status <> 'DRAFT' and n.id in (:ids) order by n.reference_code")
			.param("ids", List.copyOf(ids)).query(Queue::row).list();
	}

	/** The ids of the filtered list (at most {@code limit}), for a bulk action on "everything shown". */
	public List<Long> ids(QueueFilter filter, long userId, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = where(filter, userId, params);
		params.put("limit", limit);
		return jdbc.sql("select n.id " + FROM + where + orderBy(filter) + " limit :limit").params(params)
			.query(Long.class).list();
	}

	private String where(QueueFilter f, long userId, Map<String, Object> params) {
		StringBuilder w = new StringBuilder(" where n.status <> 'DRAFT' and n.edition_id = :edition");
		params.put("edition", edition(f).orElse(-1L));
		if (f.category() != null) {
			w.append(" and a.category_id = :category");
			params.put("category", f.category());
		}
		if (f.award() != null) {
			w.append(" and n.award_id = :award");
			params.put("award", f.award());
		}
		if (!f.statuses().isEmpty()) {
			w.append(" and n.status in (:statuses)");
			params.put("statuses", f.statuses().stream().map(Enum::name).toList());
		}
		if (f.province() != null) {
			w.append(" and u.province_code = :province");
			params.put("province", f.province());
		}
		if (f.nomineeType() != null) {
			w.append(" and n.nominee_type = :nomineeType");
			params.put("nomineeType", f.nomineeType().name());
		}
		if (f.unitType() != null) {
			w.append(" and u.unit_type = :unitType");
			params.put("unitType", f.unitType().name());
		}
		if (!f.consents().isEmpty()) {
			w.append(" and n.consent_status in (:consents)");
			params.put("consents", f.consents().stream().map(Enum::name).toList());
		}
		if (f.assignee() != null) {
			switch (f.assignee()) {
				case "none" -> w.append(" and ra.user_id is null");
				case "me" -> {
					w.append(" and ra.user_id = :assignee");
					params.put("assignee", userId);
				}
				default -> {
					w.append(" and ra.user_id = :assignee");
					params.put("assignee", QueueFilter.parseLong(f.assignee()));
				}
			}
		}
		// days are Vietnamese days: "to" includes the whole of that day
		if (f.from() != null) {
			w.append(" and n.submitted_at >= :from");
			params.put("from", startOf(f.from()));
		}
		if (f.to() != null) {
			w.append(" and n.submitted_at < :to");
			params.put("to", startOf(f.to().plusDays(1)));
		}
		if (f.overdue()) {
			w.append(" and n.status = 'CHANGES_REQUESTED' and " + UNIT_DEADLINE + " < :now");
			params.put("now", Timestamp.from(clock.instant()));
		}
		List<String> tokens = QueueFilter.tokens(f.q());
		for (int i = 0; i < tokens.size() && i < 8; i++) {
			// each word must appear in the reference, nominee, title or unit name, whatever its accents or case
			// (search_text and search_name are folded by the database when the row is written, see V61)
			String p = "t" + i;
			w.append(" and (n.search_text like :" + p + " or u.search_name like :" + p + ")");
			params.put(p, "%" + likeLiteral(fold(tokens.get(i))) + "%");
		}
		return w.toString();
	}

	private String fold(String token) {
		return jdbc.sql("select lower(f_unaccent(?))").param(token).query(String.class).single();
	}

	private static String likeLiteral(String s) {
		return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static String orderBy(QueueFilter f) {
		String direction = f.descending() ? " desc nulls last" : " asc nulls last";
		// the id breaks ties, so paging never shows a row twice or skips one
		return " order by " + f.sort().column + direction + ", n.id" + (f.descending() ? " desc" : " asc");
	}

	private static Timestamp startOf(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(PortalTime.ZONE).toInstant());
	}

	private static Row row(ResultSet rs, int i) throws SQLException {
		return new Row(rs.getLong("id"), rs.getLong("version"), rs.getString("reference_code"),
				NominationStatus.valueOf(rs.getString("status")), NominationKind.valueOf(rs.getString("kind")),
				rs.getString("nominee_name"), UnitType.valueOf(rs.getString("nominee_type")), rs.getString("title"),
				ConsentStatus.valueOf(rs.getString("consent_status")), instant(rs, "submitted_at"),
				instant(rs, "unit_deadline"), instant(rs, "updated_at"), rs.getLong("unit_id"),
				rs.getString("unit_name"), UnitType.valueOf(rs.getString("unit_type")), rs.getString("province_code"),
				LocalizedText.of(rs.getString("province_vi"), rs.getString("province_en")), rs.getLong("award_id"),
				rs.getString("award_code"), LocalizedText.of(rs.getString("award_vi"), rs.getString("award_en")),
				rs.getString("category_code"), (Long) rs.getObject("assignee_id"), rs.getString("assignee_name"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
