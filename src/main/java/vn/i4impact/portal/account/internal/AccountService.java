package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.account.ApplicantRegistered;
import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Dates;

/** Everything that changes an account: registration, confirmation, passwords, invitations, profile. */
@Service
@Transactional
public class AccountService {

	public record Registration(String email, String password, String fullName, String position, String phone,
			String unitName, UnitType unitType, String provinceCode, String taxCode) {
	}

	/** The outcome of following an e-mailed link. */
	public enum LinkState {

		VALID, EXPIRED, USED, UNKNOWN

	}

	private final UserAccountRepository users;

	private final Tokens tokens;

	private final Mailer mailer;

	private final PasswordEncoder encoder;

	private final ApplicationEventPublisher events;

	private final LoginThrottle throttle;

	private final AbsoluteLinks links;

	private final Clock clock;

	private final Dates dates;

	private final AuditTrail audit;

	AccountService(UserAccountRepository users, Tokens tokens, Mailer mailer, PasswordEncoder encoder,
			ApplicationEventPublisher events, LoginThrottle throttle, AbsoluteLinks links, Clock clock, Dates dates,
			AuditTrail audit) {
		this.audit = audit;
		this.users = users;
		this.tokens = tokens;
		this.mailer = mailer;
		this.encoder = encoder;
		this.events = events;
		this.throttle = throttle;
		this.links = links;
		this.clock = clock;
		this.dates = dates;
	}

	/**
	 * Registers a unit's account holder and its unit, and mails the confirmation link. An address that already has an
	 * account gets a mail saying so instead, and the caller sees the same answer: registration never reveals which
	 * addresses are registered.
	 */
	public void register(Registration r, Locale locale) {
		String email = UserAccount.normalizeEmail(r.email());
		Optional<UserAccount> existing = users.findByEmail(email);
		if (existing.isPresent()) {
			UserAccount user = existing.get();
			if (user.getStatus() == AccountStatus.PENDING) {
				sendConfirmation(user);
			}
			else {
				mailer.queue(user.getEmail(), user.locale(), "mail.alreadyRegistered", user.getFullName(),
						links.page("/forgot-password"));
			}
			return;
		}
		UserAccount user = UserAccount.registered(email, r.fullName(), encoder.encode(r.password()), locale,
				clock.instant());
		user.setContact(r.position(), r.phone());
		users.save(user);
		events.publishEvent(new ApplicantRegistered(user.getId(), r.unitName().strip(), r.unitType(), r.provinceCode(),
				r.taxCode() == null || r.taxCode().isBlank() ? null : r.taxCode()));
		sendConfirmation(user);
	}

	/** Sends a fresh confirmation link to an unconfirmed account; silently nothing otherwise. */
	public void resendConfirmation(String email) {
		users.findByEmail(UserAccount.normalizeEmail(email))
			.filter(u -> u.getStatus() == AccountStatus.PENDING)
			.ifPresent(this::sendConfirmation);
	}

	private void sendConfirmation(UserAccount user) {
		String token = tokens.issue(user, TokenPurpose.CONFIRM_EMAIL);
		Instant expires = clock.instant().plus(TokenPurpose.CONFIRM_EMAIL.lifetime());
		mailer.queue(user.getEmail(), user.locale(), "mail.confirm", user.getFullName(), links.withToken("/confirm", token),
				dates.dateTime(expires));
	}

	public LinkState confirmEmail(String rawToken) {
		Optional<AccountToken> found = tokens.find(rawToken, TokenPurpose.CONFIRM_EMAIL);
		if (found.isEmpty()) {
			return LinkState.UNKNOWN;
		}
		AccountToken token = found.get();
		return switch (token.state(clock.instant())) {
			case USED -> LinkState.USED;
			case EXPIRED -> token.getUser().getStatus() == AccountStatus.ACTIVE ? LinkState.USED : LinkState.EXPIRED;
			case VALID -> {
				token.use(clock.instant());
				token.getUser().confirmEmail(clock.instant());
				yield LinkState.VALID;
			}
		};
	}

	/** Mails a reset link when an account exists; the caller always shows the same answer. */
	public void requestPasswordReset(String email) {
		users.findByEmail(UserAccount.normalizeEmail(email))
			.filter(u -> u.getStatus() == AccountStatus.ACTIVE || u.getStatus() == AccountStatus.PENDING)
			.ifPresent(this::sendPasswordReset);
	}

	void sendPasswordReset(UserAccount user) {
		String token = tokens.issue(user, TokenPurpose.RESET_PASSWORD);
		mailer.queue(user.getEmail(), user.locale(), "mail.reset", user.getFullName(),
				links.withToken("/reset-password", token),
				dates.dateTime(clock.instant().plus(TokenPurpose.RESET_PASSWORD.lifetime())));
	}

