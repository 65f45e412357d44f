package vn.i4impact.portal.nomination.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.UnitRepository;
import vn.i4impact.portal.shared.Provinces;

/** {@code /my}: where a unit's account holder starts. */
@Controller
class ApplicantHomeController {

	private final UnitRepository units;

	private final Provinces provinces;

	ApplicantHomeController(UnitRepository units, Provinces provinces) {
		this.units = units;
		this.provinces = provinces;
	}

	@GetMapping("/my")
	@Transactional(readOnly = true)
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		units.findForUser(me.id()).ifPresent(unit -> {
			model.addAttribute("unit", unit);
			model.addAttribute("province", provinces.find(unit.getProvinceCode()).orElse(null));
		});
		return "my/home";
	}

}
