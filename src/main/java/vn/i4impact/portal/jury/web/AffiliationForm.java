package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.validation.BindingResult;

import vn.i4impact.portal.jury.internal.JurorProfile.Affiliation;
import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.shared.TaxCode;

/** One declared affiliation: an organisation (with its tax code) or a person (with an e-mail). */
public class AffiliationForm {

	@NotNull(message = "{field.required}")
	private Affiliation.Kind kind;

	@NotBlank(message = "{field.required}")
	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String name;

	@Size(max = 20, message = "{field.tooLong}")
	private String taxCode;

	@Size(max = 254, message = "{field.tooLong}")
	@Email(message = "{field.email}")
	private String email;

	/**
	 * A tax code belongs to an organisation and an e-mail to a person; a tax code must be valid; the same tie is not
	 * declared twice. @return the affiliation to store (meaningful only when the result has no errors)
	 */
	Affiliation toAffiliation(BindingResult result, List<JurorProfiles.Declared> existing) {
		String normalized = TaxCode.normalize(taxCode);
		String code = normalized == null || normalized.isEmpty() ? null : normalized;
		String mail = email == null || email.isBlank() ? null : email.strip();
		if (code != null && kind == Affiliation.Kind.PERSON) {
			result.rejectValue("taxCode", "jury.profile.affiliation.taxCodeForOrganisation");
		}
		else if (code != null && !TaxCode.isValid(code)) {
			result.rejectValue("taxCode", "field.taxCode");
		}
		if (mail != null && kind == Affiliation.Kind.ORGANISATION) {
			result.rejectValue("email", "jury.profile.affiliation.emailForPerson");
		}
		String n = name == null ? null : name.strip();
		if (n != null && kind != null && existing.stream().anyMatch(d -> d.kind() == kind
				&& (d.name().equalsIgnoreCase(n) || (code != null && code.equals(d.taxCode()))
						|| (mail != null && mail.equalsIgnoreCase(d.email()))))) {
			result.rejectValue("name", "jury.profile.affiliation.duplicate");
		}
		return new Affiliation(kind, n, code, mail == null ? null : mail.toLowerCase(Locale.ROOT));
	}

	public Affiliation.Kind getKind() {
		return kind;
	}

	public void setKind(Affiliation.Kind kind) {
		this.kind = kind;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getTaxCode() {
		return taxCode;
	}

	public void setTaxCode(String taxCode) {
		this.taxCode = taxCode;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

}
