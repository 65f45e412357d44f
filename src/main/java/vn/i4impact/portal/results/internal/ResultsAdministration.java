package vn.i4impact.portal.results.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.jury.Honours;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The committee's changes to an edition's results: the publication instant, taking over the confirmed honourees,
 * citations, and the archive of editions judged outside the portal. Each change is audited; the public pages see it
 * through the triggers on the results tables (public_content_version).
 */
@Service
@Transactional
public class ResultsAdministration {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Honours honours;

	private final AuditTrail audit;

	private final ResultMails mails;

	ResultsAdministration(JdbcClient jdbc, Clock clock, Honours honours, AuditTrail audit, ResultMails mails) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.honours = honours;
		this.audit = audit;
		this.mails = mails;
	}

	/** Sets or moves the publication instant (only before it has passed, only into the future). */
	public void schedule(long editionId, Instant at) {
		Publication before = lock(editionId);
		Publication after = before.moveTo(at, clock.instant());
		store(editionId, after);
		mails.rescheduled(editionId, after.publishAt());
		audit.record("results.schedule", "edition", editionId, "publication instant set", map("publishAt", before.publishAt()),
				map("publishAt", after.publishAt()));
	}

	/** Publishes at once, before the planned instant. */
	public void publishNow(long editionId) {
		Publication before = lock(editionId);
		Publication after = before.publishNow(clock.instant());
		store(editionId, after);
		mails.rescheduled(editionId, after.publishAt());
		audit.record("results.publishNow", "edition", editionId, "results published now", map("publishAt", before.publishAt()),
				map("publishAt", after.publishAt()));
	}

	/**
	 * Takes over the jury's confirmed honourees (new ones added, citations kept) and queues the result mails to the
	 * honoured and the not-honoured units, to be sent at the publication instant. Refused once the results are published.
	 * @return how many honourees the edition has now
	 */
	public int takeOverHonourees(long editionId) {
		Publication publication = lock(editionId);
		if (publication.published(clock.instant())) {
			throw new DomainException("results.error.alreadyPublished");
		}
		if (jdbc.sql("select count(*) from results_ceremony where edition_id = ?").param(editionId).query(Integer.class)
			.single() > 0) {
			throw new DomainException("results.ceremony.error.takeOver"); // the broadcast order is under way
		}
		int added = 0;
		for (var honour : honours.confirmed(editionId)) {
			added += jdbc.sql("""
					insert into results_honouree (edition_id, award_id, nomination_id, unit_id, member_user_ids,
					                              reference_code, unit_name, nominee_name, province_code, unit_type, kind, source)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PORTAL')
					on conflict (nomination_id) do nothing""")
				.params(editionId, honour.awardId(), honour.nominationId(), honour.unitId(),
						honour.memberUserIds().toArray(new Long[0]), honour.referenceCode(),
						honour.unitName(), honour.nomineeName(), honour.provinceCode(), honour.unitType().name(),
						honour.kind().name())
				.update();
		}
		mails.queue(editionId, publication.publishAt());
		mails.queueNotHonoured(editionId, publication.publishAt(), honours.notHonoured(editionId));
		audit.record("results.takeOver", "edition", editionId, added + " honourees taken over", null, map("added", added));
		return jdbc.sql("select count(*) from results_honouree where edition_id = ?").param(editionId).query(Integer.class)
			.single();
	}

	public void citation(long editionId, long honoureeId, String vi, String en) {
		int n = jdbc.sql("update results_honouree set citation_vi = ?, citation_en = ?, version = version + 1 where id = ? and edition_id = ?")
			.params(blankToNull(vi), blankToNull(en), honoureeId, editionId).update();
		if (n == 0) {
			throw new NotFoundException();
		}
		audit.record("results.citation", "results_honouree", honoureeId, "citation", null, map("vi", vi, "en", en));
	}

	/** An honouree of an edition judged outside the portal. */
	public long addArchived(long editionId, long awardId, String name, String provinceCode, UnitType type,
			String citationVi, String citationEn) {
		lock(editionId);
		Integer seq = jdbc.sql("select count(*) + 1 from results_honouree where edition_id = ? and award_id = ?")
			.params(editionId, awardId).query(Integer.class).single();
		String awardCode = jdbc.sql("select code from award where id = ? and edition_id = ?").params(awardId, editionId)
			.query(String.class).optional().orElseThrow(() -> new DomainException("results.error.award"));
		int year = jdbc.sql("select year from edition where id = ?").param(editionId).query(Integer.class).single();
		String reference = "ARCH-" + year + "-" + awardCode + "-" + String.format("%03d", seq);
		while (jdbc.sql("select count(*) from results_honouree where edition_id = ? and reference_code = ?")
			.params(editionId, reference).query(Integer.class).single() > 0) {
			reference = reference + "b";
		}
		long id = jdbc.sql("""
				insert into results_honouree (edition_id, award_id, reference_code, unit_name, nominee_name, province_code,
				                              unit_type, kind, citation_vi, citation_en, source)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'ARCHIVE') returning id""")
			.params(editionId, awardId, reference, name, name, provinceCode, type.name(),
					type == UnitType.INDIVIDUAL ? "OTHER" : "SELF", blankToNull(citationVi), blankToNull(citationEn))
			.query(Long.class).single();
		audit.record("results.archive.add", "results_honouree", id, name, null, map("award", awardCode, "name", name));
		return id;
	}

	public void removeArchived(long editionId, long honoureeId) {
		int n = jdbc.sql("delete from results_honouree where id = ? and edition_id = ? and source = 'ARCHIVE'")
			.params(honoureeId, editionId).update();
		if (n == 0) {
			throw new NotFoundException();
		}
		audit.record("results.archive.remove", "results_honouree", honoureeId, "removed", null, null);
	}

	/** The figures an archive edition publishes (dossiers received, units honoured). */
	public void counts(long editionId, Integer dossiers, Integer honoured) {
		lock(editionId);
		jdbc.sql("update results_edition set dossier_count = ?, honoured_count = ?, version = version + 1, updated_at = now() where edition_id = ?")
			.params(dossiers, honoured, editionId).update();
		audit.record("results.counts", "edition", editionId, "counts", null, map("dossiers", dossiers, "honoured", honoured));
	}

	/** The edition's results row, created on first use, locked for this transaction. */
	private Publication lock(long editionId) {
		jdbc.sql("insert into results_edition (edition_id) select id from edition where id = ? on conflict do nothing")
			.param(editionId).update();
		return jdbc.sql("select publish_at from results_edition where edition_id = ? for update").param(editionId)
			.query((rs, i) -> {
				Timestamp t = rs.getTimestamp(1);
				return new Publication(t == null ? null : t.toInstant());
			}).optional().orElseThrow(NotFoundException::new);
	}

	private void store(long editionId, Publication publication) {
		jdbc.sql("update results_edition set publish_at = ?, version = version + 1, updated_at = now() where edition_id = ?")
			.params(Timestamp.from(publication.publishAt()), editionId).update();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	private static Map<String, Object> map(Object... kv) {
		Map<String, Object> m = new HashMap<>();
		for (int i = 0; i < kv.length; i += 2) {
			m.put((String) kv[i], kv[i + 1]);
		}
		return m;
	}

}
