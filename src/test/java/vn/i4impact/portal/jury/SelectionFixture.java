package vn.i4impact.portal.jury;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.Criteria;
import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.jury.internal.JurorAssignment;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;

/** Scores and closes rounds built by {@link JuryFixture}, and opens the final round of the same edition. */
@Component
public class SelectionFixture {

	private final JurorDesk desk;

	private final RoundService rounds;

	private final Criteria criteria;

	private final Panels panels;

	private final AssignmentService assignments;

	private final JdbcClient jdbc;

	SelectionFixture(JurorDesk desk, RoundService rounds, Criteria criteria, Panels panels,
			AssignmentService assignments, JdbcClient jdbc) {
		this.desk = desk;
		this.rounds = rounds;
		this.criteria = criteria;
		this.panels = panels;
		this.assignments = assignments;
		this.jdbc = jdbc;
	}

	/** The juror declares no conflict and submits the same whole score on every criterion (total = 10 × score). */
	public void score(long roundId, long nominationId, CurrentUser juror, int score) {
		desk.declare(juror.id(), roundId, nominationId, false, null);
		JurorAssignment a = desk.assignment(juror.id(), roundId, nominationId);
		Map<Long, Integer> scores = new HashMap<>();
		for (Criterion c : desk.criteria(a)) {
			scores.put(c.id(), score);
		}
		desk.submit(juror.id(), roundId, nominationId, -1, scores, Map.of(), "Nhận xét chung của thành viên.");
	}

	/** Every assigned juror of the dossier scores it the same. */
	public void scoreAll(long roundId, long nominationId, List<CurrentUser> jurors, int score) {
		List<Long> assigned = jdbc.sql("select juror_id from jury_assignment where round_id = ? and nomination_id = ?")
			.params(roundId, nominationId).query(Long.class).list();
		for (CurrentUser juror : jurors) {
			if (assigned.contains(juror.id())) {
				score(roundId, nominationId, juror, score);
			}
		}
	}

	public void close(long roundId, CurrentUser admin) {
		rounds.close(roundId, rounds.get(roundId).getVersion(), admin.id());
	}

	/** The edition's final round, with the 2026 final criteria and the jurors as the award's panel, opened and assigned. */
	public long openFinal(long editionId, long awardId, List<CurrentUser> jurors, CurrentUser admin) {
		Round fin = rounds.findOne(editionId, RoundKind.FINAL);
		long seedFinal = jdbc.sql("""
				select r.id from jury_round r join edition e on e.id = r.edition_id
				where e.code = 'i4-impact-2026' and r.kind = 'FINAL'""").query(Long.class).single();
		if (criteria.ofRound(fin.getId()).isEmpty()) {
			criteria.copy(seedFinal, fin.getId());
		}
		panels.set(fin.getId(), awardId, jurors.stream().map(CurrentUser::id).toList(), jurors.get(0).id());
		Instant now = Instant.now();
		rounds.configure(fin.getId(), fin.getVersion(), now.minusSeconds(3600), now.plusSeconds(9 * 86400), null, null,
				null, false);
		rounds.open(fin.getId(), rounds.currentVersion(fin.getId()), admin.id());
		assignments.autoAssign(fin.getId(), admin.id());
		return fin.getId();
	}

	public String status(long nominationId) {
		return jdbc.sql("select status from nomination where id = ?").param(nominationId).query(String.class).single();
	}

	public List<Long> entries(long roundId) {
		return jdbc.sql("select nomination_id from jury_round_entry where round_id = ? order by nomination_id")
			.param(roundId).query(Long.class).list();
	}
}
