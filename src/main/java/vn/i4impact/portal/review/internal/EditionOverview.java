package vn.i4impact.portal.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.shared.LocalizedText;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.Province;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;

/**
 * The secretariat's edition at a glance. A read model over the nomination tables (the nomination module owns the rows,
 * this only counts them): every figure is a GROUP BY in PostgreSQL, so the page costs the same few small queries
 * whether an edition has 10 dossiers or 10,000. Drafts are the units' unfinished work: they count only as "drafts
 * started", never as dossiers.
 */
@Component
@Transactional(readOnly = true)
public class EditionOverview {

	/** Width buckets of the horizontal bars: the CSP forbids inline styles, so portal.css has one class per 5 %. */
	static final int BUCKET = 5;

	private final JdbcClient jdbc;

	private final Provinces provinces;

	private final Clock clock;

	EditionOverview(JdbcClient jdbc, Provinces provinces, Clock clock) {
		this.jdbc = jdbc;
		this.provinces = provinces;
		this.clock = clock;
	}

	public record EditionRef(long id, LocalizedText name, int year, boolean current) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public record Glance(long id, LocalizedText name, int year, EditionStatus status, Instant opensAt,
			Instant deadline) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public record StatusRow(NominationStatus status, long count, int width) {
	}

	public record AwardRow(long id, String code, LocalizedText name, long count, int width) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public record CategoryRow(long id, String code, LocalizedText name, long count, List<AwardRow> awards) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public record ProvinceRow(String code, LocalizedText name, long count, int width) {

		public String name(Locale locale) {
			return name.in(locale);
		}

	}

	public record TypeRow(UnitType type, long count, int width) {
	}

	public record DayCount(LocalDate day, long count) {
	}

	/** A newly submitted dossier nobody has taken yet. */
	public record Waiting(long id, String referenceCode, String nomineeName, String unitName, String awardCode,
			Instant submittedAt) {
	}

	public record Attention(long unassigned, List<Waiting> newestUnassigned, long changesOverdue, long consentMissing) {
	}

	/**
	 * @param dossiers every dossier that left the draft stage (withdrawn ones included: they were submitted)
	 * @param days one entry per calendar day (Asia/Ho_Chi_Minh) of the chart's range, zero days included
	 */
	public record Overview(Glance edition, long dossiers, long drafts, List<StatusRow> byStatus,
			List<CategoryRow> byCategory, List<ProvinceRow> byProvince, int provincesTotal, List<TypeRow> byNomineeType,
			List<DayCount> days, Attention attention, Instant now) {
	}

	public List<EditionRef> editions() {
		return jdbc.sql("select id, name_vi, name_en, year, is_current from edition order by year desc, id desc")
			.query((rs, n) -> new EditionRef(rs.getLong(1), LocalizedText.of(rs.getString(2), rs.getString(3)), rs.getInt(4),
					rs.getBoolean(5)))
			.list();
	}

	/** The edition asked for if it exists, else the one the queue also defaults to (current, then newest). */
	public Optional<Long> resolve(Long requested) {
		if (requested != null) {
			Optional<Long> found = jdbc.sql("select id from edition where id = ?").param(requested).query(Long.class)
				.optional();
			if (found.isPresent()) {
				return found;
			}
		}
		return jdbc.sql("select id from edition order by is_current desc, is_demo, year desc, id desc limit 1")
			.query(Long.class).optional();
	}

	public Overview of(long editionId) {
		Instant now = clock.instant();
		Glance edition = glance(editionId);
		Counts counts = counts(editionId, now);

		long drafts = counts.byStatus().getOrDefault(NominationStatus.DRAFT.name(), 0L);
		long statusMax = 0;
		long dossiers = 0;
		for (NominationStatus s : NominationStatus.values()) {
			if (s != NominationStatus.DRAFT) {
				long c = counts.byStatus().getOrDefault(s.name(), 0L);
				statusMax = Math.max(statusMax, c);
				dossiers += c;
			}
		}
		List<StatusRow> byStatus = new ArrayList<>();
		for (NominationStatus s : NominationStatus.values()) {
			if (s != NominationStatus.DRAFT) {
				long c = counts.byStatus().getOrDefault(s.name(), 0L);
				byStatus.add(new StatusRow(s, c, width(c, statusMax)));
			}
		}

		long typeMax = counts.byType().values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<TypeRow> byType = counts.byType().entrySet().stream()
			.map(e -> new TypeRow(UnitType.valueOf(e.getKey()), e.getValue(), width(e.getValue(), typeMax)))
			.sorted(Comparator.comparingLong(TypeRow::count).reversed().thenComparing(TypeRow::type))
			.toList();

		List<Province> all = provinces.all();
		long provinceMax = counts.byProvince().values().stream().mapToLong(Long::longValue).max().orElse(0);
		List<ProvinceRow> byProvince = new ArrayList<>();
		for (Province p : all) {
			long c = counts.byProvince().getOrDefault(p.code(), 0L);
			if (c > 0) {
				byProvince.add(new ProvinceRow(p.code(), LocalizedText.of(p.nameVi(), p.nameEn()), c, width(c, provinceMax)));
			}
		}
		// most first; the stable sort keeps the official order among equals
		byProvince.sort(Comparator.comparingLong(ProvinceRow::count).reversed());

		List<Waiting> newest = counts.unassigned() == 0 ? List.of() : newestUnassigned(editionId);
		return new Overview(edition, dossiers, drafts, byStatus, byCategory(editionId, counts.byAward()), byProvince,
				all.size(), byType, days(counts.byDay(), edition),
				new Attention(counts.unassigned(), newest, counts.overdue(), counts.consentMissing()), now);
	}

