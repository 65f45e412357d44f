package vn.i4impact.portal.jury.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.EditionCloned;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * A cloned edition gets the source edition's rounds, as drafts: dates shifted by the clone's offset, settings,
 * instructions and ranking rules as they were, and every set of criteria (an award's own set goes to the new
 * edition's award of the same code). Never jurors, panels, assignments, sheets or scores.
 */
@Component
class RoundCloning {

	private final RoundRepository rounds;

	private final Criteria criteria;

	private final ProgramCatalog program;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	RoundCloning(RoundRepository rounds, Criteria criteria, ProgramCatalog program, JdbcClient jdbc, AuditTrail audit) {
		this.rounds = rounds;
		this.criteria = criteria;
		this.program = program;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** After the clone's commit, in a transaction of its own; a round the new edition already has is left alone. */
	@ApplicationModuleListener
	void copyRounds(EditionCloned event) {
		Duration shift = Duration.ofDays(event.shiftDays());
		Map<String, Long> newAwards = program.awards(event.newEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::code, AwardInfo::id));
		Map<Long, Long> awards = new HashMap<>();
		for (AwardInfo a : program.awards(event.sourceEditionId())) {
			if (newAwards.containsKey(a.code())) {
				awards.put(a.id(), newAwards.get(a.code()));
			}
		}
		for (Round source : rounds.findByEditionIdOrderByKindDesc(event.sourceEditionId())) {
			if (rounds.findByEditionIdAndKind(event.newEditionId(), source.getKind()).isPresent()) {
				continue;
			}
			Round copy = new Round(event.newEditionId(), source.getKind(), source.getOpensAt().plus(shift),
					source.getClosesAt().plus(shift));
			copy.configure(copy.getOpensAt(), copy.getClosesAt(), source.getInstructionsVi(),
					source.getInstructionsEn(), source.getJurorsPerDossier(), source.isBlind());
			copy = rounds.saveAndFlush(copy);
			jdbc.sql("""
					update jury_round n set official_method = o.official_method, tie_break = o.tie_break,
					    disagreement_threshold = o.disagreement_threshold, cut_top = o.cut_top, cut_min_score = o.cut_min_score,
					    reminder_days = o.reminder_days
					from jury_round o where o.id = ? and n.id = ?""")
				.params(source.getId(), copy.getId()).update();
			criteria.copyAll(source.getId(), copy.getId(), awards);
			Map<String, Object> after = new LinkedHashMap<>();
			after.put("edition", event.newEditionId());
			after.put("kind", source.getKind());
			after.put("from", source.getId());
			after.put("shiftDays", event.shiftDays());
			audit.record("jury.round.clone", "jury_round", copy.getId(), source.getKind().name(), null, after);
		}
	}

}
