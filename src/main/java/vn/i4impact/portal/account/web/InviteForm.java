package vn.i4impact.portal.account.web;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import vn.i4impact.portal.account.Role;

/** A staff member the organising committee invites. */
public class InviteForm {

	@NotBlank(message = "{field.required}")
	@Email(message = "{field.email}")
	@Size(max = 254, message = "{field.tooLong}")
	private String email;

	@NotBlank(message = "{field.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String fullName;

	@NotEmpty(message = "{admin.users.rolesRequired}")
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private String language = "vi";

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

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
