package vn.i4impact.portal.nomination.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStarted;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * The nominee's consent (đề cử): a single-use, expiring link mailed in Vietnamese to the nominee, who has no account.
 * Without an address the consent simply stays pending, for the secretariat to follow up.
 */
@Service
@Transactional
public class Consents {

	public enum State {

		VALID, USED, EXPIRED, UNKNOWN

	}

	/** What the consent page shows: who nominated whom for what. */
	public record Request(State state, String nomineeName, String unitName, String awardCode, String awardNameVi,
			String awardNameEn, String editionName, Instant expiresAt) {

		static Request invalid(State state) {
			return new Request(state, null, null, null, null, null, null, null);
		}

		public String awardName(Locale locale) {
			return Localized.pick(locale, awardNameVi, awardNameEn);
		}

	}

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ConsentTokenRepository tokens;

	private final NominationRepository nominations;

	private final UnitRepository units;

	private final ProgramCatalog program;

	private final Mailer mailer;

	private final AbsoluteLinks links;

	private final Clock clock;

	private final Duration validity;

	private final ApplicationEventPublisher events;

	/** Published in the answer's transaction: the unit is told and the history records it (see ConsentRequests). */
	record ConsentAnswered(long nominationId, boolean given, Instant at) {
	}

	Consents(ConsentTokenRepository tokens, NominationRepository nominations, UnitRepository units,
			ProgramCatalog program, Mailer mailer, AbsoluteLinks links, Clock clock,
			@Value("${portal.consent.link-validity:P30D}") Duration validity, ApplicationEventPublisher events) {
		this.tokens = tokens;
		this.nominations = nominations;
		this.units = units;
		this.program = program;
		this.mailer = mailer;
		this.links = links;
		this.clock = clock;
		this.validity = validity;
		this.events = events;
	}

	/** Runs inside the transaction that opens the dossier: no dossier, no mail. */
	@EventListener
	void on(NominationStarted event) {
		if (event.kind() != NominationKind.OTHER) {
			return;
		}
		Nomination n = nominations.findById(event.nominationId()).orElseThrow();
		if (n.getNomineeEmail() == null) {
			return;
		}
		request(n);
	}

	/** A new link mailed to the nominee (the first, or one the unit asked to send again). */
	void request(Nomination n) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant now = clock.instant();
		Instant expires = now.plus(validity);
		tokens.save(new ConsentToken(n.getId(), hash(raw), expires, now));
		AwardInfo award = program.award(n.getAwardId()).orElseThrow();
		mailer.about(Nomination.topic(n.getId())).queue(n.getNomineeEmail(), Localized.VIETNAMESE, "mail.consent", n.getNomineeName(), unitName(n),
				award.code() + " – " + award.nameVi(), award.editionShortName(), links.withToken("/consent", raw),
				Receipts.format(expires));
	}

	@Transactional(readOnly = true)
	public Request find(String raw) {
		Optional<ConsentToken> token = lookup(raw, false);
		State state = state(token);
		if (state != State.VALID) {
			return Request.invalid(state);
		}
		Nomination n = nominations.findById(token.get().getNominationId()).orElseThrow();
		AwardInfo award = program.award(n.getAwardId()).orElseThrow();
		return new Request(State.VALID, n.getNomineeName(), unitName(n), award.code(), award.nameVi(), award.nameEn(),
				award.editionShortName(), token.get().getExpiresAt());
	}

	/** Records the answer and spends the link; returns why not when the link cannot be used. */
	public State answer(String raw, boolean agree) {
		Optional<ConsentToken> token = lookup(raw, true);
		State state = state(token);
		if (state == State.VALID) {
			Instant now = clock.instant();
			token.get().use(now);
			Nomination n = nominations.findById(token.get().getNominationId()).orElseThrow();
			n.recordConsent(agree, now);
			events.publishEvent(new ConsentAnswered(n.getId(), agree, now));
		}
		return state;
	}

	private Optional<ConsentToken> lookup(String raw, boolean forUpdate) {
		if (raw == null || raw.isBlank() || raw.length() > 100) {
			return Optional.empty();
		}
		return forUpdate ? tokens.findForUpdateByTokenHash(hash(raw)) : tokens.findByTokenHash(hash(raw));
	}

	private State state(Optional<ConsentToken> token) {
		if (token.isEmpty()) {
			return State.UNKNOWN;
		}
		if (token.get().isUsed()) {
			return State.USED;
		}
		if (!clock.instant().isBefore(token.get().getExpiresAt())) {
			return State.EXPIRED;
		}
		// a withdrawn dossier no longer needs anyone's consent
		return nominations.findById(token.get().getNominationId())
			.filter(n -> n.getStatus() != NominationStatus.WITHDRAWN).isPresent() ? State.VALID : State.UNKNOWN;
	}

	private String unitName(Nomination n) {
		return units.findById(n.getUnitId()).map(Unit::getName).orElse("");
	}

	static String hash(String raw) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
