package vn.i4impact.portal.account.web;

import jakarta.validation.constraints.NotBlank;

public class PasswordChangeForm {

	@NotBlank(message = "{field.required}")
	private String currentPassword;

	@NotBlank(message = "{field.required}")
	private String newPassword;

	@NotBlank(message = "{field.required}")
	private String newPasswordConfirm;

	public String getCurrentPassword() {
		return currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getNewPasswordConfirm() {
		return newPasswordConfirm;
	}

	public void setNewPasswordConfirm(String newPasswordConfirm) {
		this.newPasswordConfirm = newPasswordConfirm;
	}

}
