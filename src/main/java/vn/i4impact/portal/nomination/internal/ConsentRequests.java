package vn.i4impact.portal.nomination.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The nominating unit's side of consent (issue 13, item 5): what the draft shows (waiting / agreed / declined, when
 * the link was last sent), sending the link again — at most once per {@code portal.consent.resend-after} and
 * {@code portal.consent.max-requests} times in all — and, when the nominee answers, a history line and a mail to the
 * unit's active members.
 */
@Service
@Transactional
public class ConsentRequests {

	/** What the consent panel of a dossier shows. {@code nextAt} is when the link may be sent again (null: now). */
	public record Panel(ConsentStatus status, Instant answeredAt, String nomineeEmail, Instant lastSentAt, int sent,
			Instant nextAt, boolean resendable) {

		public boolean waiting() {
			return status == ConsentStatus.PENDING;
		}

	}

	private final NominationRepository nominations;

	private final ConsentTokenRepository tokens;

	private final NominationHistoryRepository history;

	private final NominationService service;

	private final Consents consents;

	private final Accounts accounts;

	private final ProgramCatalog program;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final Clock clock;

	private final Duration resendAfter;

	private final int maxRequests;

	ConsentRequests(NominationRepository nominations, ConsentTokenRepository tokens,
			NominationHistoryRepository history, NominationService service, Consents consents, Accounts accounts,
			ProgramCatalog program, Mailer mailer, AbsoluteLinks links, Clock clock,
			@Value("${portal.consent.resend-after:PT1H}") Duration resendAfter,
			@Value("${portal.consent.max-requests:5}") int maxRequests) {
		this.nominations = nominations;
		this.tokens = tokens;
		this.history = history;
		this.service = service;
		this.consents = consents;
		this.accounts = accounts;
		this.program = program;
		this.mailer = mailer;
		this.links = links;
		this.clock = clock;
		this.resendAfter = resendAfter;
		this.maxRequests = maxRequests;
	}

	/** The panel of a dossier the caller already read as a member; null when the unit applies for itself. */
	@Transactional(readOnly = true)
	public Panel panel(Nomination n) {
		if (n.getKind() != NominationKind.OTHER) {
			return null;
		}
		List<ConsentToken> sent = tokens.findByNominationIdOrderByIdAsc(n.getId());
		Instant last = sent.isEmpty() ? null : sent.get(sent.size() - 1).getCreatedAt();
		Instant next = last == null ? null : last.plus(resendAfter);
		Instant now = clock.instant();
		boolean resendable = n.getConsentStatus() == ConsentStatus.PENDING && n.getNomineeEmail() != null
				&& n.getStatus().isEditableByUnit() && sent.size() < maxRequests;
		return new Panel(n.getConsentStatus(), n.getConsentAt(), n.getNomineeEmail(), last, sent.size(),
				next != null && next.isAfter(now) ? next : null, resendable);
	}

	/**
	 * Mails the nominee a new link (older ones stop working). Refused while the nominee has answered, the dossier is
	 * no longer a draft, there is no address, too soon after the last link or after too many links.
	 */
	public void resend(long userId, long nominationId) {
		Nomination n = nominations.findForMember(nominationId, userId).orElseThrow(NotFoundException::new);
		if (n.getKind() != NominationKind.OTHER || n.getConsentStatus() != ConsentStatus.PENDING) {
			throw new DomainException("consentRequest.refused.answered");
		}
		if (!n.getStatus().isEditableByUnit()) {
			throw new DomainException("consentRequest.refused.notDraft");
		}
		if (n.getNomineeEmail() == null) {
			throw new DomainException("consentRequest.refused.noEmail");
		}
		// the dossier's links, locked, so two clicks at once send one mail
		List<ConsentToken> sent = tokens.findForUpdateByNominationIdOrderByIdAsc(nominationId);
		if (sent.size() >= maxRequests) {
			throw new DomainException("consentRequest.refused.tooMany", maxRequests);
		}
		Instant now = clock.instant();
		if (!sent.isEmpty()) {
			Instant next = sent.get(sent.size() - 1).getCreatedAt().plus(resendAfter);
			if (now.isBefore(next)) {
				throw new DomainException("consentRequest.refused.tooSoon", next);
			}
		}
		sent.forEach(t -> t.expire(now));
		consents.request(n);
	}

	@EventListener
	void on(Consents.ConsentAnswered event) {
		Nomination n = nominations.findById(event.nominationId()).orElseThrow();
		history.save(new NominationHistory(n.getId(), n.getStatus(), n.getStatus(), event.at(), null,
				NominationHistory.consentNote(event.given())));
		AwardInfo award = program.award(n.getAwardId()).orElseThrow();
		Mailer about = mailer.about(Nomination.topic(n.getId()));
		String template = event.given() ? "mail.consentGiven" : "mail.consentDeclined";
		for (long member : service.memberIds(n.getUnitId())) {
			accounts.findActive(member).ifPresent(user -> {
				Locale locale = accounts.preferredLocale(user.id());
				about.queue(user.email(), locale, template, user.fullName(), n.getNomineeName(),
						award.code() + " – " + award.name(locale), Receipts.format(event.at()),
						links.page("/my/nominations/" + n.getId()));
			});
		}
	}

}
