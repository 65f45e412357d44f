package vn.i4impact.portal.jury.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The juror's side: their assignments, the conflict declaration, and their own score sheets. Every query joins the
 * assignment on the juror's id and excludes conflicted pairs, so no id typed into a URL or form reaches a dossier
 * that is not theirs to score; another juror's sheet is never read here.
 */
@Service
public class JurorDesk {

	/** A line of the juror's home page. */
	public record Line(JurorAssignment assignment, SheetStatus status, Instant savedAt) {
	}

	/** What the juror's dossier page needs of the jury, read in one transaction. */
	public record Page(JurorAssignment assignment, Sheet sheet, List<Criterion> criteria, String instructionsVi,
			String instructionsEn) {

		public String instructions(Locale locale) {
			return Localized.pick(locale, instructionsVi, instructionsEn);
		}

	}

	private static final String ASSIGNMENT = """
			select a.id, a.round_id, r.kind, r.status, r.closes_at, r.blind, a.nomination_id, e.reference_code,
			       e.award_id, a.declared_at
			from jury_assignment a
			join jury_round r on r.id = a.round_id
			join jury_round_entry e on e.round_id = a.round_id and e.nomination_id = a.nomination_id
			where a.juror_id = :juror and r.status <> 'DRAFT'
			  and not exists (select 1 from jury_conflict c where c.round_id = a.round_id
			                  and c.nomination_id = a.nomination_id and c.juror_id = a.juror_id and c.overridden_at is null)
			""";

	private final JdbcClient jdbc;

	private final Criteria criteria;

	private final AuditTrail audit;

	private final Clock clock;

	JurorDesk(JdbcClient jdbc, Criteria criteria, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.criteria = criteria;
		this.audit = audit;
		this.clock = clock;
	}

	/** The juror's dossiers in every open or closed round, newest round first, then by reference. */
	@Transactional(readOnly = true)
	public List<Line> home(long jurorId) {
		return jdbc.sql("""
				select x.*, s.status sheet_status, s.saved_at,
				       exists (select 1 from jury_score c where c.sheet_id = s.id and c.score is not null) started
				from (""" + ASSIGNMENT + """
				) x left join jury_sheet s on s.round_id = x.round_id and s.nomination_id = x.nomination_id
				                          and s.juror_id = :juror
				order by x.closes_at desc, x.round_id, x.reference_code""")
			.param("juror", jurorId)
			.query((rs, n) -> {
				JurorAssignment a = assignment(rs, n);
				String sheet = rs.getString("sheet_status");
				SheetStatus status = !a.declared() ? SheetStatus.UNDECLARED
						: "SUBMITTED".equals(sheet) ? SheetStatus.SUBMITTED
						: rs.getBoolean("started") ? SheetStatus.IN_PROGRESS : SheetStatus.NOT_STARTED;
				Timestamp saved = rs.getTimestamp("saved_at");
				return new Line(a, status, saved == null ? null : saved.toInstant());
			})
			.list();
	}

	/** @throws NotFoundException unless the dossier is assigned to this juror in this round and not conflicted */
	@Transactional(readOnly = true)
	public JurorAssignment assignment(long jurorId, long roundId, long nominationId) {
		return jdbc.sql(ASSIGNMENT + " and a.round_id = :round and a.nomination_id = :nomination")
			.param("juror", jurorId).param("round", roundId).param("nomination", nominationId)
			.query(JurorDesk::assignment).optional().orElseThrow(NotFoundException::new);
	}

	/**
	 * The juror's dossier page: the assignment with the round's instructions, the sheet (null before the declaration
	 * or the first save) and the criteria.
	 * @throws NotFoundException unless the dossier is assigned to this juror in this round and not conflicted
	 */
	@Transactional(readOnly = true)
	public Page page(long jurorId, long roundId, long nominationId) {
		return jdbc.sql("select x.*, r.instructions_vi, r.instructions_en from (" + ASSIGNMENT
				+ " and a.round_id = :round and a.nomination_id = :nomination) x join jury_round r on r.id = x.round_id")
			.param("juror", jurorId).param("round", roundId).param("nomination", nominationId)
			.query((rs, n) -> {
				JurorAssignment a = assignment(rs, n);
				return new Page(a, a.declared() ? sheet(a) : null, criteria(a), rs.getString("instructions_vi"),
						rs.getString("instructions_en"));
			}).optional().orElseThrow(NotFoundException::new);
	}

