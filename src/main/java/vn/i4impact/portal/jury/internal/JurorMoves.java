package vn.i4impact.portal.jury.internal;

import java.io.Serializable;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.jury.internal.MoveRules.Outcome;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The secretariat's manual changes to whole sets of a juror's sheets in an open round (issue 14): moving a juror's
 * unstarted sheets to another member, and a juror leaving the round (see {@link MoveRules} for what may move). Every
 * change is one audit entry; nothing is refused silently: each dossier is reported with what became of it.
 */
@Service
public class JurorMoves {

	/** One dossier of a report: its reference, what became of it, and the member who has it now (if any). */
	public record Line(long nominationId, String referenceCode, Outcome outcome, Long jurorId, String jurorName)
			implements Serializable {
	}

	/** What a move did, dossier by dossier (moved first). */
	public record MoveReport(String fromName, String toName, List<Line> lines) implements Serializable {

		public long moved() {
			return lines.stream().filter(l -> l.outcome() == Outcome.MOVED).count();
		}

	}

	/**
	 * What a departure did: submitted sheets kept, unfinished dossiers given to another member, those that could not
	 * be covered again, the awards whose panel lost its chair.
	 */
	public record LeaveReport(String name, int keptSubmitted, List<Line> reassigned, List<Line> uncovered,
			List<Long> chairlessAwards) implements Serializable {
	}

	/** What a departure would do, for the confirmation page. */
	public record LeavePreview(long jurorId, String name, int submitted, List<String> unfinished, List<Long> panels) {
	}

	private final RoundService rounds;

	private final Panels panels;

