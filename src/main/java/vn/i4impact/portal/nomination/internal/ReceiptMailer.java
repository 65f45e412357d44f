package vn.i4impact.portal.nomination.internal;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.NominationSubmitted;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * Mails the submitting account its receipt. Runs inside the submitting transaction, so a receipt exists exactly when
 * the submission does, and a failure to render it rolls the submission back rather than leaving it unconfirmed.
 */
@Component
class ReceiptMailer {

	private final NominationRepository nominations;

	private final Receipts receipts;

	private final Accounts accounts;

	private final Mailer mailer;

	private final ProgramCatalog program;

	private final MailLinks links;

	ReceiptMailer(NominationRepository nominations, Receipts receipts, Accounts accounts, Mailer mailer,
			ProgramCatalog program, MailLinks links) {
		this.nominations = nominations;
		this.receipts = receipts;
		this.accounts = accounts;
		this.mailer = mailer;
		this.program = program;
		this.links = links;
	}

	@EventListener
	void on(NominationSubmitted event) {
		CurrentUser user = accounts.find(event.userId()).orElse(null);
		if (user == null) {
			return;
		}
		Nomination n = nominations.findById(event.nominationId()).orElseThrow();
		Locale locale = accounts.preferredLocale(user.id());
		var award = program.award(n.getAwardId()).orElseThrow();
		byte[] pdf = receipts.render(n, locale);
		mailer.queue(user.email(), locale,
				new Mailer.Attachment(receipts.fileName(n, locale), "application/pdf", pdf), "mail.receipt",
				user.fullName(), event.referenceCode(), award.code() + " – " + award.name(locale),
				Receipts.format(n.getSubmittedAt()), links.page("/my/nominations/" + n.getId()));
	}

}
