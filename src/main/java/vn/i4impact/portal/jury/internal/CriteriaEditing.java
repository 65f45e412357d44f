package vn.i4impact.portal.jury.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee edits a round's criteria: the round-wide set, and sets of single awards (created as a copy of the
 * round-wide set, deleted to fall back to it). Every step locks the round, so it cannot open halfway through an edit,
 * lets the round refuse once it opened or took a score, and is recorded in the audit log.
 */
@Service
public class CriteriaEditing {

	/**
	 * What the editor shows. {@code award} null: the round-wide set. {@code own}: the set shown is the award's own (always
	 * true for the round-wide set). {@code stamp} tells a stale save apart: it changes with every save.
	 */
	public record Editor(Round round, AwardInfo award, List<Criterion> set, boolean own, boolean scored,
			boolean editable, String stamp, List<AwardSet> awards) {
	}

	/** An award of the edition and whether it has a set of its own in the round. */
	public record AwardSet(AwardInfo award, boolean own) {
	}

	private final RoundRepository rounds;

	private final Criteria criteria;

	private final ProgramCatalog program;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	CriteriaEditing(RoundRepository rounds, Criteria criteria, ProgramCatalog program, JdbcClient jdbc,
			AuditTrail audit) {
		this.rounds = rounds;
		this.criteria = criteria;
		this.program = program;
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/** @throws NotFoundException when the round is not the edition's or the award not the round's edition's */
	@Transactional(readOnly = true)
	public Editor editor(long editionId, long roundId, Long awardId) {
		Round round = rounds.findById(roundId).filter(r -> r.getEditionId() == editionId)
			.orElseThrow(NotFoundException::new);
		AwardInfo award = award(round, awardId);
		List<Criterion> own = criteria.set(roundId, awardId);
		boolean scored = criteria.scored(roundId);
		List<Criterion> shown = awardId != null && own.isEmpty() ? criteria.set(roundId, null) : own;
		Set<Long> withOwn = Set.copyOf(jdbc.sql(
				"select distinct award_id from jury_criterion where round_id = ? and award_id is not null")
			.param(roundId).query(Long.class).list());
		List<AwardSet> awards = program.awards(editionId).stream()
			.map(a -> new AwardSet(a, withOwn.contains(a.id()))).toList();
		return new Editor(round, award, shown, awardId == null || !own.isEmpty(), scored,
				round.criteriaEditable(scored), stamp(own), awards);
	}

	/**
	 * Replaces a set with {@code set} (an award's set must exist: see {@link #createOwn}).
	 * @param stamp the {@link Editor#stamp()} the user loaded
	 * @throws ConflictException when the set changed since the user loaded it
	 * @throws DomainException when the round refuses or the set breaks a rule of {@link CriteriaRules}
	 */
	@Transactional
	public void save(long editionId, long roundId, Long awardId, String stamp, List<Criterion> set) {
		Round round = locked(editionId, roundId);
		AwardInfo award = award(round, awardId);
		round.checkCriteriaEditable(criteria.scored(roundId));
		List<Criterion> before = criteria.set(roundId, awardId);
		if (awardId != null && before.isEmpty()) {
			throw new DomainException("jury.crit.noOwnSet");
		}
		if (!stamp(before).equals(stamp == null ? "" : stamp)) {
			throw new ConflictException();
		}
		criteria.replace(round, awardId, set);
		audit.record("jury.criteria.save", "jury_round", target(roundId, awardId), summary(round, award),
				describe(before), describe(set));
	}

	/** Gives an award a set of its own, a copy of the round-wide set; nothing happens when it already has one. */
	@Transactional
	public void createOwn(long editionId, long roundId, long awardId) {
		Round round = locked(editionId, roundId);
		AwardInfo award = award(round, awardId);
		round.checkCriteriaEditable(criteria.scored(roundId));
		if (!criteria.set(roundId, awardId).isEmpty()) {
			return;
		}
		List<Criterion> roundWide = criteria.set(roundId, null);
		if (roundWide.isEmpty()) {
			throw new DomainException("jury.crit.nothingToCopy");
		}
		criteria.replace(round, awardId, roundWide);
		audit.record("jury.criteria.createAwardSet", "jury_round", target(roundId, awardId), summary(round, award),
				null, describe(roundWide));
	}

	/** Deletes an award's own set: the award falls back to the round-wide set. */
	@Transactional
	public void deleteOwn(long editionId, long roundId, long awardId) {
		Round round = locked(editionId, roundId);
		AwardInfo award = award(round, awardId);
		List<Criterion> before = criteria.set(roundId, awardId);
		if (criteria.delete(round, awardId) > 0) {
			audit.record("jury.criteria.deleteAwardSet", "jury_round", target(roundId, awardId), summary(round, award),
					describe(before), null);
		}
	}

	/** Changes with every save: the ids of the stored rows, which a replace always renews. */
	static String stamp(List<Criterion> set) {
		return set.stream().map(c -> String.valueOf(c.id())).collect(Collectors.joining(","));
	}

	private Round locked(long editionId, long roundId) {
		return rounds.lockById(roundId).filter(r -> r.getEditionId() == editionId).orElseThrow(NotFoundException::new);
	}

	private AwardInfo award(Round round, Long awardId) {
		if (awardId == null) {
			return null;
		}
		return program.award(awardId).filter(a -> a.editionId() == round.getEditionId())
			.orElseThrow(NotFoundException::new);
	}

	private static String target(long roundId, Long awardId) {
		return awardId == null ? String.valueOf(roundId) : roundId + "/" + awardId;
	}

	private static String summary(Round round, AwardInfo award) {
		return round.getKind().name() + (award == null ? "" : " " + award.code());
	}

	/** One entry per criterion, so the audit page lists what changed criterion by criterion. */
	private static Map<String, Object> describe(List<Criterion> set) {
		Map<String, Object> out = new LinkedHashMap<>();
		for (Criterion c : set) {
			out.put(c.code(), String.join(" · ", c.nameVi(), c.nameEn(), c.weight() + "%",
					c.scaleMin() + "–" + c.scaleMax(), Objects.toString(c.descriptionVi(), ""),
					Objects.toString(c.levelsVi(), "")));
		}
		return out;
	}

}