	private final AssignmentService assignments;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	JurorMoves(RoundService rounds, Panels panels, AssignmentService assignments, JdbcClient jdbc, AuditTrail audit,
			Clock clock) {
		this.rounds = rounds;
		this.panels = panels;
		this.assignments = assignments;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** Moves every unstarted sheet of {@code fromId} to {@code toId}, dossier by dossier where the rules allow it. */
	@Transactional
	public MoveReport move(long roundId, long fromId, long toId, long actorId) {
		lockOpen(roundId);
		if (fromId == toId) {
			throw new DomainException("jury.moves.same");
		}
		String from = nameInRound(roundId, fromId);
		String to = nameInRound(roundId, toId);
		assignments.detectConflicts(roundId);
		Map<Long, List<Long>> members = panels.members(roundId);
		List<Line> lines = new ArrayList<>();
		for (Held h : held(roundId, fromId)) {
			Outcome outcome = MoveRules.judge(h.started(), members.getOrDefault(h.awardId(), List.of()).contains(toId),
					assignments.conflicted(roundId, h.nominationId(), toId), assigned(roundId, h.nominationId(), toId));
			if (outcome == Outcome.MOVED && !removeUnstarted(roundId, h.nominationId(), fromId)) {
				outcome = Outcome.STARTED; // the juror saved something since it was read
			}
			if (outcome == Outcome.MOVED && insert(roundId, h.nominationId(), toId, actorId)) {
				audit.record("jury.assign.move", "jury_assignment", roundId + "/" + h.nominationId(), h.referenceCode(),
						Map.of("juror", fromId), Map.of("juror", toId));
			}
			boolean now = outcome == Outcome.MOVED;
			lines.add(new Line(h.nominationId(), h.referenceCode(), outcome, now ? toId : fromId, now ? to : from));
		}
		lines.sort((a, b) -> Boolean.compare(b.outcome() == Outcome.MOVED, a.outcome() == Outcome.MOVED));
		return new MoveReport(from, to, List.copyOf(lines));
	}

	/** What {@link #leave} would do; not found for a juror who is not in the round. */
	@Transactional(readOnly = true)
	public LeavePreview preview(long roundId, long jurorId) {
		rounds.get(roundId);
		String name = nameInRound(roundId, jurorId);
		List<Held> held = held(roundId, jurorId);
		return new LeavePreview(jurorId, name, (int) held.stream().filter(Held::submitted).count(),
				held.stream().filter(h -> !h.submitted()).map(Held::referenceCode).toList(), panelsOf(roundId, jurorId));
	}

	/**
	 * The juror leaves the open round: off its panels (a panel they chaired has no chair until one is chosen), their
	 * submitted sheets kept, every other assignment removed and its dossier given to another member where possible.
	 */
	@Transactional
	public LeaveReport leave(long roundId, long jurorId, long actorId) {
		Round round = lockOpen(roundId);
		String name = nameInRound(roundId, jurorId);
		// the awards whose panel (their own or their category's) loses its chair, read before the juror leaves it
		List<Long> chairless = jdbc.sql("""
				select ap.award_id from jury_award_panel ap join jury_panel p on p.id = ap.panel_id
				where ap.round_id = ? and p.chair_id = ? order by ap.award_id""")
			.params(roundId, jurorId).query(Long.class).list();
		jdbc.sql("update jury_panel set chair_id = null, version = version + 1 where round_id = ? and chair_id = ?")
			.params(roundId, jurorId).update();
		List<Long> left = jdbc.sql("""
				delete from jury_panel_member m using jury_panel p
				where m.panel_id = p.id and p.round_id = ? and m.juror_id = ? returning p.id""")
			.params(roundId, jurorId).query(Long.class).list();
		for (long panel : left) {
			audit.record("jury.panel.leave", "jury_panel", panel, name, Map.of("juror", jurorId), null);
		}
		Map<Long, Long> awardOf = assignments.entries(roundId);
		Map<Long, Integer> before = new LinkedHashMap<>();
		Map<Long, String> references = new LinkedHashMap<>();
		int kept = 0;
		for (Held h : held(roundId, jurorId)) {
			if (h.submitted()) {
				kept++;
				continue;
			}
			int jurors = jurorsOf(roundId, h.nominationId());
			lockAssignment(roundId, h.nominationId(), jurorId);
			// a sheet submitted since it was read stays, with its assignment: it still counts
			if (jdbc.sql("""
					delete from jury_assignment a where a.round_id = ? and a.nomination_id = ? and a.juror_id = ?
					and not exists (select 1 from jury_sheet s where s.round_id = a.round_id and s.nomination_id = a.nomination_id
					                and s.juror_id = a.juror_id and s.status = 'SUBMITTED')""")
				.params(roundId, h.nominationId(), jurorId).update() == 0) {
				kept++;
				continue;
			}
			before.put(h.nominationId(), jurors);
			references.put(h.nominationId(), h.referenceCode());
			audit.record("jury.leave.remove", "jury_assignment", roundId + "/" + h.nominationId(), h.referenceCode(),
					Map.of("juror", jurorId), null);
		}
		assignments.detectConflicts(roundId);
		Assigner.Result result = new Assigner().assign(MoveRules.refill(awardOf, before, pairs(roundId,
				"select nomination_id, juror_id from jury_assignment where round_id = ?"), panels.members(roundId),
				pairs(roundId, "select nomination_id, juror_id from jury_conflict where round_id = ? and overridden_at is null"),
				round.getJurorsPerDossier()));
		List<Line> reassigned = new ArrayList<>();
		for (Assigner.Pair p : result.added()) {
			if (!insert(roundId, p.dossierId(), p.jurorId(), actorId)) {
				continue;
			}
			audit.record("jury.leave.reassign", "jury_assignment", roundId + "/" + p.dossierId(),
					references.get(p.dossierId()), Map.of("juror", jurorId), Map.of("juror", p.jurorId()));
			reassigned.add(new Line(p.dossierId(), references.get(p.dossierId()), Outcome.MOVED, p.jurorId(),
					name(p.jurorId())));
		}
		List<Line> uncovered = result.shortfalls().stream()
			.map(s -> new Line(s.dossierId(), references.get(s.dossierId()), Outcome.UNCOVERED, null, null))
			.toList();
		audit.record("jury.juror.leave", "jury_round", roundId, name, Map.of("juror", jurorId, "unfinished", before.size()),
				Map.of("keptSubmitted", kept, "reassigned", reassigned.size(), "uncovered", uncovered.size(),
						"chairless", chairless));
		return new LeaveReport(name, kept, List.copyOf(reassigned), uncovered, List.copyOf(chairless));
	}

	/** A dossier a juror holds in the round: started (a score or a comment saved) or submitted. */
	/** On a sheet {@code s}: something of the juror's work is stored (or it is submitted). */
	private static final String STARTED = """
			s.status = 'SUBMITTED' or s.overall_comment is not null
			or exists (select 1 from jury_score c where c.sheet_id = s.id and (c.score is not null or c.comment is not null))""";

	private record Held(long nominationId, String referenceCode, long awardId, boolean started, boolean submitted) {
	}

	private List<Held> held(long roundId, long jurorId) {
		return jdbc.sql("""
				select a.nomination_id, e.reference_code, e.award_id,
				       s.id is not null and (%s),
				       coalesce(s.status = 'SUBMITTED', false)
				from jury_assignment a
				join jury_round_entry e on e.round_id = a.round_id and e.nomination_id = a.nomination_id
				left join jury_sheet s on s.round_id = a.round_id and s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
				where a.round_id = ? and a.juror_id = ? order by e.reference_code""".formatted(STARTED))
			.params(roundId, jurorId)
			.query((rs, n) -> new Held(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4), rs.getBoolean(5)))
			.list();
	}

