package vn.i4impact.portal.nomination.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A colleague the unit's account holder invites to work on its dossiers. */
public class ColleagueForm {

	@NotBlank(message = "{field.required}")
	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String email;

	@NotBlank(message = "{field.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String fullName;

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

}
