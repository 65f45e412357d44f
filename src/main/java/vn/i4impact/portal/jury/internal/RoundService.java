package vn.i4impact.portal.jury.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/** The committee's steps on a round: configure, open (taking the dossiers in and locking them), add one, close. */
@Service
public class RoundService {

	private final RoundRepository rounds;

	private final Criteria criteria;

	private final DossierContent content;

	private final DossierLifecycle lifecycle;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	RoundService(RoundRepository rounds, Criteria criteria, DossierContent content, DossierLifecycle lifecycle,
			JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.criteria = criteria;
		this.content = content;
		this.lifecycle = lifecycle;
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Round get(long roundId) {
		return rounds.findById(roundId).orElseThrow(NotFoundException::new);
	}

	@Transactional(readOnly = true)
	public List<Round> ofEdition(long editionId) {
		return rounds.findByEditionIdOrderByKindDesc(editionId);
	}

	/** The round's version as stored, pending changes of this transaction included (for a step that follows another). */
	@Transactional
	public long currentVersion(long roundId) {
		rounds.flush();
		return get(roundId).getVersion();
	}

	@Transactional(readOnly = true)
	public Round findOne(long editionId, RoundKind kind) {
		return rounds.findByEditionIdAndKind(editionId, kind).orElseThrow(NotFoundException::new);
	}

	/** Every round, newest edition first. */
	@Transactional(readOnly = true)
	public List<Round> all() {
		return rounds.findAll(Sort.by("editionId").descending().and(
				Sort.by("kind").descending()));
	}

	/** Creates an edition's round with the defaults (a clone or the demo then copies criteria in). */
	@Transactional
	public Round create(long editionId, RoundKind kind, Instant opens, Instant closes) {
		Round round = rounds.save(new Round(editionId, kind, opens, closes));
		audit.record("jury.round.create", "jury_round", round.getId(), kind.name(), null,
				Map.of("edition", editionId, "kind", kind));
		return round;
	}

	/**
	 * Both rounds for an edition that has none, ten days each from tomorrow (the committee sets the real dates), with
	 * the round-wide criteria of the latest round of the same kind (the 2026 seed at first).
	 */
	@Transactional
	public void createDefaults(long editionId) {
		Instant start = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
		for (RoundKind kind : RoundKind.values()) {
			if (rounds.findByEditionIdAndKind(editionId, kind).isPresent()) {
				continue;
			}
			Instant opens = kind == RoundKind.PRELIMINARY ? start : start.plus(Duration.ofDays(11));
			Round round = create(editionId, kind, opens, opens.plus(Duration.ofDays(10)));
			jdbc.sql("""
					select r.id from jury_round r where r.kind = ? and r.id <> ?
					and exists (select 1 from jury_criterion c where c.round_id = r.id and c.award_id is null)
					order by r.id desc limit 1""")
				.params(kind.name(), round.getId()).query(Long.class).optional()
				.ifPresent(from -> criteria.copy(from, round.getId()));
		}
	}

	@Transactional
	public void configure(long roundId, long expectedVersion, Instant opens, Instant closes, String instructionsVi,
			String instructionsEn, Integer jurorsPerDossier, boolean blind) {
		Round round = locked(roundId, expectedVersion);
		Map<String, Object> before = settings(round);
		round.configure(opens, closes, instructionsVi, instructionsEn, jurorsPerDossier, blind);
		audit.record("jury.round.configure", "jury_round", roundId, round.getKind().name(), before, settings(round));
	}

	/**
	 * DRAFT → OPEN: the preliminary round takes in the edition's ELIGIBLE dossiers, the final round the SHORTLISTED
	 * ones; each is locked for the jury. Every award taken in must have criteria (its own or the round-wide set).
	 * @return how many dossiers were taken in
	 */
	@Transactional
	public int open(long roundId, long expectedVersion, long actorId) {
		Round round = locked(roundId, expectedVersion);
		Set<NominationStatus> statuses = round.getKind() == RoundKind.PRELIMINARY
				? EnumSet.of(NominationStatus.ELIGIBLE) : EnumSet.of(NominationStatus.SHORTLISTED);
		List<Candidate> dossiers = content.candidates(round.getEditionId(), statuses);
		for (long award : dossiers.stream().map(Candidate::awardId).collect(Collectors.toCollection(TreeSet::new))) {
			List<Criterion> set = criteria.forAward(roundId, award);
			if (set.isEmpty()) {
				throw new DomainException("jury.round.noCriteria");
			}
			CriteriaRules.check(set);
		}
		round.open(clock.instant());
		// flushed now, so the SQL of the rest of this transaction (taking in, assigning) sees the round open
		rounds.flush();
		for (Candidate c : dossiers) {
			takeIn(round, c, actorId);
		}
		audit.record("jury.round.open", "jury_round", roundId, round.getKind().name() + ": " + dossiers.size(),
				Map.of("status", RoundStatus.DRAFT), Map.of("status", RoundStatus.OPEN, "dossiers", dossiers.size()));
		return dossiers.size();
	}

	/** Adds one dossier made eligible after the round opened; only by an explicit action, recorded. */
	@Transactional
	public void addDossier(long roundId, long nominationId, long actorId) {
		Round round = rounds.lockById(roundId).orElseThrow(NotFoundException::new);
		if (round.getStatus() != RoundStatus.OPEN) {
			throw new DomainException("jury.round.notOpen");
		}
		// checked under the round's lock: a second click that waited behind the first finds the dossier taken in
		if (jdbc.sql("select exists (select 1 from jury_round_entry where round_id = ? and nomination_id = ?)")
			.params(roundId, nominationId).query(Boolean.class).single()) {
			throw new DomainException("jury.late.already");
		}
		Candidate c = content.candidates(List.of(nominationId)).stream().findFirst()
			.orElseThrow(NotFoundException::new);
		NominationStatus wanted = round.getKind() == RoundKind.PRELIMINARY ? NominationStatus.ELIGIBLE
				: NominationStatus.SHORTLISTED;
		if (c.editionId() != round.getEditionId() || c.status() != wanted) {
			throw new DomainException("jury.round.notEligible");
		}
		takeIn(round, c, actorId);
		audit.record("jury.round.addDossier", "jury_round", roundId, c.referenceCode(), null,
				Map.of("nomination", nominationId));
	}

	private void takeIn(Round round, Candidate c, long actorId) {
		lifecycle.lockForJury(c.id(), actorId);
		jdbc.sql("""
				insert into jury_round_entry (round_id, nomination_id, award_id, reference_code, added_at, added_by)
				values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
			.params(round.getId(), c.id(), c.awardId(), c.referenceCode(), Timestamp.from(clock.instant()), actorId)
			.update();
	}

	/** OPEN → CLOSED: from now on no sheet of the round can change (the database refuses it too). */
	@Transactional
	public void close(long roundId, long expectedVersion, long actorId) {
		Round round = locked(roundId, expectedVersion);
		round.close(clock.instant());
		rounds.flush();
		audit.record("jury.round.close", "jury_round", roundId, round.getKind().name(),
				Map.of("status", RoundStatus.OPEN), Map.of("status", RoundStatus.CLOSED));
	}

	private Round locked(long roundId, long expectedVersion) {
		Round round = rounds.lockById(roundId).orElseThrow(NotFoundException::new);
		if (round.getVersion() != expectedVersion) {
			throw new ConflictException();
		}
		return round;
	}

	private static Map<String, Object> settings(Round r) {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("opensAt", r.getOpensAt());
		m.put("closesAt", r.getClosesAt());
		m.put("jurorsPerDossier", r.getJurorsPerDossier());
		m.put("blind", r.isBlind());
		m.put("instructionsVi", r.getInstructionsVi());
		m.put("instructionsEn", r.getInstructionsEn());
		return m;
	}

}
