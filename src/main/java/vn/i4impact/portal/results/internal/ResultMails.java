package vn.i4impact.portal.results.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.jury.Honours;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * The mails telling units their result, honoured or not. Written to the outbox with the edition's topic and held until the
 * publication instant (or indefinitely while none is set); moving the instant moves them. The outbox never hands a
 * held mail to SMTP, so nothing leaks by mail before the ceremony.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class ResultMails {

	/** Held "until further notice": the publication instant is not set yet. */
	static final Instant UNSCHEDULED = Instant.parse("9999-01-01T00:00:00Z");

	private final Mailer mailer;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final AbsoluteLinks links;

	ResultMails(Mailer mailer, Accounts accounts, JdbcClient jdbc, AbsoluteLinks links) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.links = links;
	}

	static String topic(long editionId) {
		return "results:" + editionId;
	}

	/** Queues a mail to every active account of each honoured unit not yet told (once per honouree). */
	void queue(long editionId, Instant publishAt) {
		Mailer held = mailer.about(topic(editionId)).notBefore(publishAt == null ? UNSCHEDULED : publishAt);
		List<Row> rows = jdbc.sql("""
				update results_honouree h set mail_queued = true
				from award a, edition e
				where h.edition_id = ? and h.source = 'PORTAL' and not h.mail_queued and a.id = h.award_id and e.id = h.edition_id
				returning h.id, h.unit_id, h.member_user_ids, h.reference_code, h.nominee_name, a.code, a.name_vi, e.code""")
			.param(editionId)
			.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), (Long[]) rs.getArray(3).getArray(), rs.getString(4),
					rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
			.list();
		for (Row row : rows) {
			for (Long userId : row.members()) {
				accounts.findActive(userId).ifPresent(user -> held.queue(user.email(), accounts.preferredLocale(userId),
						"results.mail.honoured", user.fullName(), row.nominee(), row.awardCode() + " " + row.awardVi(),
						row.reference(), links.page("/results/" + row.editionCode() + "/" + row.reference())));
			}
		}
	}

	/**
	 * Queues a mail to every active account of each unit whose dossier was not honoured, once per dossier: the notice
	 * row and the held mail are written together, so a second take-over (or another node) writes nothing.
	 */
	void queueNotHonoured(long editionId, Instant publishAt, List<Honours.NotHonoured> decisions) {
		Mailer held = mailer.about(topic(editionId)).notBefore(publishAt == null ? UNSCHEDULED : publishAt);
		String editionCode = jdbc.sql("select code from edition where id = ?").param(editionId).query(String.class).single();
		for (var decision : decisions) {
			int fresh = jdbc.sql("insert into results_notice (nomination_id, edition_id, outcome) values (?, ?, 'NOT_HONOURED') "
					+ "on conflict (nomination_id) do nothing").params(decision.nominationId(), editionId).update();
			if (fresh == 0) {
				continue;
			}
			String award = jdbc.sql("select code || ' ' || name_vi from award where id = ?").param(decision.awardId())
				.query(String.class).single();
			for (Long userId : decision.memberUserIds()) {
				accounts.findActive(userId).ifPresent(user -> held.queue(user.email(), accounts.preferredLocale(userId),
						"results.mail.notHonoured", user.fullName(), decision.nomineeName(), award,
						decision.referenceCode(), links.page("/results/" + editionCode)));
			}
		}
	}

	/** The instant moved (or was reached by "publish now"): the held mails go with it. */
	void rescheduled(long editionId, Instant publishAt) {
		mailer.holdUntil(topic(editionId), publishAt);
	}

	private record Row(long id, long unitId, Long[] members, String reference, String nominee, String awardCode,
			String awardVi, String editionCode) {
	}

}
