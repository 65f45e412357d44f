package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import vn.i4impact.portal.nomination.DossierContent.Candidate;

/**
 * Finds possible conflicts of interest between a juror and a dossier before anyone is assigned, each with its reason.
 * Organisations are matched by tax code (exact where names vary), people by e-mail; e-mail domains are compared only
 * when they are an organisation's own (public webmail is left out, as OpenReview does).
 */
public final class ConflictDetector {

	/** Public webmail: a shared domain says nothing about a shared employer. */
	static final Set<String> WEBMAIL = Set.of("gmail.com", "googlemail.com", "yahoo.com", "yahoo.com.vn", "outlook.com",
			"hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com", "proton.me", "protonmail.com",
			"gmx.com", "mail.com", "yandex.com", "zoho.com", "qq.com", "163.com", "126.com");

	/** A reason: the message key and the detail it names (a tax code, a domain, an affiliation). */
	public record Found(String reasonKey, String detail) {
	}

	private ConflictDetector() {
	}

	public static List<Found> detect(JurorProfile juror, Candidate dossier) {
		List<Found> found = new ArrayList<>();
		String unitTax = normalise(dossier.unitTaxCode());
		if (unitTax != null && unitTax.equals(normalise(juror.taxCode()))) {
			found.add(new Found("jury.conflict.organisationTaxCode", juror.organisation() + " (" + unitTax + ")"));
		}
		for (JurorProfile.Affiliation a : juror.affiliations()) {
			if (unitTax != null && unitTax.equals(normalise(a.taxCode()))) {
				found.add(new Found("jury.conflict.affiliationTaxCode", a.name() + " (" + unitTax + ")"));
			}
			if (a.email() != null && same(a.email(), dossier.nomineeEmail())) {
				found.add(new Found("jury.conflict.affiliationPerson", a.name()));
			}
		}
		String domain = domain(juror.email());
		if (domain != null && !WEBMAIL.contains(domain) && dossier.memberEmailDomains().contains(domain)) {
			found.add(new Found("jury.conflict.emailDomain", domain));
		}
		if (dossier.memberUserIds().contains(juror.userId())) {
			found.add(new Found("jury.conflict.member", dossier.unitName()));
		}
		if (same(juror.email(), dossier.nomineeEmail())) {
			found.add(new Found("jury.conflict.nominee", dossier.nomineeName()));
		}
		if (dossier.createdBy() == juror.userId()) {
			found.add(new Found("jury.conflict.creator", dossier.referenceCode()));
		}
		return found;
	}

	static String domain(String email) {
		if (email == null || email.indexOf('@') < 0) {
			return null;
		}
		return email.substring(email.lastIndexOf('@') + 1).strip().toLowerCase(Locale.ROOT);
	}

	private static boolean same(String a, String b) {
		return a != null && b != null && !a.isBlank() && a.strip().equalsIgnoreCase(b.strip());
	}

	/** Tax codes compared by digits only, so "0100109106" and "0100 109 106" match; blank is none. */
	private static String normalise(String taxCode) {
		if (taxCode == null) {
			return null;
		}
		String digits = taxCode.replaceAll("[^0-9-]", "");
		return digits.isEmpty() ? null : digits;
	}

}
