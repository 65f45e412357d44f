package vn.i4impact.portal.account.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.internal.AccountService;
import vn.i4impact.portal.shared.PhoneNumber;
import vn.i4impact.portal.shared.Province;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.UnitFields;

/** A unit registers, then confirms its e-mail through the mailed link. */
@Controller
class RegistrationController {

	private final AccountService accounts;

	private final Provinces provinces;

	RegistrationController(AccountService accounts, Provinces provinces) {
		this.accounts = accounts;
		this.provinces = provinces;
	}

	@ModelAttribute("unitTypes")
	UnitType[] unitTypes() {
		return UnitType.values();
	}

	@ModelAttribute("provinces")
	List<Province> provinces() {
		return provinces.all();
	}

	@GetMapping("/register")
	String form(@ModelAttribute("form") RegistrationForm form) {
		return "account/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult result, Locale locale,
			RedirectAttributes redirect) {
		PasswordRules.check(result, "password", form.getPassword(), "passwordConfirm", form.getPasswordConfirm(),
				form.getEmail());
		UnitFields.phone(result, "phone", form.getPhone());
		UnitFields.province(result, "provinceCode", form.getProvinceCode(), provinces);
		String taxCode = UnitFields.taxCode(result, "taxCode", form.getTaxCode(), form.getUnitType());
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setPasswordConfirm(null);
			return "account/register";
		}
		accounts.register(new AccountService.Registration(form.getEmail(), form.getPassword(), form.getFullName(),
				form.getPosition(), PhoneNumber.normalize(form.getPhone()), form.getUnitName(), form.getUnitType(),
				form.getProvinceCode(), taxCode), locale);
		redirect.addFlashAttribute("email", form.getEmail().strip());
		return "redirect:/register/done";
	}

	@GetMapping("/register/done")
	String done() {
		return "account/register-done";
	}

	@PostMapping("/register/resend")
	String resend(@RequestParam(defaultValue = "") String email, RedirectAttributes redirect) {
		if (!email.isBlank()) {
			accounts.resendConfirmation(email);
		}
		redirect.addFlashAttribute("email", email.strip());
		Flash.info(redirect, "register.resent");
		return "redirect:/register/done";
	}

	@GetMapping("/confirm")
	String confirm(@RequestParam(defaultValue = "") String token, Model model) {
		model.addAttribute("state", accounts.confirmEmail(token).name());
		return "account/confirm";
	}

}