	/** The assignment's criteria: only rounds past DRAFT reach a juror, and their sets no longer change. */
	public List<Criterion> criteria(JurorAssignment a) {
		return criteria.ofOpenedRound(a.roundId(), a.awardId());
	}

	/**
	 * The juror's declaration before the sheet unlocks: no conflict (the sheet opens), or a conflict with a reason,
	 * which removes the assignment and puts the dossier back to be reassigned.
	 */
	@Transactional
	public void declare(long jurorId, long roundId, long nominationId, boolean conflict, String reason) {
		JurorAssignment a = assignment(jurorId, roundId, nominationId);
		requireOpen(a);
		if (a.declared()) {
			throw new DomainException("jury.declare.already");
		}
		if (!conflict) {
			jdbc.sql("update jury_assignment set declared_at = ? where id = ?").params(now(), a.id()).update();
			audit.record("jury.declare.none", "jury_assignment", a.id(), a.referenceCode(), null, Map.of("conflict", false));
			return;
		}
		if (reason == null || reason.isBlank()) {
			throw new DomainException("jury.declare.reasonRequired");
		}
		String why = reason.strip();
		jdbc.sql("""
				insert into jury_conflict (round_id, nomination_id, juror_id, source, reason_key, detail, at)
				values (?, ?, ?, 'DECLARED', 'jury.conflict.declared', ?, ?) on conflict do nothing""")
			.params(roundId, nominationId, jurorId, why.length() > 1000 ? why.substring(0, 1000) : why, now()).update();
		jdbc.sql("delete from jury_assignment where id = ?").param(a.id()).update();
		audit.record("jury.declare.conflict", "jury_assignment", a.id(), a.referenceCode(), null,
				Map.of("conflict", true, "reason", why));
	}

	/** The juror's sheet for the dossier, or null when nothing was saved yet. */
	@Transactional(readOnly = true)
	public Sheet sheet(JurorAssignment a) {
		List<Sheet> sheets = new ArrayList<>();
		Map<Long, Sheet.Row> rows = new HashMap<>();
		jdbc.sql("""
				select s.id, s.version, s.status, s.overall_comment, s.saved_at, s.submitted_at, s.reopen_reason,
				       c.criterion_id, c.score, c.comment
				from jury_sheet s left join jury_score c on c.sheet_id = s.id
				where s.round_id = ? and s.nomination_id = ?
				  and s.juror_id = (select juror_id from jury_assignment where id = ?)""")
			.params(a.roundId(), a.nominationId(), a.id())
			.query(rs -> {
				if (sheets.isEmpty()) {
					Timestamp submitted = rs.getTimestamp(6);
					sheets.add(new Sheet(rs.getLong(1), rs.getLong(2), "SUBMITTED".equals(rs.getString(3)),
							rs.getString(4), rs.getTimestamp(5).toInstant(),
							submitted == null ? null : submitted.toInstant(), rs.getString(7), rows));
				}
				long criterion = rs.getLong(8);
				if (!rs.wasNull()) {
					rows.put(criterion, new Sheet.Row((Integer) rs.getObject(9), rs.getString(10)));
				}
			});
		return sheets.isEmpty() ? null : sheets.get(0);
	}