	/** Every count of the page, keyed by dimension. */
	private record Counts(Map<String, Long> byStatus, Map<Long, Long> byAward, Map<String, Long> byProvince,
			Map<String, Long> byType, Map<LocalDate, Long> byDay, long unassigned, long overdue, long consentMissing) {
	}

	/**
	 * One pass over the edition's dossiers for all the charts: GROUPING SETS aggregates by status, award, province,
	 * nominee type and day at once, and the empty set gives the "needs attention" totals. Five separate GROUP BY
	 * queries read the same rows five times; with 10,000 dossiers on two cores that was most of the page's time.
	 */
	private Counts counts(long editionId, Instant now) {
		Map<String, Long> byStatus = new HashMap<>();
		Map<Long, Long> byAward = new HashMap<>();
		Map<String, Long> byProvince = new HashMap<>();
		Map<String, Long> byType = new HashMap<>();
		Map<LocalDate, Long> byDay = new TreeMap<>();
		long[] attention = new long[3];
		jdbc.sql("""
				select case when grouping(status) = 0 then 'status'
				            when grouping(award_id) = 0 then 'award'
				            when grouping(province_code) = 0 then 'province'
				            when grouping(nominee_type) = 0 then 'type'
				            when grouping(day) = 0 then 'day'
				            else 'total' end as dimension,
				       status, award_id, province_code, nominee_type, day,
				       count(*) as all_rows,
				       count(*) filter (where status <> 'DRAFT') as dossiers,
				       count(*) filter (where status = 'SUBMITTED' and not assigned) as unassigned,
				       count(*) filter (where status = 'CHANGES_REQUESTED' and unit_deadline < :now) as overdue,
				       count(*) filter (where kind = 'OTHER' and consent_status in ('PENDING', 'DECLINED')
				                        and status not in ('DRAFT', 'WITHDRAWN')) as consent_missing
				from (
				  select n.status, n.award_id, u.province_code, n.nominee_type, n.kind, n.consent_status,
				         -- until when the unit may edit (UnitDeadline), only where changes were asked for
				         case when n.status = 'CHANGES_REQUESTED' then %s end as unit_deadline,
				         -- the day as people in Vietnam lived it, whatever the server's zone; drafts have none
				         case when n.status <> 'DRAFT' then (n.submitted_at at time zone :zone)::date end as day,
				         ra.nomination_id is not null as assigned
				  from nomination n
				  join unit u on u.id = n.unit_id
				  left join review_assignment ra on ra.nomination_id = n.id
				  %s
				  where n.edition_id = :edition
				) n
				group by grouping sets ((status), (award_id), (province_code), (nominee_type), (day), ())"""
				.formatted(Queue.UNIT_DEADLINE, Queue.WINDOW_JOIN))
			.param("now", Timestamp.from(now))
			.param("zone", PortalTime.ZONE.getId())
			.param("edition", editionId)
			.query((ResultSet rs) -> {
				long dossiers = rs.getLong("dossiers");
				switch (rs.getString("dimension")) {
					case "status" -> byStatus.put(rs.getString("status"), rs.getLong("all_rows"));
					case "award" -> byAward.put(rs.getLong("award_id"), dossiers);
					case "province" -> putIfAny(byProvince, rs.getString("province_code"), dossiers);
					case "type" -> putIfAny(byType, rs.getString("nominee_type"), dossiers);
					case "day" -> {
						LocalDate day = rs.getObject("day", LocalDate.class);
						if (day != null) {
							byDay.put(day, dossiers);
						}
					}
					default -> {
						attention[0] = rs.getLong("unassigned");
						attention[1] = rs.getLong("overdue");
						attention[2] = rs.getLong("consent_missing");
					}
				}
			});
		return new Counts(byStatus, byAward, byProvince, byType, byDay, attention[0], attention[1], attention[2]);
	}

	private static <K> void putIfAny(Map<K, Long> map, K key, long count) {
		if (count > 0) {
			map.put(key, count);
		}
	}

