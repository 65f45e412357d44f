package vn.i4impact.portal.account;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import vn.i4impact.portal.shared.UnitType;

/** What other modules may ask of accounts. */
public interface Accounts {

	Optional<CurrentUser> find(long userId);

	/** The account if it is active (confirmed, not disabled): the only kind that may be sent mail about its unit. */
	Optional<CurrentUser> findActive(long userId);

	Optional<CurrentUser> findByEmail(String email);

	/** The language the account chose for mail and pages (Vietnamese unless it chose English). */
	Locale preferredLocale(long userId);

	/**
	 * Creates an applicant account for a colleague of a unit and mails them an invitation to set a password.
	 * @return the new account's id, or empty when the address already has an account
	 */
	Optional<Long> inviteColleague(String email, String fullName, String unitName, Locale locale);

	/** An active account with a known password, for seed data; no mail is sent. */
	CurrentUser createActive(String email, String fullName, String rawPassword, Set<Role> roles);

	/** A confirmed applicant with its unit (through {@link ApplicantRegistered}), for seed data. */
	CurrentUser createActiveApplicant(String email, String fullName, String rawPassword, String unitName,
			UnitType unitType, String provinceCode, String taxCode);

}
