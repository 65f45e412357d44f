package vn.i4impact.portal.jury.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.NotFoundException;

/** Conflict detection and assignments of a round: automatic, manual, published to the jurors by mail. */
@Service
public class AssignmentService {

	private final RoundService rounds;

	private final Panels panels;

	private final Jurors jurors;

	private final DossierContent content;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Mailer mailer;

	private final Accounts accounts;

	private final AbsoluteLinks links;

	private final Clock clock;

	private final Dates dates;

	AssignmentService(RoundService rounds, Panels panels, Jurors jurors, DossierContent content, JdbcClient jdbc,
			AuditTrail audit, Mailer mailer, Accounts accounts, AbsoluteLinks links, Clock clock, Dates dates) {
		this.dates = dates;
		this.rounds = rounds;
		this.panels = panels;
		this.jurors = jurors;
		this.content = content;
		this.jdbc = jdbc;
		this.audit = audit;
		this.mailer = mailer;
		this.accounts = accounts;
		this.links = links;
		this.clock = clock;
	}

	/**
	 * Detects conflicts between every dossier of the round and every member of its award's panel and records them
	 * (with their reasons) once. @return how many new ones were found
	 */
	@Transactional
	public int detectConflicts(long roundId) {
		Map<Long, Long> awardOf = entries(roundId);
		Map<Long, List<Long>> members = panels.members(roundId);
		Set<Long> jurorIds = new HashSet<>();
		members.values().forEach(jurorIds::addAll);
		Map<Long, JurorProfile> profiles = jurors.profiles(jurorIds);
		int found = 0;
		for (Candidate c : content.candidates(awardOf.keySet())) {
			for (long juror : members.getOrDefault(c.awardId(), List.of())) {
				for (ConflictDetector.Found f : ConflictDetector.detect(profiles.get(juror), c)) {
					found += jdbc.sql("""
							insert into jury_conflict (round_id, nomination_id, juror_id, source, reason_key, detail, at)
							values (?, ?, ?, 'DETECTED', ?, ?, ?) on conflict do nothing""")
						.params(roundId, c.id(), juror, f.reasonKey(), f.detail(), now())
						.update();
				}
			}
		}
		return found;
	}

	/** Gives every dossier of the open round the jurors it still needs (see {@link Assigner}). */
	@Transactional
	public Assigner.Result autoAssign(long roundId, long actorId) {
		Round round = rounds.get(roundId);
		if (round.getStatus() != RoundStatus.OPEN) {
			throw new DomainException("jury.round.notOpen");
		}
		jdbc.sql("select id from jury_round where id = ? for update").param(roundId).query(Long.class).single();
		detectConflicts(roundId);
		Map<Long, List<Long>> members = panels.members(roundId);
		Map<Long, Long> entries = entries(roundId);
		Set<Assigner.Pair> existing = scoringPairs(roundId);
		// with a number of jurors per dossier, a sheet held by someone no longer on the panel (a member who left with
		// it submitted) still covers its dossier
		Map<Long, Integer> heldOffPanel = new HashMap<>();
		if (round.getJurorsPerDossier() != null) {
			for (Assigner.Pair p : existing) {
				if (!members.getOrDefault(entries.get(p.dossierId()), List.of()).contains(p.jurorId())) {
					heldOffPanel.merge(p.dossierId(), 1, Integer::sum);
				}
			}
		}
		List<Assigner.Dossier> dossiers = new ArrayList<>();
		entries.forEach((id, award) -> dossiers.add(new Assigner.Dossier(id, award, Math.max(0,
				round.jurorsNeeded(members.getOrDefault(award, List.of()).size()) - heldOffPanel.getOrDefault(id, 0)))));
		Set<Assigner.Pair> conflicts = new HashSet<>(jdbc.sql("""
				select nomination_id, juror_id from jury_conflict where round_id = ? and overridden_at is null""")
			.param(roundId).query((rs, n) -> new Assigner.Pair(rs.getLong(1), rs.getLong(2))).list());
		Assigner.Result result = new Assigner().assign(new Assigner.Request(dossiers, members, conflicts, existing));
		for (Assigner.Pair p : result.added()) {
			insert(roundId, p.dossierId(), p.jurorId(), actorId);
		}
		audit.record("jury.assign.auto", "jury_round", roundId, result.added().size() + " assignments", null,
				Map.of("added", result.added().size(), "shortfalls", result.shortfalls().size(), "spread",
						result.spread()));
		return result;
	}

