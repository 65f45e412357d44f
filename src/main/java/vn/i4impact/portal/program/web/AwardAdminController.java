package vn.i4impact.portal.program.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.CategoryRepository;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.StructureAdministration;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

import static vn.i4impact.portal.program.web.CategoryAdminController.structure;

/** The awards of one edition, for the organising committee. */
@Controller
@RequestMapping("/admin/editions/{code}/awards")
class AwardAdminController {

	private final EditionAdministration editionAdmin;

	private final StructureAdministration structureAdmin;

	private final CategoryRepository categories;

	AwardAdminController(EditionAdministration editionAdmin, StructureAdministration structureAdmin,
			CategoryRepository categories) {
		this.editionAdmin = editionAdmin;
		this.structureAdmin = structureAdmin;
		this.categories = categories;
	}

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String newAward(@PathVariable String code, @RequestParam(required = false) Long category, Model model) {
		model.addAttribute("form", AwardForm.inCategory(category));
		return page(editionAdmin.edition(code), null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") AwardForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> structureAdmin.createAward(code, form.toData()))) {
			Flash.success(redirect, "admin.award.created", form.getCode());
			return structure(code);
		}
		return page(editionAdmin.edition(code), null, model);
	}

	@GetMapping("/{awardCode}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable String code, @PathVariable String awardCode, Model model) {
		Edition edition = editionAdmin.edition(code);
		Award a = structureAdmin.award(edition, awardCode);
		model.addAttribute("form", AwardForm.of(a));
		return page(edition, a, model);
	}

	@PostMapping("/{awardCode}/edit")
	String update(@PathVariable String code, @PathVariable String awardCode,
			@Valid @ModelAttribute("form") AwardForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> structureAdmin.updateAward(code, awardCode, form.getVersion(), form.toData()))) {
			Flash.success(redirect, "admin.saved");
			return structure(code);
		}
		Edition edition = editionAdmin.edition(code);
		return page(edition, structureAdmin.award(edition, awardCode), model);
	}

	@PostMapping("/{awardCode}/move")
	String move(@PathVariable String code, @PathVariable String awardCode, @RequestParam String direction) {
		structureAdmin.moveAward(code, awardCode, "up".equals(direction));
		return structure(code);
	}

	@PostMapping("/{awardCode}/hidden")
	String hide(@PathVariable String code, @PathVariable String awardCode, @RequestParam boolean hidden,
			RedirectAttributes redirect) {
		structureAdmin.setAwardHidden(code, awardCode, hidden);
		Flash.success(redirect, hidden ? "admin.award.hiddenDone" : "admin.award.shownDone", awardCode);
		return structure(code);
	}

	@PostMapping("/{awardCode}/delete")
	@OnRefusal("/admin/editions/{code}#structure")
	String delete(@PathVariable String code, @PathVariable String awardCode, RedirectAttributes redirect) {
		structureAdmin.deleteAward(code, awardCode);
		Flash.success(redirect, "admin.award.deleted", awardCode);
		return structure(code);
	}

	private String page(Edition edition, Award award, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("categoryOptions", categories.findByEdition(edition.getId()));
		model.addAttribute("unitTypes", UnitType.values());
		return "admin/award-form";
	}

}
