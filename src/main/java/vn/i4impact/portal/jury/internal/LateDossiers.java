package vn.i4impact.portal.jury.internal;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.DomainException;

/**
 * Dossiers made eligible (or shortlisted, for the final round) after their round opened: opening never takes them in
 * by itself, so the secretariat sees them waiting and adds each by an explicit, audited action.
 */
@Service
public class LateDossiers {

	private final RoundService rounds;

	private final AssignmentService assignments;

	private final DossierContent content;

	private final JdbcClient jdbc;

	LateDossiers(RoundService rounds, AssignmentService assignments, DossierContent content, JdbcClient jdbc) {
		this.rounds = rounds;
		this.assignments = assignments;
		this.content = content;
		this.jdbc = jdbc;
	}

	/** The edition's dossiers the open round would take in but does not hold yet; empty unless the round is OPEN. */
	@Transactional(readOnly = true)
	public List<Candidate> waiting(long roundId) {
		Round round = rounds.get(roundId);
		if (round.getStatus() != RoundStatus.OPEN) {
			return List.of();
		}
		Set<Long> taken = new HashSet<>(entries(roundId));
		return content.candidates(round.getEditionId(), EnumSet.of(wanted(round))).stream()
			.filter(c -> !taken.contains(c.id())).toList();
	}

	/**
	 * Takes the dossier into the open round (locked for the jury, recorded in the audit log by
	 * {@link RoundService#addDossier}) and detects its conflicts at once, so it is ready for assignment.
	 * @return the dossier's reference code
	 * @throws DomainException when the round is not open, the dossier is already in it, or it is of another edition
	 *         or not in the status the round takes
	 */
	@Transactional
	public String add(long roundId, long nominationId, long actorId) {
		rounds.addDossier(roundId, nominationId, actorId);
		assignments.detectConflicts(roundId);
		return jdbc.sql("select reference_code from jury_round_entry where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).query(String.class).single();
	}

	private List<Long> entries(long roundId) {
		return jdbc.sql("select nomination_id from jury_round_entry where round_id = ?").param(roundId)
			.query(Long.class).list();
	}

	private static NominationStatus wanted(Round round) {
		return round.getKind() == RoundKind.PRELIMINARY ? NominationStatus.ELIGIBLE : NominationStatus.SHORTLISTED;
	}

}
