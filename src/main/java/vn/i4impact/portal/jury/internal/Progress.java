package vn.i4impact.portal.jury.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The secretariat's view of a round in progress: counts only, never a score. */
@Component
public class Progress {

	public record ByJuror(long jurorId, String name, String email, int assigned, int declared, int started,
			int submitted, int conflicts) {
	}

	public record ByAward(long awardId, int dossiers, int assignments, int submitted, int uncovered) {
	}

	public record Line(long nominationId, String referenceCode, long awardId, List<Seat> seats) {
	}

	/** One juror on one dossier. */
	public record Seat(long jurorId, String name, SheetStatus status) {
	}

	public record Conflict(long id, long nominationId, String referenceCode, long jurorId, String jurorName,
			String source, String reasonKey, String detail, boolean overridden) {
	}

	private final JdbcClient jdbc;

	Progress(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(readOnly = true)
	public List<ByJuror> byJuror(long roundId) {
		return jdbc.sql("""
				with members as (
				    select distinct m.juror_id from jury_panel p join jury_panel_member m on m.panel_id = p.id where p.round_id = :r
				    union select juror_id from jury_assignment where round_id = :r)
				select u.id, u.full_name, u.email,
				       (select count(*) from jury_assignment a where a.round_id = :r and a.juror_id = u.id) assigned,
				       (select count(*) from jury_assignment a where a.round_id = :r and a.juror_id = u.id and a.declared_at is not null) declared,
				       (select count(*) from jury_sheet s where s.round_id = :r and s.juror_id = u.id) started,
				       (select count(*) from jury_sheet s where s.round_id = :r and s.juror_id = u.id and s.status = 'SUBMITTED') submitted,
				       (select count(*) from jury_conflict c where c.round_id = :r and c.juror_id = u.id and c.overridden_at is null) conflicts
				from members m join app_user u on u.id = m.juror_id order by u.full_name, u.id""")
			.param("r", roundId)
			.query((rs, n) -> new ByJuror(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7), rs.getInt(8)))
			.list();
	}

	/**
	 * Per award: dossiers, assignments, submitted sheets, dossiers with fewer jurors than {@code needed} (null: the
	 * award's panel, own or its category's; a dossier without any panel always counts as short).
	 */
	@Transactional(readOnly = true)
	public List<ByAward> byAward(long roundId, Integer needed) {
		return jdbc.sql("""
				select e.award_id, count(*) dossiers, sum(x.assigned) assignments, sum(x.submitted) submitted,
				       count(*) filter (where x.assigned < coalesce(:needed, greatest(1, (select count(*) from jury_award_panel ap
				           join jury_panel_member m on m.panel_id = ap.panel_id
				           where ap.round_id = e.round_id and ap.award_id = e.award_id)))) uncovered
				from jury_round_entry e
				cross join lateral (select
				    (select count(*) from jury_assignment a where a.round_id = e.round_id and a.nomination_id = e.nomination_id) assigned,
				    (select count(*) from jury_sheet s where s.round_id = e.round_id and s.nomination_id = e.nomination_id
				         and s.status = 'SUBMITTED') submitted) x
				where e.round_id = :r group by e.award_id, e.round_id order by e.award_id""")
			.param("r", roundId).param("needed", needed)
			.query((rs, n) -> new ByAward(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
			.list();
	}

	/** Every dossier of the round with its jurors and where each stands. */
	@Transactional(readOnly = true)
	public List<Line> dossiers(long roundId) {
		Map<Long, List<Seat>> seats = new HashMap<>();
		jdbc.sql("""
				select a.nomination_id, u.id, u.full_name, a.declared_at is not null, s.status,
				       exists (select 1 from jury_score c where c.sheet_id = s.id and c.score is not null)
				from jury_assignment a join app_user u on u.id = a.juror_id
				left join jury_sheet s on s.round_id = a.round_id and s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
				where a.round_id = ? order by u.full_name, u.id""")
			.param(roundId)
			.query(rs -> {
				SheetStatus status = !rs.getBoolean(4) ? SheetStatus.UNDECLARED
						: "SUBMITTED".equals(rs.getString(5)) ? SheetStatus.SUBMITTED
						: rs.getBoolean(6) ? SheetStatus.IN_PROGRESS : SheetStatus.NOT_STARTED;
				seats.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Seat(rs.getLong(2), rs.getString(3), status));
			});
		return jdbc.sql("select nomination_id, reference_code, award_id from jury_round_entry where round_id = ? order by award_id, reference_code")
			.param(roundId)
			.query((rs, n) -> new Line(rs.getLong(1), rs.getString(2), rs.getLong(3),
					seats.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	/** A submitted sheet of a panel the juror chairs (who and when, never the scores). */
	public record Submitted(long nominationId, String referenceCode, long jurorId, String jurorName, Instant at) {
	}

	/** The submitted sheets of the awards whose panel (own or category's) the juror chairs; empty when none. */
	@Transactional(readOnly = true)
	public List<Submitted> submittedInPanelsChairedBy(long roundId, long chairId) {
		return jdbc.sql("""
				select e.nomination_id, e.reference_code, s.juror_id, u.full_name, s.submitted_at
				from jury_award_panel ap join jury_panel p on p.id = ap.panel_id
				join jury_round_entry e on e.round_id = ap.round_id and e.award_id = ap.award_id
				join jury_sheet s on s.round_id = e.round_id and s.nomination_id = e.nomination_id and s.status = 'SUBMITTED'
				join app_user u on u.id = s.juror_id
				where ap.round_id = ? and p.chair_id = ? order by e.reference_code, u.full_name""")
			.params(roundId, chairId)
			.query((rs, n) -> new Submitted(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
					rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** Does the juror chair a panel that applies to an award of the round? */
	@Transactional(readOnly = true)
	public boolean chairs(long roundId, long jurorId) {
		return jdbc.sql("""
				select exists (select 1 from jury_award_panel ap join jury_panel p on p.id = ap.panel_id
				               where ap.round_id = ? and p.chair_id = ?)""")
			.params(roundId, jurorId).query(Boolean.class).single();
	}

	@Transactional(readOnly = true)
	public List<Conflict> conflicts(long roundId) {
		return jdbc.sql("""
				select c.id, c.nomination_id, e.reference_code, c.juror_id, u.full_name, c.source, c.reason_key, c.detail,
				       c.overridden_at is not null
				from jury_conflict c join app_user u on u.id = c.juror_id
				join jury_round_entry e on e.round_id = c.round_id and e.nomination_id = c.nomination_id
				where c.round_id = ? order by e.reference_code, u.full_name""")
			.param(roundId)
			.query((rs, n) -> new Conflict(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getBoolean(9)))
			.list();
	}

}
