package vn.i4impact.portal.jury.internal.selection;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.jury.internal.standing.RankingRules;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee's steps on a closed round's shortlist (preliminary) or decision (final): the rule, changes with a
 * reason, tie votes, and confirmation — which moves every dossier through the nomination's guarded transitions in
 * one transaction, gives the final round exactly the shortlist, and may mail the shortlisted units.
 */
@Service
public class SelectionService {

	private final RoundService rounds;

	private final SelectionBoard boards;

	private final DossierContent content;

	private final DossierLifecycle lifecycle;

	private final ShortlistMail mail;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	SelectionService(RoundService rounds, SelectionBoard boards, DossierContent content, DossierLifecycle lifecycle,
			ShortlistMail mail, JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.boards = boards;
		this.content = content;
		this.lifecycle = lifecycle;
		this.mail = mail;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** The shortlist rule of one award: {@code top} dossiers, or every one scoring at least {@code minScore}. */
	@Transactional
	public void setRule(long roundId, long awardId, Integer top, BigDecimal minScore, long actorId) {
		Round round = changeable(roundId, RoundKind.PRELIMINARY);
		requireAward(roundId, awardId);
		if ((top == null) == (minScore == null)) {
			throw new DomainException("selection.error.rule");
		}
		if (top != null && (top < 0 || top > 1000)) {
			throw new DomainException("selection.error.top");
		}
		if (minScore != null && (minScore.signum() < 0 || minScore.compareTo(BigDecimal.valueOf(100)) > 0)) {
			throw new DomainException("selection.error.minScore");
		}
		jdbc.sql("""
				insert into jury_selection_rule (round_id, award_id, top_n, min_score, set_at, set_by)
				values (?, ?, ?, ?, ?, ?)
				on conflict (round_id, award_id) do update set top_n = excluded.top_n, min_score = excluded.min_score,
				    set_at = excluded.set_at, set_by = excluded.set_by""")
			.params(roundId, awardId, top, minScore, now(), actorId).update();
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("award", awardId);
		after.put("top", top);
		after.put("minScore", minScore);
		audit.record("jury.selection.rule", "jury_round", round.getId(), top != null ? "top " + top : "≥ " + minScore,
				null, after);
	}

	/** The committee puts one dossier in or out, departing from the proposal, with a written reason. */
	@Transactional
	public void change(long roundId, RoundKind kind, long nominationId, boolean selected, String reason, long actorId) {
		changeable(roundId, kind);
		if (reason == null || reason.isBlank()) {
			throw new DomainException("selection.error.reason");
		}
		if (reason.strip().length() > 2000) {
			throw new DomainException("selection.error.tooLong");
		}
		long award = awardOf(roundId, nominationId);
		jdbc.sql("""
				insert into jury_selection_change (round_id, nomination_id, award_id, selected, reason, changed_at, changed_by)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (round_id, nomination_id) do update set selected = excluded.selected, reason = excluded.reason,
				    changed_at = excluded.changed_at, changed_by = excluded.changed_by""")
			.params(roundId, nominationId, award, selected, reason.strip(), now(), actorId).update();
		audit.record("jury.selection.change", "jury_round_entry", roundId + "/" + nominationId, reason.strip(), null,
				Map.of("selected", selected, "reason", reason.strip()));
	}

	/** Withdraws a change: the dossier follows the proposal again. */
	@Transactional
	public void undoChange(long roundId, RoundKind kind, long nominationId, long actorId) {
		changeable(roundId, kind);
		int n = jdbc.sql("delete from jury_selection_change where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).update();
		if (n > 0) {
			audit.record("jury.selection.undoChange", "jury_round_entry", roundId + "/" + nominationId, null, null, null);
		}
	}

	/**
	 * Records the committee's vote on a tie of one award: each tied dossier's place among them (1..k, each once), who
	 * voted and the result. Only for a round whose tie-break ends with the committee vote.
	 */
	@Transactional
	public void vote(long roundId, RoundKind kind, long awardId, Map<Long, Integer> places, String voters, String result,
			long actorId) {
		changeable(roundId, kind);
		RankingRules rules = boards.rules(roundId);
		if (!rules.steps().contains(RankingRules.COMMITTEE_VOTE)) {
			throw new DomainException("selection.error.noVoteStep");
		}
		if (voters == null || voters.isBlank() || result == null || result.isBlank()) {
			throw new DomainException("selection.error.voteWho");
		}
		if (voters.strip().length() > 1000 || result.strip().length() > 2000) {
			throw new DomainException("selection.error.tooLong");
		}
		Set<Integer> expected = new HashSet<>();
		for (int i = 1; i <= places.size(); i++) {
			expected.add(i);
		}
		if (places.size() < 2 || !expected.equals(new HashSet<>(places.values()))) {
			throw new DomainException("selection.error.votePlaces");
		}
		for (long dossier : places.keySet()) {
			if (awardOf(roundId, dossier) != awardId) {
				throw new NotFoundException();
			}
		}
		jdbc.sql("delete from jury_tie_vote where round_id = :round and nomination_id in (:ids)")
			.param("round", roundId).param("ids", places.keySet()).update();
		places.forEach((dossier, place) -> jdbc.sql("""
				insert into jury_tie_vote (round_id, nomination_id, award_id, vote_rank, voters, result, recorded_at,
				                           recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(roundId, dossier, awardId, place, voters.strip(), result.strip(), now(), actorId).update());
		audit.record("jury.selection.vote", "jury_round", roundId, result.strip(), null,
				Map.of("award", awardId, "places", places.toString(), "voters", voters.strip()));
	}

	/**
	 * Confirms the round's shortlist or decision. Refused while an award is blocked (an open tie at the line or an
	 * incomplete dossier) unless {@code exceptionReason} says why. Idempotent: a confirmed round is left as it is.
	 * @return false when the round was already confirmed
	 */
	@Transactional
	public boolean confirm(long roundId, RoundKind kind, boolean notifyUnits, String exceptionReason, long actorId) {
		jdbc.sql("select id from jury_round where id = ? for update").param(roundId).query(Long.class).single();
		Round round = kindOf(roundId, kind);
		if (boards.confirmationOf(roundId).isPresent()) {
			return false;
		}
		if (round.getStatus() != RoundStatus.CLOSED) {
			throw new DomainException("selection.error.notClosed");
		}
		SelectionBoard.Board board = boards.board(roundId);
		String reason = exceptionReason == null || exceptionReason.isBlank() ? null : exceptionReason.strip();
		if (board.blocked() && reason == null) {
			throw new DomainException("selection.error.blocked");
		}
		boolean notify = notifyUnits && kind == RoundKind.PRELIMINARY;
		jdbc.sql("""
				insert into jury_selection (round_id, confirmed_at, confirmed_by, notify_units, exception_reason)
				values (?, ?, ?, ?, ?)""").params(roundId, now(), actorId, notify, reason).update();
		List<Long> ids = new ArrayList<>();
		board.awards().forEach(a -> a.selection().lines().forEach(l -> ids.add(l.dossier())));
		Map<Long, Candidate> candidates = content.candidates(ids).stream()
			.collect(Collectors.toMap(Candidate::id, Function.identity()));
		List<Candidate> selected = new ArrayList<>();
		int in = 0;
		for (SelectionBoard.AwardView award : board.awards()) {
			for (Selection.Line line : award.selection().lines()) {
				Candidate c = candidates.get(line.dossier());
				String note = line.deviates() ? line.change().reason() : null;
				move(kind, c, line.selected(), note, actorId);
				if (line.selected()) {
					selected.add(c);
					in++;
				}
				jdbc.sql("""
						insert into jury_selection_outcome (round_id, nomination_id, award_id, rank, score, proposed,
						                                    selected, reason) values (?, ?, ?, ?, ?, ?, ?, ?)""")
					.params(roundId, line.dossier(), award.award().id(), line.entry().ranked() ? line.entry().rank() : null,
							line.entry().ranked() ? line.entry().score().score(board.rules().official()) : null,
							line.proposed(), line.selected(), note)
					.update();
			}
		}
		if (kind == RoundKind.PRELIMINARY) {
			enterFinalRound(round, selected, actorId);
			if (notify) {
				mail.shortlisted(selected);
			}
		}
		audit.record(kind == RoundKind.PRELIMINARY ? "jury.shortlist.confirm" : "jury.decision.confirm", "jury_round",
				roundId, in + " / " + ids.size(), null, Map.of("selected", in, "dossiers", ids.size(), "notify", notify,
						"exceptionReason", reason == null ? "" : reason));
		return true;
	}

	/** Through the guarded transition; a dossier already where the outcome puts it is left alone (idempotent). */
	private void move(RoundKind kind, Candidate c, boolean selected, String note, long actorId) {
		NominationStatus target = kind == RoundKind.PRELIMINARY
				? selected ? NominationStatus.SHORTLISTED : NominationStatus.NOT_SHORTLISTED
				: selected ? NominationStatus.HONOURED : NominationStatus.NOT_HONOURED;
		if (c.status() == target) {
			return;
		}
		if (kind == RoundKind.PRELIMINARY) {
			lifecycle.shortlist(c.id(), selected, note, actorId);
		}
		else {
			lifecycle.honour(c.id(), selected, note, actorId);
		}
	}

	/** The final round's entries are exactly the shortlist (created with the defaults when the edition has none). */
	private void enterFinalRound(Round preliminary, List<Candidate> shortlist, long actorId) {
		if (rounds.ofEdition(preliminary.getEditionId()).stream().noneMatch(r -> r.getKind() == RoundKind.FINAL)) {
			rounds.createDefaults(preliminary.getEditionId());
		}
		Round fin = rounds.findOne(preliminary.getEditionId(), RoundKind.FINAL);
		if (fin.getStatus() == RoundStatus.CLOSED) {
			throw new DomainException("selection.error.finalClosed");
		}
		for (Candidate c : shortlist) {
			jdbc.sql("""
					insert into jury_round_entry (round_id, nomination_id, award_id, reference_code, added_at, added_by)
					values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
				.params(fin.getId(), c.id(), c.awardId(), c.referenceCode(), now(), actorId).update();
		}
	}

	/** The round, closed, of the expected kind, not yet confirmed: what every preparing step needs. */
	private Round changeable(long roundId, RoundKind kind) {
		Round round = kindOf(roundId, kind);
		if (round.getStatus() != RoundStatus.CLOSED) {
			throw new DomainException("selection.error.notClosed");
		}
		if (boards.confirmationOf(roundId).isPresent()) {
			throw new DomainException("selection.error.confirmed");
		}
		return round;
	}

	private Round kindOf(long roundId, RoundKind kind) {
		Round round = rounds.get(roundId);
		if (round.getKind() != kind) {
			throw new NotFoundException();
		}
		return round;
	}

	private long awardOf(long roundId, long nominationId) {
		return jdbc.sql("select award_id from jury_round_entry where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).query(Long.class).optional().orElseThrow(NotFoundException::new);
	}

	private void requireAward(long roundId, long awardId) {
		boolean known = jdbc.sql("select exists (select 1 from jury_round_entry where round_id = ? and award_id = ?)")
			.params(roundId, awardId).query(Boolean.class).single();
		if (!known) {
			throw new NotFoundException();
		}
	}

	private Timestamp now() {
		return Timestamp.from(clock.instant());
	}
}
