package vn.i4impact.portal.jury.internal.selection;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/** Tells each active member of a shortlisted unit, through the outbox (sent only if the confirmation commits). */
@Component
class ShortlistMail {

	private final Mailer mailer;

	private final Accounts accounts;

	private final ProgramCatalog program;

	private final AbsoluteLinks links;

	ShortlistMail(Mailer mailer, Accounts accounts, ProgramCatalog program, AbsoluteLinks links) {
		this.mailer = mailer;
		this.accounts = accounts;
		this.program = program;
		this.links = links;
	}

	void shortlisted(List<Candidate> shortlist) {
		for (Candidate c : shortlist) {
			Mailer about = mailer.about("nomination:" + c.id());
			for (long member : c.memberUserIds()) {
				accounts.findActive(member).ifPresent(u -> {
					Locale locale = accounts.preferredLocale(member);
					String award = program.award(c.awardId()).map(a -> a.code() + " " + a.name(locale)).orElse("");
					about.queue(u.email(), locale, "selection.mail.shortlisted", u.fullName(), c.referenceCode(), award,
							links.page("/my/nominations"));
				});
			}
		}
	}
}
