package vn.i4impact.portal.review.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.PortalTime;
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

	private final Clock clock;

	EditionOverview(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public record EditionRef(long id, String nameVi, String nameEn, int year, boolean current) {

		public String name(Locale locale) {
			return Localized.pick(locale, nameVi, nameEn);
		}

	}

	public record Glance(long id, String nameVi, String nameEn, int year, EditionStatus status, Instant opensAt,
			Instant deadline) {

		public String name(Locale locale) {
			return Localized.pick(locale, nameVi, nameEn);
		}

	}

	public record StatusRow(NominationStatus status, long count, int width) {
	}

	public record AwardRow(long id, String code, String nameVi, String nameEn, long count, int width) {

		public String name(Locale locale) {
			return Localized.pick(locale, nameVi, nameEn);
		}

	}

	public record CategoryRow(long id, String code, String nameVi, String nameEn, long count, List<AwardRow> awards) {

		public String name(Locale locale) {
			return Localized.pick(locale, nameVi, nameEn);
		}

	}

	public record ProvinceRow(String code, String nameVi, String nameEn, long count, int width) {

		public String name(Locale locale) {
			return Localized.pick(locale, nameVi, nameEn);
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
			.query((rs, n) -> new EditionRef(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
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

		Map<NominationStatus, Long> statuses = new EnumMap<>(NominationStatus.class);
		jdbc.sql("select status, count(*) from nomination where edition_id = ? group by status").param(editionId)
			.query((ResultSet rs) -> {
				statuses.put(NominationStatus.valueOf(rs.getString(1)), rs.getLong(2));
			});
		long drafts = statuses.getOrDefault(NominationStatus.DRAFT, 0L);
		long dossiers = statuses.entrySet().stream().filter(e -> e.getKey() != NominationStatus.DRAFT)
			.mapToLong(Map.Entry::getValue).sum();
		long statusMax = statuses.entrySet().stream().filter(e -> e.getKey() != NominationStatus.DRAFT)
			.mapToLong(Map.Entry::getValue).max().orElse(0);
		List<StatusRow> byStatus = new ArrayList<>();
		for (NominationStatus s : NominationStatus.values()) {
			if (s != NominationStatus.DRAFT) {
				long c = statuses.getOrDefault(s, 0L);
				byStatus.add(new StatusRow(s, c, width(c, statusMax)));
			}
		}

		return new Overview(edition, dossiers, drafts, byStatus, byCategory(editionId), byProvince(editionId),
				jdbc.sql("select count(*) from province").query(Integer.class).single(), byNomineeType(editionId),
				days(editionId, edition), attention(editionId, now), now);
	}

	private Glance glance(long editionId) {
		return jdbc.sql("""
				select e.id, e.name_vi, e.name_en, e.year, e.status, p.starts_at, p.ends_at
				from edition e
				left join edition_phase p on p.edition_id = e.id and p.kind = 'NOMINATION'
				where e.id = ?""").param(editionId)
			.query((rs, n) -> new Glance(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					EditionStatus.valueOf(rs.getString(5)), instant(rs, 6), instant(rs, 7)))
			.single();
	}

	private List<CategoryRow> byCategory(long editionId) {
		record Line(long categoryId, String categoryCode, String categoryVi, String categoryEn, AwardRow award,
				boolean hidden) {
		}
		// every award of the edition, with zero where nothing came in: an empty award is news too
		List<Line> lines = jdbc.sql("""
				select c.id, c.code, c.name_vi, c.name_en, a.id, a.code, a.name_vi, a.name_en, a.hidden, count(n.id)
				from award a
				join category c on c.id = a.category_id
				left join nomination n on n.award_id = a.id and n.status <> 'DRAFT'
				where a.edition_id = ?
				group by c.id, a.id
				order by c.sort_order, c.id, a.sort_order, a.id""").param(editionId)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					new AwardRow(rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getLong(10), 0),
					rs.getBoolean(9)))
			.list()
			.stream()
			.filter(l -> !l.hidden() || l.award().count() > 0)
			.toList();
		long max = lines.stream().mapToLong(l -> l.award().count()).max().orElse(0);
		Map<Long, List<AwardRow>> awards = new LinkedHashMap<>();
		Map<Long, Line> heads = new LinkedHashMap<>();
		for (Line l : lines) {
			AwardRow a = l.award();
			awards.computeIfAbsent(l.categoryId(), k -> new ArrayList<>())
				.add(new AwardRow(a.id(), a.code(), a.nameVi(), a.nameEn(), a.count(), width(a.count(), max)));
			heads.putIfAbsent(l.categoryId(), l);
		}
		List<CategoryRow> rows = new ArrayList<>();
		heads.forEach((id, l) -> {
			List<AwardRow> list = awards.get(id);
			rows.add(new CategoryRow(id, l.categoryCode(), l.categoryVi(), l.categoryEn(),
					list.stream().mapToLong(AwardRow::count).sum(), List.copyOf(list)));
		});
		return rows;
	}

	private List<ProvinceRow> byProvince(long editionId) {
		// the applicant unit's province; only provinces that sent something, most first
		List<ProvinceRow> rows = jdbc.sql("""
				select p.code, p.name_vi, p.name_en, count(*)
				from nomination n
				join unit u on u.id = n.unit_id
				join province p on p.code = u.province_code
				where n.edition_id = ? and n.status <> 'DRAFT'
				group by p.code
				order by count(*) desc, min(p.sort_order)""").param(editionId)
			.query((rs, n) -> new ProvinceRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), 0))
			.list();
		long max = rows.isEmpty() ? 0 : rows.get(0).count();
		return rows.stream()
			.map(r -> new ProvinceRow(r.code(), r.nameVi(), r.nameEn(), r.count(), width(r.count(), max)))
			.toList();
	}

	private List<TypeRow> byNomineeType(long editionId) {
		List<TypeRow> rows = jdbc.sql("""
				select nominee_type, count(*) from nomination
				where edition_id = ? and status <> 'DRAFT'
				group by nominee_type
				order by count(*) desc, nominee_type""").param(editionId)
			.query((rs, n) -> new TypeRow(UnitType.valueOf(rs.getString(1)), rs.getLong(2), 0))
			.list();
		long max = rows.isEmpty() ? 0 : rows.get(0).count();
		return rows.stream().map(r -> new TypeRow(r.type(), r.count(), width(r.count(), max))).toList();
	}

	/** Longest range the day chart shows; beyond it the earliest days are left out (the table says from when). */
	static final int MAX_DAYS = 120;

	private List<DayCount> days(long editionId, Glance edition) {
		Map<LocalDate, Long> counts = new LinkedHashMap<>();
		// the day as people in Vietnam lived it, whatever the server's zone
		jdbc.sql("""
				select (submitted_at at time zone :zone)::date as day, count(*)
				from nomination
				where edition_id = :edition and status <> 'DRAFT' and submitted_at is not null
				group by day
				order by day""")
			.param("zone", PortalTime.ZONE.getId())
			.param("edition", editionId)
			.query((ResultSet rs) -> {
				counts.put(rs.getObject(1, LocalDate.class), rs.getLong(2));
			});
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

	private Attention attention(long editionId, Instant now) {
		Attention counts = jdbc.sql("""
				select
				  count(*) filter (where n.status = 'SUBMITTED' and ra.nomination_id is null),
				  count(*) filter (where n.status = 'CHANGES_REQUESTED' and n.changes_due_at < :now),
				  count(*) filter (where n.kind = 'OTHER' and n.consent_status in ('PENDING', 'DECLINED')
				                   and n.status not in ('DRAFT', 'WITHDRAWN'))
				from nomination n
				left join review_assignment ra on ra.nomination_id = n.id
				where n.edition_id = :edition and n.status <> 'DRAFT'""")
			.param("now", Timestamp.from(now))
			.param("edition", editionId)
			.query((rs, n) -> new Attention(rs.getLong(1), List.of(), rs.getLong(2), rs.getLong(3)))
			.single();
		List<Waiting> newest = counts.unassigned() == 0 ? List.of() : jdbc.sql("""
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
		return new Attention(counts.unassigned(), newest, counts.changesOverdue(), counts.consentMissing());
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
