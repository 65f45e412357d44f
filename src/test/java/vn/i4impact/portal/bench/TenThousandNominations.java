package vn.i4impact.portal.bench;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Fills an edition with a realistic load for the secretariat's screens, in SQL ({@code generate_series}), so 10,000
 * dossiers take seconds, not the minutes the service layer would need. Deterministic: the same call gives the same
 * spread every run.
 *
 * <ul>
 * <li>units spread over the 34 provinces with Vietnamese names carrying diacritics ("Sở Thông tin và Truyền thông Hà
 * Nội …", "Công ty Cổ phần Công nghệ Hải Phòng …"), each with the unit type its name implies;</li>
 * <li>dossiers spread over every visible award of the edition, every status (about 10 % drafts), one in five a
 * nomination of a person (consent pending, given or declined);</li>
 * <li>submissions over the {@code days} days that end on the edition's nomination deadline, busier towards the end,
 * as real deadlines are;</li>
 * <li>a third of the non-draft dossiers assigned to the given secretariat members.</li>
 * </ul>
 * Reference codes and nominee keys carry a per-call offset, so it can run more than once on one database.
 */
public final class TenThousandNominations {

	/** What was made; {@code millis} is the time the inserts took, ANALYZE included. */
	public record Generated(long editionId, int units, int nominations, long drafts, long assigned, long millis) {
	}

	private TenThousandNominations() {
	}

	/** The current edition (the 2026 program seeded by Flyway: 12 awards). */
	public static long currentEdition(JdbcClient jdbc) {
		return jdbc.sql("select id from edition where is_current").query(Long.class).single();
	}

	/**
	 * @param createdBy an existing account recorded as the author of every dossier
	 * @param assignees secretariat accounts the assigned dossiers are shared between (may be empty)
	 */
	public static Generated generate(JdbcClient jdbc, long editionId, int nominations, int units, int days,
			long createdBy, List<Long> assignees) {
		long started = System.nanoTime();
		long offset = jdbc.sql("select coalesce(max(id), 0) from nomination").query(Long.class).single();
		long firstUnit = jdbc.sql("select coalesce(max(id), 0) + 1 from unit").query(Long.class).single();
		jdbc.sql("""
				insert into unit (name, unit_type, province_code, created_at)
				select case g % 8
				         when 0 then 'Sở Thông tin và Truyền thông ' || p.name_vi || ' – đơn vị ' || g
				         when 1 then 'Công ty Cổ phần Công nghệ ' || p.name_vi || ' ' || g
				         when 2 then 'Ủy ban nhân dân phường Đổi Mới số ' || g || ', ' || p.name_vi
				         when 3 then 'Công ty TNHH Giải pháp Số Việt ' || g || ' chi nhánh ' || p.name_vi
				         when 4 then 'Viện Nghiên cứu Ứng dụng Trí tuệ nhân tạo ' || p.name_vi || ' ' || g
				         when 5 then 'Công ty Khởi nghiệp Sáng tạo Xanh ' || g || ' – ' || p.name_vi
				         when 6 then 'Hiệp hội Doanh nghiệp Phần mềm ' || p.name_vi || ' (' || g || ')'
				         else 'Trung tâm Chuyển đổi số tỉnh ' || p.name_vi || ' – cơ sở ' || g
				       end,
				       (array['STATE_BODY', 'ENTERPRISE', 'LOCALITY', 'ENTERPRISE', 'RESEARCH_INSTITUTE', 'STARTUP',
				              'ASSOCIATION', 'STATE_BODY'])[1 + g % 8],
				       p.code,
				       now() - interval '400 days'
				from generate_series(1, :units) g
				join (select code, name_vi, row_number() over (order by sort_order) - 1 as rn from province) p
				  on p.rn = (g * 7) % 34
				order by g""").param("units", units).update();

		jdbc.sql("""
				with aw as (
				  select id, code, row_number() over (order by sort_order, id) - 1 as rn, count(*) over () as total,
				         exists (select 1 from award_nominee_type t where t.award_id = award.id and t.nominee_type = 'INDIVIDUAL')
				         and not exists (select 1 from award_nominee_type t where t.award_id = award.id and t.nominee_type <> 'INDIVIDUAL')
				           as people_only
				  from award where edition_id = :edition and not hidden
				),
				un as (
				  select id, name, unit_type, row_number() over (order by id) - 1 as rn, count(*) over () as total
				  from unit where id >= :firstUnit
				),
				deadline as (
				  select coalesce((select ends_at from edition_phase where edition_id = :edition and kind = 'NOMINATION'), now()) as at
				),
				seq as (
				  select g, (g * 7919) % 100 as s, (g * 104729) % 1000 / 1000.0 as r, (g * 31) % 5 = 0 as person
				  from generate_series(1, :n) g
				),
				gen as (
				  select seq.g, aw.id as award_id, aw.code as award_code, un.id as unit_id, un.name as unit_name, un.unit_type,
				         (seq.person or aw.people_only) as person,
				         case when seq.s < 10 then 'DRAFT' when seq.s < 45 then 'SUBMITTED' when seq.s < 53 then 'CHANGES_REQUESTED'
				              when seq.s < 73 then 'ELIGIBLE' when seq.s < 78 then 'INELIGIBLE' when seq.s < 86 then 'SHORTLISTED'
				              when seq.s < 90 then 'NOT_SHORTLISTED' when seq.s < 93 then 'HONOURED' when seq.s < 96 then 'NOT_HONOURED'
				              else 'WITHDRAWN' end as status,
				         -- days before the deadline, squared so most dossiers arrive in the last weeks
				         floor(:days * seq.r * seq.r) as days_before, seq.r,
				         (select at from deadline) as deadline
				  from seq
				  join aw on aw.rn = seq.g % aw.total
				  join un on un.rn = (seq.g * 13) % un.total
				)
				insert into nomination (edition_id, award_id, unit_id, kind, nominee_type, nominee_name, nominee_key, title,
				  status, reference_code, consent_status, created_by, created_at, updated_at, submitted_at, changes_due_at)
				select :edition, award_id, unit_id,
				       case when person then 'OTHER' else 'SELF' end,
				       case when person then 'INDIVIDUAL' else unit_type end,
				       case when person then
				         (array['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ'])[1 + g % 10] || ' ' ||
				         (array['Văn', 'Thị', 'Minh', 'Thu', 'Quốc', 'Ngọc', 'Đức'])[1 + g % 7] || ' ' ||
				         (array['An', 'Bình', 'Hà', 'Hùng', 'Lan', 'Phương', 'Tuấn', 'Dũng', 'Hương', 'Thảo', 'Khoa'])[1 + g % 11]
				       else unit_name end,
				       'bench ' || (g + :offset),
				       (array['Nền tảng số phục vụ người dân', 'Chuyển đổi số trong sản xuất thông minh',
				              'Ứng dụng trí tuệ nhân tạo trong y tế', 'Đô thị thông minh và chính quyền số',
				              'Số hóa di sản văn hóa', 'Giải pháp năng lượng xanh'])[1 + g % 6] || ' – hồ sơ ' || (g + :offset),
				       status,
				       case when status = 'DRAFT' then null
				            else 'I4IA-BENCH-' || award_code || '-' || lpad((g + :offset)::text, 7, '0') end,
				       case when not person then 'NOT_NEEDED'
				            when g % 10 < 3 then 'PENDING' when g % 10 < 9 then 'GIVEN' else 'DECLINED' end,
				       :createdBy,
				       deadline - make_interval(days => days_before::int + 3),
				       deadline - make_interval(days => days_before::int) + make_interval(secs => 3600 * r),
				       case when status = 'DRAFT' then null
				            else deadline - make_interval(days => days_before::int) - make_interval(secs => 80000 * r) end,
				       case when status = 'CHANGES_REQUESTED' then
				              case when g % 2 = 0 then now() - interval '3 days' else now() + interval '7 days' end end
				from gen""")
			.param("edition", editionId)
			.param("firstUnit", firstUnit)
			.param("n", nominations)
			.param("days", days)
			.param("offset", offset)
			.param("createdBy", createdBy)
			.update();

		long assigned = 0;
		if (!assignees.isEmpty()) {
			assigned = jdbc.sql("""
					insert into review_assignment (nomination_id, user_id, assigned_at)
					select n.id, a.ids[1 + n.id % cardinality(a.ids)], n.submitted_at + interval '1 day'
					from nomination n, (select string_to_array(:assignees, ',')::bigint[] as ids) a
					where n.edition_id = :edition and n.id > :offset and n.status <> 'DRAFT' and n.id % 3 = 0
					on conflict do nothing""")
				.param("assignees", assignees.stream().map(String::valueOf).collect(Collectors.joining(",")))
				.param("edition", editionId)
				.param("offset", offset)
				.update();
		}
		// fresh statistics, as autovacuum would give a long-running database: the plans measured are the real ones
		jdbc.sql("analyze unit").update();
		jdbc.sql("analyze nomination").update();
		jdbc.sql("analyze review_assignment").update();
		long drafts = jdbc.sql("select count(*) from nomination where edition_id = ? and id > ? and status = 'DRAFT'")
			.params(editionId, offset).query(Long.class).single();
		return new Generated(editionId, units, nominations, drafts, assigned, (System.nanoTime() - started) / 1_000_000);
	}

}