	@Transactional(readOnly = true)
	public LinkState checkLink(String rawToken, TokenPurpose purpose) {
		return tokens.find(rawToken, purpose).map(t -> switch (t.state(clock.instant())) {
			case VALID -> LinkState.VALID;
			case USED -> LinkState.USED;
			case EXPIRED -> LinkState.EXPIRED;
		}).orElse(LinkState.UNKNOWN);
	}

	/** @return the e-mail of the account, so the policy can be checked against it; empty when the link is not valid */
	@Transactional(readOnly = true)
	public Optional<String> emailForLink(String rawToken, TokenPurpose purpose) {
		return tokens.find(rawToken, purpose)
			.filter(t -> t.state(clock.instant()) == AccountToken.State.VALID)
			.map(t -> t.getUser().getEmail());
	}

	public LinkState resetPassword(String rawToken, String newPassword) {
		Optional<AccountToken> found = tokens.find(rawToken, TokenPurpose.RESET_PASSWORD);
		if (found.isEmpty() || found.get().state(clock.instant()) != AccountToken.State.VALID) {
			return found.isEmpty() ? LinkState.UNKNOWN : LinkState.EXPIRED;
		}
		AccountToken token = found.get();
		token.use(clock.instant());
		token.getUser().resetPassword(encoder.encode(newPassword), clock.instant());
		throttle.resetAll(token.getUser().getEmail());
		return LinkState.VALID;
	}

	/** Creates a staff account and mails the invitation; an address already in use is refused. */
	public boolean invite(String email, String fullName, Set<Role> roles, Locale locale) {
		String normalized = UserAccount.normalizeEmail(email);
		if (users.existsByEmail(normalized)) {
			return false;
		}
		UserAccount user = users.save(UserAccount.invited(normalized, fullName, roles, locale, clock.instant()));
		sendInvitation(user);
		audit.record("user.invite", "user", user.getId(), StaffAdministration.label(user), null,
				StaffAdministration.snapshot(user));
		return true;
	}

	/** An applicant account for a unit's colleague, invited to set its password; the unit adds the membership. */
	public Optional<Long> inviteColleague(String email, String fullName, String unitName, Locale locale) {
		String normalized = UserAccount.normalizeEmail(email);
		if (users.existsByEmail(normalized)) {
			return Optional.empty();
		}
		UserAccount user = users.save(UserAccount.invited(normalized, fullName, Set.of(Role.APPLICANT), locale,
				clock.instant()));
		String token = tokens.issue(user, TokenPurpose.INVITATION);
		mailer.queue(user.getEmail(), user.locale(), "mail.colleague", user.getFullName(), unitName,
				links.withToken("/invitation", token),
				dates.dateTime(clock.instant().plus(TokenPurpose.INVITATION.lifetime())));
		return Optional.of(user.getId());
	}

	void sendInvitation(UserAccount user) {
		String token = tokens.issue(user, TokenPurpose.INVITATION);
		mailer.queue(user.getEmail(), user.locale(), "mail.invitation", user.getFullName(),
				links.withToken("/invitation", token),
				dates.dateTime(clock.instant().plus(TokenPurpose.INVITATION.lifetime())));
	}

	public LinkState acceptInvitation(String rawToken, String password) {
		Optional<AccountToken> found = tokens.find(rawToken, TokenPurpose.INVITATION);
		if (found.isEmpty() || found.get().state(clock.instant()) != AccountToken.State.VALID
				|| found.get().getUser().getStatus() != AccountStatus.INVITED) {
			return found.isEmpty() ? LinkState.UNKNOWN : LinkState.EXPIRED;
		}
		AccountToken token = found.get();
		token.use(clock.instant());
		token.getUser().acceptInvitation(encoder.encode(password), clock.instant());
		return LinkState.VALID;
	}

	public UserAccount updateProfile(long userId, String fullName, String position, String phone, String locale) {
		UserAccount user = users.findById(userId).orElseThrow();
		user.updateProfile(fullName, position, phone, locale);
		return user;
	}

	/** @return false when the current password is wrong */
	public boolean changePassword(long userId, String currentPassword, String newPassword) {
		UserAccount user = users.findById(userId).orElseThrow();
		if (user.getPasswordHash() == null || !encoder.matches(currentPassword, user.getPasswordHash())) {
			return false;
		}
		user.changePassword(encoder.encode(newPassword));
		return true;
	}

	UserAccount createActive(String email, String fullName, String rawPassword, Set<Role> roles) {
		return users.save(UserAccount.active(email, fullName, encoder.encode(rawPassword), EnumSet.copyOf(roles),
				clock.instant()));
	}

}
