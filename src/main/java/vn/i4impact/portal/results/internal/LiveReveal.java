package vn.i4impact.portal.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.results.internal.Ceremony.Step;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee's live reveal (optional per edition). Every step locks the edition's results row, loads the
 * {@link Ceremony}, lets it decide, stores the step and bumps the ceremony's version (the triggers bump the public
 * pages' counter in the same transaction). Revealing the last award publishes the edition exactly like "publish now":
 * the held result mails are released.
 */
@Service
@Transactional
public class LiveReveal {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final ResultMails mails;

	LiveReveal(JdbcClient jdbc, Clock clock, AuditTrail audit, ResultMails mails) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.audit = audit;
		this.mails = mails;
	}

	@Transactional(readOnly = true)
	public Ceremony ceremony(long editionId) {
		return load(editionId, publication(editionId, false));
	}

	public void start(long editionId, long actorId) {
		Instant now = clock.instant();
		Ceremony ceremony = load(editionId, publication(editionId, true));
		ceremony.start(now);
		jdbc.sql("insert into results_ceremony (edition_id, started_at, started_by) values (?, ?, ?)")
			.params(editionId, Timestamp.from(now), actorId).update();
		audit.record("results.ceremony.start", "edition", editionId, "live reveal started", null,
				Map.of("awards", ceremony.order().size()));
	}

	/** @return the award revealed */
	public long revealNext(long editionId, Long expected, long actorId) {
		Instant now = clock.instant();
		Ceremony ceremony = load(editionId, publication(editionId, true));
		Step step = ceremony.revealNext(expected, now);
		jdbc.sql("insert into results_reveal (edition_id, award_id, step, revealed_at, revealed_by) values (?, ?, ?, ?, ?)")
			.params(editionId, step.awardId(), step.number(), Timestamp.from(now), actorId).update();
		bump(editionId);
		audit.record("results.ceremony.reveal", "edition", editionId, "award revealed: " + awardCode(step.awardId()),
				null, Map.of("award", awardCode(step.awardId()), "step", step.number()));
		if (ceremony.completedBy(step)) {
			jdbc.sql("update results_edition set publish_at = ?, version = version + 1, updated_at = now() where edition_id = ?")
				.params(Timestamp.from(now), editionId).update();
			mails.rescheduled(editionId, now);
			audit.record("results.ceremony.published", "edition", editionId, "every award revealed: results published",
					Map.of("publishAt", String.valueOf(ceremony.publication().publishAt())), Map.of("publishAt", now));
		}
		return step.awardId();
	}

	/** @return the award taken back */
	public long undo(long editionId, Long expected, long actorId) {
		Instant now = clock.instant();
		Ceremony ceremony = load(editionId, publication(editionId, true));
		Step step = ceremony.undo(expected, now);
		jdbc.sql("delete from results_reveal where edition_id = ? and award_id = ?").params(editionId, step.awardId())
			.update();
		bump(editionId);
		audit.record("results.ceremony.undo", "edition", editionId, "reveal undone: " + awardCode(step.awardId()),
				Map.of("award", awardCode(step.awardId()), "step", step.number()), null);
		return step.awardId();
	}

	private void bump(long editionId) {
		jdbc.sql("update results_ceremony set version = version + 1 where edition_id = ?").param(editionId).update();
	}

	private String awardCode(long awardId) {
		return jdbc.sql("select code from award where id = ?").param(awardId).query(String.class).single();
	}

	/** The edition's publication; with {@code lock}, its results row is created if needed and locked. */
	private Publication publication(long editionId, boolean lock) {
		if (lock) {
			jdbc.sql("insert into results_edition (edition_id) select id from edition where id = ? on conflict do nothing")
				.param(editionId).update();
		}
		return jdbc.sql("select publish_at from results_edition where edition_id = ?" + (lock ? " for update" : ""))
			.param(editionId)
			.query((rs, i) -> {
				Timestamp t = rs.getTimestamp(1);
				return new Publication(t == null ? null : t.toInstant());
			}).optional().orElse(Publication.NONE);
	}

	private Ceremony load(long editionId, Publication publication) {
		var state = jdbc.sql("select version from results_ceremony where edition_id = ?").param(editionId)
			.query(Long.class).optional();
		List<Long> order = jdbc.sql("""
				select a.id from award a join category c on c.id = a.category_id
				where a.edition_id = ? and exists (select 1 from results_honouree h where h.award_id = a.id)
				order by c.sort_order, a.sort_order, a.code""").param(editionId).query(Long.class).list();
		List<Step> steps = jdbc.sql("select award_id, step, revealed_at from results_reveal where edition_id = ? order by step")
			.param(editionId)
			.query((rs, i) -> new Step(rs.getLong(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).list();
		if (editionExists(editionId)) {
			return new Ceremony(state.isPresent(), state.orElse(0L), order, steps, publication);
		}
		throw new NotFoundException();
	}

	private boolean editionExists(long editionId) {
		return jdbc.sql("select count(*) from edition where id = ?").param(editionId).query(Integer.class).single() > 0;
	}

}