	/**
	 * Saves what the juror typed (scores may be missing while in progress).
	 * @param expectedVersion the sheet's version the juror's page showed; -1 for a sheet not created yet
	 * @return the sheet's new version
	 * @throws ConflictException when the sheet changed since (another tab saved first)
	 */
	@Transactional
	public long save(long jurorId, long roundId, long nominationId, long expectedVersion, Map<Long, Integer> scores,
			Map<Long, String> comments, String overall) {
		// the assignment row stays shared-locked until commit: moving or withdrawing it waits for this save to land
		JurorAssignment a = jdbc.sql(ASSIGNMENT + " and a.round_id = :round and a.nomination_id = :nomination for share of a")
			.param("juror", jurorId).param("round", roundId).param("nomination", nominationId)
			.query(JurorDesk::assignment).optional().orElseThrow(NotFoundException::new);
		requireOpen(a);
		if (!a.declared()) {
			throw new DomainException("jury.declare.first");
		}
		List<Criterion> set = criteria(a);
		for (Criterion c : set) {
			Integer s = scores.get(c.id());
			if (s != null && !c.accepts(s)) {
				throw new DomainException("jury.sheet.score.range", c.scaleMin(), c.scaleMax());
			}
		}
		Sheet sheet = sheet(a);
		long sheetId;
		long version;
		if (sheet == null) {
			if (expectedVersion >= 0) {
				throw new ConflictException();
			}
			sheetId = jdbc.sql("""
					insert into jury_sheet (round_id, nomination_id, juror_id, status, overall_comment, saved_at)
					values (?, ?, ?, 'DRAFT', ?, ?) on conflict do nothing returning id""")
				.params(roundId, nominationId, jurorId, blankToNull(overall), now()).query(Long.class).optional()
				.orElseThrow(ConflictException::new);
			version = 0;
		}
		else {
			if (sheet.submitted()) {
				throw new DomainException("jury.sheet.submitted");
			}
			int n = jdbc.sql("""
					update jury_sheet set version = version + 1, overall_comment = ?, saved_at = ?
					where id = ? and version = ? and status = 'DRAFT'""")
				.params(blankToNull(overall), now(), sheet.id(), expectedVersion).update();
			if (n == 0) {
				throw new ConflictException();
			}
			sheetId = sheet.id();
			version = expectedVersion + 1;
		}
		// one statement for the whole sheet (the history trigger still sees one row per changed criterion)
		StringJoiner rowsSql = new StringJoiner(", ");
		List<Object> params = new ArrayList<>();
		for (Criterion c : set) {
			rowsSql.add("(?, ?, ?::integer, ?)");
			params.addAll(Arrays.asList(sheetId, c.id(), scores.get(c.id()), blankToNull(comments.get(c.id()))));
		}
		jdbc.sql("insert into jury_score (sheet_id, criterion_id, score, comment) values " + rowsSql + """
				 on conflict (sheet_id, criterion_id) do update set score = excluded.score, comment = excluded.comment
				where (jury_score.score, jury_score.comment) is distinct from (excluded.score, excluded.comment)""")
			.params(params).update();
		return version;
	}

	/** Saves, then submits: every criterion scored and an overall comment, after which the sheet is read-only. */
	@Transactional
	public void submit(long jurorId, long roundId, long nominationId, long expectedVersion, Map<Long, Integer> scores,
			Map<Long, String> comments, String overall) {
		long version = save(jurorId, roundId, nominationId, expectedVersion, scores, comments, overall);
		JurorAssignment a = assignment(jurorId, roundId, nominationId);
		if (criteria(a).stream().anyMatch(c -> scores.get(c.id()) == null)) {
			throw new DomainException("jury.sheet.incomplete");
		}
		if (overall == null || overall.isBlank()) {
			throw new DomainException("jury.sheet.overallRequired");
		}
		jdbc.sql("update jury_sheet set status = 'SUBMITTED', submitted_at = ?, version = version + 1 where round_id = ? and nomination_id = ? and juror_id = ? and version = ?")
			.params(now(), roundId, nominationId, jurorId, version).update();
		audit.record("jury.sheet.submit", "jury_sheet", a.referenceCode(), a.referenceCode(), null,
				Map.of("round", roundId, "juror", jurorId));
	}

	private void requireOpen(JurorAssignment a) {
		if (!a.acceptsScores(clock.instant())) {
			throw new DomainException("jury.sheet.roundClosed");
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static JurorAssignment assignment(ResultSet rs, int row) throws SQLException {
		Timestamp declared = rs.getTimestamp(10);
		return new JurorAssignment(rs.getLong(1), rs.getLong(2), RoundKind.valueOf(rs.getString(3)),
				RoundStatus.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getBoolean(6), rs.getLong(7),
				rs.getString(8), rs.getLong(9), declared == null ? null : declared.toInstant());
	}

}
