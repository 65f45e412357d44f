package vn.i4impact.portal.nomination.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.NominationSubmitted;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * Mails the submitting account its receipt. The submitting transaction only records that a receipt is owed (and the
 * event publication registry records that this listener has work to do); the PDF is rendered after commit, outside
 * the request, in its own short transaction, so a submit never holds the per-award counter lock or a second
 * connection while a PDF renders. A publication a crash or a failure left incomplete is republished at the next
 * start, and the owed row makes the mail go out once only.
 */
@Component
class ReceiptMailer {

	private final NominationRepository nominations;

	private final Receipts receipts;

	private final Accounts accounts;

	private final Mailer mailer;

	private final ProgramCatalog program;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	ReceiptMailer(NominationRepository nominations, Receipts receipts, Accounts accounts, Mailer mailer,
			ProgramCatalog program, AbsoluteLinks links, JdbcClient jdbc, Clock clock) {
		this.nominations = nominations;
		this.receipts = receipts;
		this.accounts = accounts;
		this.mailer = mailer;
		this.program = program;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** In the submitting transaction: the receipt is owed exactly when the submission exists. */
	@EventListener
	void owe(NominationSubmitted event) {
		jdbc.sql("""
				insert into nomination_receipt (nomination_id, user_id, reference_code, created_at)
				values (?, ?, ?, ?)""").params(event.nominationId(), event.userId(), event.referenceCode(),
				Timestamp.from(clock.instant())).update();
	}

	/** After commit, in its own transaction; a failure leaves the publication incomplete, to be republished. */
	@ApplicationModuleListener
	void mail(NominationSubmitted event) {
		jdbc.sql("select id from nomination_receipt where nomination_id = ? and mailed_at is null order by id")
			.param(event.nominationId()).query(Long.class).list().forEach(this::send);
	}

	private void send(long id) {
		// locked and re-checked, so a republished event never mails the same receipt twice
		List<Object[]> rows = jdbc.sql("""
				select nomination_id, user_id, reference_code from nomination_receipt
				where id = ? and mailed_at is null for update skip locked""").param(id)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }).list();
		if (rows.isEmpty()) {
			return;
		}
		Object[] row = rows.get(0);
		CurrentUser user = accounts.find((long) row[1]).orElse(null);
		Nomination n = nominations.findById((long) row[0]).orElse(null);
		if (user != null && n != null) {
			Locale locale = accounts.preferredLocale(user.id());
			var award = program.award(n.getAwardId()).orElseThrow();
			byte[] pdf = receipts.render(n, locale);
			mailer.about(Nomination.topic(n.getId())).queue(user.email(), locale,
					new Mailer.Attachment(receipts.fileName(n, locale), "application/pdf", pdf), "mail.receipt",
					user.fullName(), (String) row[2], award.code() + " – " + award.name(locale),
					Receipts.format(n.getSubmittedAt()), links.page("/my/nominations/" + n.getId()));
		}
		jdbc.sql("update nomination_receipt set mailed_at = ? where id = ?").params(Timestamp.from(clock.instant()), id)
			.update();
	}

}
