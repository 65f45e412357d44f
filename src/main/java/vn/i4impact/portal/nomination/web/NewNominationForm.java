package vn.i4impact.portal.nomination.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.shared.UnitType;

/**
 * What a unit chooses to open a dossier: the award, ứng cử or đề cử and, for đề cử, the nominee. Which nominee
 * fields are required depends on the award, so those checks are in the controller.
 */
public class NewNominationForm {

	private Long award;

	private NominationKind kind;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String nomineeName;

	private UnitType nomineeType;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String position;

	@Size(max = 300, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String organisation;

	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String email;

	@Size(max = 30, message = "{field.tooLong}")
	private String phone;

	public Long getAward() {
		return award;
	}

	public void setAward(Long award) {
		this.award = award;
	}

	public NominationKind getKind() {
		return kind;
	}

	public void setKind(NominationKind kind) {
		this.kind = kind;
	}

	public String getNomineeName() {
		return nomineeName;
	}

	public void setNomineeName(String nomineeName) {
		this.nomineeName = nomineeName;
	}

	public UnitType getNomineeType() {
		return nomineeType;
	}

	public void setNomineeType(UnitType nomineeType) {
		this.nomineeType = nomineeType;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getOrganisation() {
		return organisation;
	}

	public void setOrganisation(String organisation) {
		this.organisation = organisation;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

}
