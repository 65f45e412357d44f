package vn.i4impact.portal.account.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.PortalTime;

/**
 * Reads the audit trail for the organising committee. Generic on purpose: any module's actions and target types are
 * listed and filtered the same way, and before/after values are turned into one row per changed field.
 */
@Component
@Transactional(readOnly = true)
public class AuditLog {

	/** Every criterion is optional; dates are whole days in the business time zone, both ends included. */
	public record Filter(String actor, String action, String targetType, String targetId, LocalDate from,
			LocalDate to) {
	}

	/** One field of a change; a side is empty when the field did not exist before (or after). */
	public record Change(String field, List<String> before, List<String> after) {
	}

	public record Entry(long id, Instant at, Long actorId, String actorEmail, String actorName, String action,
			String targetType, String targetId, String summary, List<Change> changes) {
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	AuditLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<Entry> search(Filter filter, Pageable pageable) {
		StringBuilder where = new StringBuilder(" where true");
		Map<String, Object> params = new LinkedHashMap<>();
		if (!isBlank(filter.actor())) {
			where.append(" and (a.actor_email like f_unaccent(:actor) or f_unaccent(lower(u.full_name)) like f_unaccent(:actor))");
			params.put("actor", "%" + UserAccountRepository.likeLiteral(filter.actor().strip().toLowerCase(Locale.ROOT)) + "%");
		}
		if (!isBlank(filter.action())) {
			where.append(" and a.action = :action");
			params.put("action", filter.action());
		}
		if (!isBlank(filter.targetType())) {
			where.append(" and a.target_type = :targetType");
			params.put("targetType", filter.targetType());
		}
		if (!isBlank(filter.targetId())) {
			where.append(" and a.target_id = :targetId");
			params.put("targetId", filter.targetId().strip());
		}
		if (filter.from() != null) {
			where.append(" and a.at >= :from");
			params.put("from", startOf(filter.from()));
		}
		if (filter.to() != null) {
			where.append(" and a.at < :to");
			params.put("to", startOf(filter.to().plusDays(1)));
		}
		String from = " from audit_entry a left join app_user u on u.id = a.actor_id";
		long total = jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
		List<Entry> content = jdbc.sql("""
				select a.id, a.at, a.actor_id, a.actor_email, u.full_name, a.action, a.target_type, a.target_id,
				       a.summary, a.before_json::text, a.after_json::text""" + from + where
				+ " order by a.at desc, a.id desc limit :limit offset :offset")
			.params(params)
			.param("limit", pageable.getPageSize())
			.param("offset", pageable.getOffset())
			.query((rs, n) -> new Entry(rs.getLong(1), at(rs.getObject(2, OffsetDateTime.class)),
					rs.getObject(3, Long.class), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
					rs.getString(8), rs.getString(9), changes(rs.getString(10), rs.getString(11))))
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	/** The actions recorded so far, for the filter's choices. */
	public List<String> actions() {
		return jdbc.sql("select distinct action from audit_entry order by 1").query(String.class).list();
	}

	public List<String> targetTypes() {
		return jdbc.sql("select distinct target_type from audit_entry order by 1").query(String.class).list();
	}

	/** Whole seconds are plenty to read, and {@code <time datetime>} refuses more than three decimals. */
	private static Instant at(OffsetDateTime at) {
		return at.toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private static OffsetDateTime startOf(LocalDate day) {
		return day.atStartOfDay(PortalTime.ZONE).toInstant().atOffset(ZoneOffset.UTC);
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}

	/** One row per field present on either side, in the order they were recorded, unchanged fields left out. */
	static List<Change> changes(String beforeJson, String afterJson) {
		Map<String, Object> before = parse(beforeJson);
		Map<String, Object> after = parse(afterJson);
		Set<String> fields = new LinkedHashSet<>(before.keySet());
		fields.addAll(after.keySet());
		List<Change> changes = new ArrayList<>();
		for (String field : fields) {
			List<String> b = values(before.get(field));
			List<String> a = values(after.get(field));
			if (before.containsKey(field) && after.containsKey(field) && b.equals(a)) {
				continue;
			}
			changes.add(new Change(field, b, a));
		}
		return changes;
	}

	private static Map<String, Object> parse(String json) {
		if (json == null || json.isBlank()) {
			return Map.of();
		}
		return JSON.readValue(json, MAP);
	}

	/** Lists become their items (so each can be translated); anything nested is shown as compact JSON. */
	private static List<String> values(Object value) {
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditLog::text).toList();
		}
		return List.of(text(value));
	}

	private static String text(Object value) {
		if (value == null) {
			return "—";
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			return JSON.writeValueAsString(value);
		}
		return String.valueOf(value);
	}

}