	/** The round's assignments, but one a conflict now blocks (kept for its started sheet) covers nothing. */
	private Set<Assigner.Pair> scoringPairs(long roundId) {
		return new HashSet<>(jdbc.sql("""
				select a.nomination_id, a.juror_id from jury_assignment a where a.round_id = ? and not exists (
				    select 1 from jury_conflict c where c.round_id = a.round_id and c.nomination_id = a.nomination_id
				    and c.juror_id = a.juror_id and c.overridden_at is null)""")
			.param(roundId).query((rs, n) -> new Assigner.Pair(rs.getLong(1), rs.getLong(2))).list());
	}

	/** Mails each juror who has assignments not yet announced, once, and marks them published. */
	@Transactional
	public int publish(long roundId) {
		Round round = rounds.get(roundId);
		Map<Long, Integer> counts = new LinkedHashMap<>();
		jdbc.sql("""
				update jury_assignment set published_at = ? where round_id = ? and published_at is null
				returning juror_id""")
			.params(now(), roundId)
			.query(rs -> {
				counts.merge(rs.getLong(1), 1, Integer::sum);
			});
		counts.forEach((juror, count) -> accounts.findActive(juror).ifPresent(u -> mailer.queue(u.email(),
				accounts.preferredLocale(juror), "jury.mail.assigned", u.fullName(), count,
				dates.dateTime(round.getClosesAt()), links.page("/jury"))));
		audit.record("jury.assign.publish", "jury_round", roundId, counts.size() + " jurors", null,
				Map.of("jurors", counts.size()));
		return counts.size();
	}

	/** Mails every juror who still has unsubmitted sheets in the open round. @return how many were mailed */
	@Transactional
	public int remind(long roundId) {
		Round round = rounds.get(roundId);
		if (round.getStatus() != RoundStatus.OPEN) {
			throw new DomainException("jury.round.notOpen");
		}
		Map<Long, Integer> open = new LinkedHashMap<>();
		jdbc.sql("""
				select a.juror_id, count(*) from jury_assignment a
				left join jury_sheet s on s.round_id = a.round_id and s.nomination_id = a.nomination_id and s.juror_id = a.juror_id
				where a.round_id = ? and (s.id is null or s.status <> 'SUBMITTED') group by a.juror_id order by a.juror_id""")
			.param(roundId).query(rs -> {
				open.put(rs.getLong(1), rs.getInt(2));
			});
		open.forEach((juror, count) -> accounts.findActive(juror).ifPresent(u -> mailer.queue(u.email(),
				accounts.preferredLocale(juror), "jury.mail.reminder", u.fullName(), count,
				dates.dateTime(round.getClosesAt()), links.page("/jury"))));
		audit.record("jury.remind", "jury_round", roundId, open.size() + " jurors", null, Map.of("jurors", open.size()));
		return open.size();
	}