	private Glance glance(long editionId) {
		return jdbc.sql("""
				select e.id, e.name_vi, e.name_en, e.year, e.status, p.starts_at, p.ends_at
				from edition e
				left join edition_phase p on p.edition_id = e.id and p.kind = 'NOMINATION'
				where e.id = ?""").param(editionId)
			.query((rs, n) -> new Glance(rs.getLong(1), LocalizedText.of(rs.getString(2), rs.getString(3)), rs.getInt(4),
					EditionStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7)))
			.single();
	}

	private List<CategoryRow> byCategory(long editionId, Map<Long, Long> counts) {
		record Line(long categoryId, String categoryCode, String categoryVi, String categoryEn, AwardRow award) {
		}
		// every award of the edition, with zero where nothing came in (an empty award is news too); a hidden award
		// only if something came in
		List<Line> lines = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.code, c.name_vi, c.name_en, a.id, a.code, a.name_vi, a.name_en, a.hidden
				from award a
				join category c on c.id = a.category_id
				where a.edition_id = ?
				order by c.sort_order, c.id, a.sort_order, a.id""").param(editionId)
			.query((ResultSet rs) -> {
				long count = counts.getOrDefault(rs.getLong(5), 0L);
				if (!rs.getBoolean(9) || count > 0) {
					lines.add(new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
							new AwardRow(rs.getLong(5), rs.getString(6), LocalizedText.of(rs.getString(7), rs.getString(8)), count, 0)));
				}
			});
		long max = lines.stream().mapToLong(l -> l.award().count()).max().orElse(0);
		Map<Long, List<AwardRow>> awards = new LinkedHashMap<>();
		Map<Long, Line> heads = new LinkedHashMap<>();
		for (Line l : lines) {
			AwardRow a = l.award();
			awards.computeIfAbsent(l.categoryId(), k -> new ArrayList<>())
				.add(new AwardRow(a.id(), a.code(), a.name(), a.count(), width(a.count(), max)));
			heads.putIfAbsent(l.categoryId(), l);
		}
		List<CategoryRow> rows = new ArrayList<>();
		heads.forEach((id, l) -> {
			List<AwardRow> list = awards.get(id);
			rows.add(new CategoryRow(id, l.categoryCode(), LocalizedText.of(l.categoryVi(), l.categoryEn()),
					list.stream().mapToLong(AwardRow::count).sum(), List.copyOf(list)));
		});
		return rows;
	}

	/** Longest range the day chart shows; beyond it the earliest days are left out (the summary says from when). */
	static final int MAX_DAYS = 120;

	/** From the first submission (else the window's opening) to the deadline (or the last submission, if later). */
	static List<DayCount> days(Map<LocalDate, Long> counts, Glance edition) {
		LocalDate first = counts.isEmpty() ? null : counts.keySet().iterator().next();
		LocalDate last = counts.isEmpty() ? null : counts.keySet().stream().reduce((a, b) -> b).orElseThrow();
		LocalDate start = first != null ? first : day(edition.opensAt());
		LocalDate end = day(edition.deadline());
		if (end == null || (last != null && last.isAfter(end))) {
			end = last;
		}
		if (start == null || end == null) {
			return List.of();
		}
		if (start.isAfter(end)) {
			start = end;
		}
		if (start.plusDays(MAX_DAYS - 1).isBefore(end)) {
			start = end.minusDays(MAX_DAYS - 1);
		}
		List<DayCount> days = new ArrayList<>();
		for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
			days.add(new DayCount(d, counts.getOrDefault(d, 0L)));
		}
		return days;
	}

	private List<Waiting> newestUnassigned(long editionId) {
		return jdbc.sql("""
				select n.id, n.reference_code, n.nominee_name, u.name, a.code, n.submitted_at
				from nomination n
				join unit u on u.id = n.unit_id
				join award a on a.id = n.award_id
				where n.edition_id = ? and n.status = 'SUBMITTED'
				  and not exists (select 1 from review_assignment ra where ra.nomination_id = n.id)
				order by n.submitted_at desc nulls last, n.id desc
				limit 10""").param(editionId)
			.query((rs, n) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), instant(rs, 6)))
			.list();
	}

	/** 0 for nothing; otherwise at least one bucket, so a single dossier still shows as a bar. */
	static int width(long count, long max) {
		if (count <= 0 || max <= 0) {
			return 0;
		}
		long buckets = 100 / BUCKET;
		return (int) Math.min(100, Math.max(1, (count * buckets + max - 1) / max) * BUCKET);
	}

	private static LocalDate day(Instant instant) {
		return instant == null ? null : LocalDate.ofInstant(instant, PortalTime.ZONE);
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		Timestamp t = rs.getTimestamp(column);
		return t == null ? null : t.toInstant();
	}

}
