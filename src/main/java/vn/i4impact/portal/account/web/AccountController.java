package vn.i4impact.portal.account.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.internal.AccountService;
import vn.i4impact.portal.account.internal.UserAccount;
import vn.i4impact.portal.account.internal.UserAccountRepository;
import vn.i4impact.portal.shared.PhoneNumber;
import vn.i4impact.portal.shared.web.Flash;

/** {@code /account}: the signed-in person's own name, phone, language and password. */
@Controller
class AccountController {

	private final AccountService accounts;

	private final UserAccountRepository users;

	private final LocaleResolver localeResolver;

	private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountController(AccountService accounts, UserAccountRepository users, LocaleResolver localeResolver) {
		this.accounts = accounts;
		this.users = users;
		this.localeResolver = localeResolver;
	}

	@GetMapping("/account")
	String show(@AuthenticationPrincipal CurrentUser me, Model model) {
		UserAccount user = users.findById(me.id()).orElseThrow();
		ProfileForm form = new ProfileForm();
		form.setFullName(user.getFullName());
		form.setPosition(user.getPosition());
		form.setPhone(user.getPhone());
		form.setLanguage(user.getPreferredLocale());
		model.addAttribute("profile", form);
		model.addAttribute("passwordForm", new PasswordChangeForm());
		model.addAttribute("user", user);
		return "account/account";
	}

	@PostMapping("/account")
	String update(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("profile") ProfileForm form,
			BindingResult result, Model model, HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (form.getPhone() != null && !form.getPhone().isBlank() && !PhoneNumber.isValid(form.getPhone())) {
			result.rejectValue("phone", "field.phone", "field.phone");
		}
		if (result.hasErrors()) {
			model.addAttribute("passwordForm", new PasswordChangeForm());
			model.addAttribute("user", users.findById(me.id()).orElseThrow());
			return "account/account";
		}
		UserAccount user = accounts.updateProfile(me.id(), form.getFullName(),
				form.getPosition(), PhoneNumber.normalize(form.getPhone()), form.getLanguage());
		localeResolver.setLocale(request, response, Locale.forLanguageTag(user.getPreferredLocale()));
		refreshPrincipal(user.toCurrentUser(), request, response);
		Flash.success(redirect, "account.saved");
		return "redirect:/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal CurrentUser me,
			@Valid @ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		PasswordRules.check(result, "newPassword", form.getNewPassword(), "newPasswordConfirm",
				form.getNewPasswordConfirm(), me.email());
		if (!result.hasErrors()
				&& !accounts.changePassword(me.id(), form.getCurrentPassword(), form.getNewPassword())) {
			result.rejectValue("currentPassword", "password.currentWrong", "password.currentWrong");
		}
		if (result.hasErrors()) {
			UserAccount user = users.findById(me.id()).orElseThrow();
			ProfileForm profile = new ProfileForm();
			profile.setFullName(user.getFullName());
			profile.setPosition(user.getPosition());
			profile.setPhone(user.getPhone());
			profile.setLanguage(user.getPreferredLocale());
			model.addAttribute("profile", profile);
			model.addAttribute("user", user);
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setNewPasswordConfirm(null);
			return "account/account";
		}
		Flash.success(redirect, "account.passwordChanged");
		return "redirect:/account";
	}

	/** The header shows the principal's name: keep it in step with what was just saved. */
	private void refreshPrincipal(CurrentUser updated, HttpServletRequest request, HttpServletResponse response) {
		Authentication old = SecurityContextHolder.getContext().getAuthentication();
		var auth = UsernamePasswordAuthenticationToken.authenticated(updated, null, old.getAuthorities());
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(auth);
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
	}

}
