package vn.i4impact.portal.account.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.ApplicantRegistered;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.UnitType;

@Service
@Transactional
class AccountsImpl implements Accounts {

	private final UserAccountRepository users;

	private final AccountService service;

	private final ApplicationEventPublisher events;

	AccountsImpl(UserAccountRepository users, AccountService service, ApplicationEventPublisher events) {
		this.users = users;
		this.service = service;
		this.events = events;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> find(long userId) {
		return users.findById(userId).map(UserAccount::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> findActive(long userId) {
		return users.findById(userId).filter(u -> u.getStatus() == AccountStatus.ACTIVE).map(UserAccount::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CurrentUser> findByEmail(String email) {
		return users.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::toCurrentUser);
	}

	@Override
	@Transactional(readOnly = true)
	public Locale preferredLocale(long userId) {
		return users.findById(userId).map(u -> Locale.forLanguageTag(u.getPreferredLocale()))
			.orElse(Localized.VIETNAMESE);
	}

	@Override
	public CurrentUser createActive(String email, String fullName, String rawPassword, Set<Role> roles) {
		return service.createActive(email, fullName, rawPassword, roles).toCurrentUser();
	}

	@Override
	public CurrentUser createActiveApplicant(String email, String fullName, String rawPassword, String unitName,
			UnitType unitType, String provinceCode, String taxCode) {
		UserAccount user = service.createActive(email, fullName, rawPassword, Set.of(Role.APPLICANT));
		events.publishEvent(new ApplicantRegistered(user.getId(), unitName, unitType, provinceCode, taxCode));
		return user.toCurrentUser();
	}


	@Override
	public Optional<Long> inviteColleague(String email, String fullName, String unitName, Locale locale) {
		return service.inviteColleague(email, fullName, unitName, locale);
	}

}
