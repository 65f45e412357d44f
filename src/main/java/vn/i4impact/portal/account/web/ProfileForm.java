package vn.i4impact.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public class ProfileForm {

	@NotBlank(message = "{field.required}")
	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String fullName;

	@Size(max = 200, message = "{field.tooLong}")
	@Pattern(regexp = "[^<>]*", message = "{field.noMarkup}")
	private String position;

	@Size(max = 30, message = "{field.tooLong}")
	private String phone;

	@Pattern(regexp = "vi|en", message = "{field.required}")
	private String language = "vi";

	public String getFullName() {
		return fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

}