	private Round lockOpen(long roundId) {
		// one change of the round's assignments at a time (as automatic assignment does); the status is read after the
		// lock, so a move that waited behind the closing sees the round closed
		String status = jdbc.sql("select status from jury_round where id = ? for update").param(roundId).query(String.class)
			.optional().orElseThrow(NotFoundException::new);
		if (!RoundStatus.OPEN.name().equals(status)) {
			throw new DomainException("jury.round.notOpen");
		}
		return rounds.get(roundId);
	}

	/** Waits for a save of that sheet in flight (it holds the row shared), so the next statement sees what it stored. */
	private void lockAssignment(long roundId, long nominationId, long jurorId) {
		jdbc.sql("select id from jury_assignment where round_id = ? and nomination_id = ? and juror_id = ? for update")
			.params(roundId, nominationId, jurorId).query(Long.class).optional();
	}

	/** The juror's name, when they are on a panel of the round or hold one of its dossiers; not found otherwise. */
	private String nameInRound(long roundId, long jurorId) {
		return jdbc.sql("""
				select u.full_name from app_user u where u.id = ? and (
				    exists (select 1 from jury_panel p join jury_panel_member m on m.panel_id = p.id
				            where p.round_id = ? and m.juror_id = u.id)
				    or exists (select 1 from jury_assignment a where a.round_id = ? and a.juror_id = u.id))""")
			.params(jurorId, roundId, roundId).query(String.class).optional().orElseThrow(NotFoundException::new);
	}

	private String name(long userId) {
		return jdbc.sql("select full_name from app_user where id = ?").param(userId).query(String.class).single();
	}

	/** The awards the juror scores in the round, through their own panel or their category's. */
	private List<Long> panelsOf(long roundId, long jurorId) {
		return jdbc.sql("""
				select ap.award_id from jury_award_panel ap join jury_panel_member m on m.panel_id = ap.panel_id
				where ap.round_id = ? and m.juror_id = ? order by ap.award_id""")
			.params(roundId, jurorId).query(Long.class).list();
	}

	/** Deletes the assignment only if its sheet is still unstarted, checked in the same statement. */
	private boolean removeUnstarted(long roundId, long nominationId, long jurorId) {
		lockAssignment(roundId, nominationId, jurorId);
		return jdbc.sql("""
				delete from jury_assignment a where a.round_id = ? and a.nomination_id = ? and a.juror_id = ?
				and not exists (select 1 from jury_sheet s where s.round_id = a.round_id and s.nomination_id = a.nomination_id
				                and s.juror_id = a.juror_id and (%s))""".formatted(STARTED))
			.params(roundId, nominationId, jurorId).update() == 1;
	}

	private boolean assigned(long roundId, long nominationId, long jurorId) {
		return jdbc.sql("select exists (select 1 from jury_assignment where round_id = ? and nomination_id = ? and juror_id = ?)")
			.params(roundId, nominationId, jurorId).query(Boolean.class).single();
	}

	private int jurorsOf(long roundId, long nominationId) {
		return jdbc.sql("select count(*) from jury_assignment where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).query(Integer.class).single();
	}

	private Set<Assigner.Pair> pairs(long roundId, String sql) {
		return new HashSet<>(jdbc.sql(sql).param(roundId)
			.query((rs, n) -> new Assigner.Pair(rs.getLong(1), rs.getLong(2))).list());
	}

	/** @return false when the pair was assigned meanwhile (a manual add): nothing more to record */
	private boolean insert(long roundId, long nominationId, long jurorId, long actorId) {
		return jdbc.sql("""
				insert into jury_assignment (round_id, nomination_id, juror_id, assigned_at, assigned_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(roundId, nominationId, jurorId, Timestamp.from(clock.instant()), actorId).update() == 1;
	}

}
