package vn.i4impact.portal.nomination.internal;

import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.nomination.DossierLifecycle;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The jury's steps on a dossier (see {@link DossierLifecycle}): lock the row, let the dossier decide; saving it
 * publishes the history line and the event it recorded.
 */
@Service
@Transactional
class JuryLifecycle implements DossierLifecycle {

	private final NominationRepository nominations;

	private final JdbcClient jdbc;

	private final Clock clock;

	JuryLifecycle(NominationRepository nominations, JdbcClient jdbc, Clock clock) {
		this.nominations = nominations;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Locks the row so concurrent steps on one dossier wait for each other. */
	private Nomination locked(long id) {
		jdbc.sql("select id from nomination where id = ? for update").param(id).query(Long.class).optional()
			.orElseThrow(NotFoundException::new);
		return nominations.findById(id).orElseThrow(NotFoundException::new);
	}

	@Override
	public void lockForJury(long nominationId, long actorId) {
		Nomination n = locked(nominationId);
		n.lockForJury(actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void unlockForJury(long nominationId, String reason, long actorId) {
		if (reason == null || reason.isBlank()) {
			throw new DomainException("nomination.error.unlockReason");
		}
		Nomination n = locked(nominationId);
		n.unlockForJury(reason.strip(), actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void shortlist(long nominationId, boolean shortlisted, String note, long actorId) {
		Nomination n = locked(nominationId);
		n.shortlist(shortlisted, note, actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

	@Override
	public void honour(long nominationId, boolean honoured, String note, long actorId) {
		Nomination n = locked(nominationId);
		n.honour(honoured, note, actorId, clock.instant());
		nominations.saveAndFlush(n);
	}

}