	/** The secretariat reopens a submitted sheet while the round is open, with a reason the juror is told. */
	@Transactional
	public void reopen(long roundId, long nominationId, long jurorId, String reason, long actorId) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("jury.sheet.reopenReason");
		}
		Round round = rounds.get(roundId);
		if (!round.acceptsScores(clock.instant())) {
			throw new DomainException("jury.sheet.roundClosed");
		}
		int n = jdbc.sql("""
				update jury_sheet set status = 'DRAFT', submitted_at = null, reopened_at = ?, reopened_by = ?,
				    reopen_reason = ?, version = version + 1
				where round_id = ? and nomination_id = ? and juror_id = ? and status = 'SUBMITTED'""")
			.params(now(), actorId, reason.strip(), roundId, nominationId, jurorId).update();
		if (n == 0) {
			throw new DomainException("jury.sheet.notSubmitted");
		}
		String reference = jdbc.sql("select reference_code from jury_round_entry where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).query(String.class).single();
		accounts.findActive(jurorId).ifPresent(u -> mailer.queue(u.email(), accounts.preferredLocale(jurorId),
				"jury.mail.reopened", u.fullName(), reference, reason.strip(),
				links.page("/jury/rounds/" + roundId + "/dossiers/" + nominationId)));
		audit.record("jury.sheet.reopen", "jury_sheet", roundId + "/" + nominationId, reason.strip(),
				Map.of("status", "SUBMITTED", "juror", jurorId), Map.of("status", "DRAFT", "reason", reason.strip()));
	}

	/** The same by the chair of the panel that applies to the dossier's award: refused as not found for anyone else. */
	@Transactional
	public void reopenAsChair(long roundId, long nominationId, long jurorId, String reason, long chairId) {
		boolean chair = jdbc.sql("""
				select exists (select 1 from jury_award_panel ap join jury_panel p on p.id = ap.panel_id
				               join jury_round_entry e on e.round_id = ap.round_id and e.award_id = ap.award_id
				               where ap.round_id = ? and e.nomination_id = ? and p.chair_id = ?)""")
			.params(roundId, nominationId, chairId).query(Boolean.class).single();
		if (!chair) {
			throw new NotFoundException();
		}
		reopen(roundId, nominationId, jurorId, reason, chairId);
	}

	/** Adds one assignment by hand; refused for a conflicted pair or a juror outside the award's panel. */
	@Transactional
	public void add(long roundId, long nominationId, long jurorId, long actorId) {
		Long award = entries(roundId).get(nominationId);
		if (award == null) {
			throw new NotFoundException();
		}
		if (!panels.members(roundId).getOrDefault(award, List.of()).contains(jurorId)) {
			throw new DomainException("jury.assign.notInPanel");
		}
		detectConflicts(roundId);
		if (conflicted(roundId, nominationId, jurorId)) {
			throw new DomainException("jury.assign.conflicted");
		}
		insert(roundId, nominationId, jurorId, actorId);
		audit.record("jury.assign.add", "jury_assignment", roundId + "/" + nominationId, null, null,
				Map.of("juror", jurorId));
	}

	/** Removes an assignment whose sheet was not started (started sheets are kept). */
	@Transactional
	public void remove(long roundId, long nominationId, long jurorId, long actorId) {
		if (started(roundId, nominationId, jurorId)) {
			throw new DomainException("jury.assign.started");
		}
		int removed = jdbc.sql("delete from jury_assignment where round_id = ? and nomination_id = ? and juror_id = ?")
			.params(roundId, nominationId, jurorId).update();
		if (removed == 0) {
			throw new NotFoundException();
		}
		audit.record("jury.assign.remove", "jury_assignment", roundId + "/" + nominationId, null,
				Map.of("juror", jurorId), null);
	}

	/** The committee lifts a detected conflict with a written reason (kept with the conflict and in the audit log). */
	@Transactional
	public void override(long roundId, long conflictId, String reason, long actorId) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("jury.conflict.overrideReason");
		}
		int n = jdbc.sql("""
				update jury_conflict set overridden_at = ?, overridden_by = ?, override_reason = ?
				where id = ? and round_id = ? and source = 'DETECTED' and overridden_at is null""")
			.params(now(), actorId, reason.strip(), conflictId, roundId).update();
		if (n == 0) {
			throw new NotFoundException();
		}
		audit.record("jury.conflict.override", "jury_conflict", conflictId, reason.strip(), null,
				Map.of("round", roundId, "reason", reason.strip()));
	}

	/** Is there a conflict (detected and not overridden, or declared) between the juror and the dossier? */
	@Transactional(readOnly = true)
	public boolean conflicted(long roundId, long nominationId, long jurorId) {
		return jdbc.sql("""
				select exists (select 1 from jury_conflict where round_id = ? and nomination_id = ? and juror_id = ?
				               and overridden_at is null)""")
			.params(roundId, nominationId, jurorId).query(Boolean.class).single();
	}

	private boolean started(long roundId, long nominationId, long jurorId) {
		return jdbc.sql("""
				select exists (select 1 from jury_sheet s where s.round_id = ? and s.nomination_id = ? and s.juror_id = ?
				               and (s.status = 'SUBMITTED' or exists (select 1 from jury_score c where c.sheet_id = s.id
				                                                      and c.score is not null)))""")
			.params(roundId, nominationId, jurorId).query(Boolean.class).single();
	}

	private void insert(long roundId, long nominationId, long jurorId, long actorId) {
		jdbc.sql("""
				insert into jury_assignment (round_id, nomination_id, juror_id, assigned_at, assigned_by)
				values (?, ?, ?, ?, ?) on conflict do nothing""")
			.params(roundId, nominationId, jurorId, now(), actorId).update();
	}

	/** The round's dossiers and their awards, by id. */
	Map<Long, Long> entries(long roundId) {
		Map<Long, Long> entries = new LinkedHashMap<>();
		jdbc.sql("select nomination_id, award_id from jury_round_entry where round_id = ? order by nomination_id")
			.param(roundId).query(rs -> {
				entries.put(rs.getLong(1), rs.getLong(2));
			});
		return entries;
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}

}
