package vn.i4impact.portal.nomination.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.Unit;
import vn.i4impact.portal.nomination.internal.UnitProfiles;
import vn.i4impact.portal.shared.PhoneNumber;
import vn.i4impact.portal.shared.Province;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.UnitFields;

/**
 * {@code /my/organization}: the unit's profile. The unit is always the signed-in account's own: there is no id in the
 * URL or the form to tamper with. Only the unit's account holder (owner) may change it; colleagues see it.
 */
@Controller
class UnitProfileController {

	private final UnitProfiles profiles;

	private final Provinces provinces;

	UnitProfileController(UnitProfiles profiles, Provinces provinces) {
		this.profiles = profiles;
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

	@GetMapping("/my/organization")
	String show(@AuthenticationPrincipal CurrentUser me, Model model) {
		Unit unit = profiles.forUser(me.id()).orElseThrow(NotFoundException::new);
		model.addAttribute("form", UnitProfileForm.of(unit));
		model.addAttribute("owner", profiles.isOwner(me.id()));
		model.addAttribute("unit", unit);
		people(me, model, new ColleagueForm());
		return "my/organization";
	}

	/** The unit's people and the form to invite one more, on every rendering of the page. */
	private void people(CurrentUser me, Model model, ColleagueForm colleague) {
		model.addAttribute("members", profiles.members(me.id()));
		if (!model.containsAttribute("colleague")) {
			model.addAttribute("colleague", colleague);
		}
	}

	@PostMapping("/my/organization/colleagues")
	String invite(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("colleague") ColleagueForm colleague,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Unit unit = profiles.forUser(me.id()).orElseThrow(NotFoundException::new);
		boolean owner = profiles.isOwner(me.id());
		if (owner && !result.hasErrors()
				&& !profiles.addColleague(me.id(), colleague.getEmail(), colleague.getFullName().strip(), locale)) {
			result.rejectValue("email", "unit.colleague.taken", "unit.colleague.taken");
		}
		if (!owner || result.hasErrors()) {
			model.addAttribute("form", UnitProfileForm.of(unit));
			model.addAttribute("owner", owner);
			model.addAttribute("unit", unit);
			people(me, model, colleague);
			return "my/organization";
		}
		Flash.success(redirect, "unit.colleague.invited", colleague.getEmail().strip());
		return "redirect:/my/organization#people";
	}

	@PostMapping("/my/organization/colleagues/{userId}/remove")
	String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable long userId,
			RedirectAttributes redirect) {
		if (profiles.isOwner(me.id())) {
			profiles.removeColleague(me.id(), userId);
			Flash.success(redirect, "unit.colleague.removed");
		}
		return "redirect:/my/organization#people";
	}

	@PostMapping("/my/organization")
	String save(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") UnitProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Unit unit = profiles.forUser(me.id()).orElseThrow(NotFoundException::new);
		boolean owner = profiles.isOwner(me.id());
		model.addAttribute("owner", owner);
		model.addAttribute("unit", unit);
		people(me, model, new ColleagueForm());
		if (!owner) {
			model.addAttribute("form", UnitProfileForm.of(unit));
			return "my/organization";
		}
		String taxCode = UnitFields.taxCode(result, "taxCode", form.getTaxCode(), form.getUnitType());
		UnitFields.phone(result, "contactPhone", form.getContactPhone());
		UnitFields.province(result, "provinceCode", form.getProvinceCode(), provinces);
		if (result.hasErrors()) {
			return "my/organization";
		}
		try {
			profiles.update(me.id(), form.getVersion(), new Unit.Profile(form.getName().strip(), form.getNameEn(),
					form.getUnitType(), form.getProvinceCode(), form.getAddress(), taxCode, website(form.getWebsite()),
					form.getLegalRepName(), form.getLegalRepPosition(), form.getContactName(),
					PhoneNumber.normalize(form.getContactPhone()), form.getContactEmail()));
		}
		catch (UnitProfiles.StaleProfileException ex) {
			// keep what this user typed; show what is saved now so they can merge by hand
			Unit current = profiles.forUser(me.id()).orElseThrow();
			model.addAttribute("conflict", form.differencesFrom(UnitProfileForm.of(current)));
			// a second save after reading the message is a deliberate overwrite
			form.setVersion(current.getVersion());
			return "my/organization";
		}
		Flash.success(redirect, "unit.saved");
		return "redirect:/my/organization";
	}

	/** People type "vidti.org.vn"; links need a scheme. */
	static String website(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		String w = raw.strip();
		return w.startsWith("http://") || w.startsWith("https://") ? w : "https://" + w;
	}

}
