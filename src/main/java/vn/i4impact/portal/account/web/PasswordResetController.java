package vn.i4impact.portal.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.internal.AccountService;
import vn.i4impact.portal.account.internal.AccountService.LinkState;
import vn.i4impact.portal.account.internal.TokenPurpose;
import vn.i4impact.portal.shared.web.Flash;

/** "Forgot password": an expiring, single-use link by e-mail, then a new password. Invitations work the same way. */
@Controller
class PasswordResetController {

	/** A new password, typed twice. */
	public static class NewPasswordForm {

		private String token;

		@NotBlank(message = "{field.required}")
		private String password;

		@NotBlank(message = "{field.required}")
		private String passwordConfirm;

		public String getToken() {
			return token;
		}

		public void setToken(String token) {
			this.token = token;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getPasswordConfirm() {
			return passwordConfirm;
		}

		public void setPasswordConfirm(String passwordConfirm) {
			this.passwordConfirm = passwordConfirm;
		}

	}

	private final AccountService accounts;

	PasswordResetController(AccountService accounts) {
		this.accounts = accounts;
	}

	@GetMapping("/forgot-password")
	String forgotForm() {
		return "account/forgot";
	}

	@PostMapping("/forgot-password")
	String forgot(@RequestParam(defaultValue = "") String email, Model model, RedirectAttributes redirect) {
		if (email.isBlank() || !email.contains("@") || email.length() > 254) {
			model.addAttribute("email", email);
			model.addAttribute("emailError", "field.email");
			return "account/forgot";
		}
		accounts.requestPasswordReset(email);
		Flash.info(redirect, "forgot.sent", email.strip());
		return "redirect:/login";
	}

	@GetMapping("/reset-password")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		return newPasswordForm(token, TokenPurpose.RESET_PASSWORD, "account/reset", model);
	}

	@PostMapping("/reset-password")
	String reset(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var email = accounts.emailForLink(form.getToken(), TokenPurpose.RESET_PASSWORD);
		if (email.isEmpty()) {
			model.addAttribute("state", LinkState.EXPIRED.name());
			return "account/link-invalid";
		}
		PasswordRules.check(result, "password", form.getPassword(), "passwordConfirm", form.getPasswordConfirm(),
				email.get());
		if (result.hasErrors()) {
			return "account/reset";
		}
		accounts.resetPassword(form.getToken(), form.getPassword());
		Flash.success(redirect, "reset.done");
		return "redirect:/login";
	}

	@GetMapping("/invitation")
	String invitationForm(@RequestParam(defaultValue = "") String token, Model model) {
		return newPasswordForm(token, TokenPurpose.INVITATION, "account/invitation", model);
	}

	@PostMapping("/invitation")
	String accept(@Valid @ModelAttribute("form") NewPasswordForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var email = accounts.emailForLink(form.getToken(), TokenPurpose.INVITATION);
		if (email.isEmpty()) {
			model.addAttribute("state", LinkState.EXPIRED.name());
			return "account/link-invalid";
		}
		PasswordRules.check(result, "password", form.getPassword(), "passwordConfirm", form.getPasswordConfirm(),
				email.get());
		if (result.hasErrors()) {
			model.addAttribute("email", email.get());
			return "account/invitation";
		}
		if (accounts.acceptInvitation(form.getToken(), form.getPassword()) != LinkState.VALID) {
			model.addAttribute("state", LinkState.EXPIRED.name());
			return "account/link-invalid";
		}
		Flash.success(redirect, "invitation.done");
		return "redirect:/login";
	}

	private String newPasswordForm(String token, TokenPurpose purpose, String view, Model model) {
		LinkState state = accounts.checkLink(token, purpose);
		if (state != LinkState.VALID) {
			model.addAttribute("state", state.name());
			model.addAttribute("purpose", purpose.name());
			return "account/link-invalid";
		}
		NewPasswordForm form = new NewPasswordForm();
		form.setToken(token);
		model.addAttribute("form", form);
		accounts.emailForLink(token, purpose).ifPresent(e -> model.addAttribute("email", e));
		return view;
	}

}
