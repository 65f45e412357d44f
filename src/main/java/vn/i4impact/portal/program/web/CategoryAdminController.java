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

import vn.i4impact.portal.program.internal.Category;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.StructureAdministration;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

/** The categories of one edition, for the organising committee. */
@Controller
@RequestMapping("/admin/editions/{code}/categories")
class CategoryAdminController {

	private final EditionAdministration editionAdmin;

	private final StructureAdministration structureAdmin;

	CategoryAdminController(EditionAdministration editionAdmin, StructureAdministration structureAdmin) {
		this.editionAdmin = editionAdmin;
		this.structureAdmin = structureAdmin;
	}

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String newCategory(@PathVariable String code, Model model) {
		model.addAttribute("form", new CategoryForm());
		return page(editionAdmin.edition(code), null, model);
	}

	@PostMapping("/new")
	String create(@PathVariable String code, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> structureAdmin.createCategory(code, form.toData()))) {
			Flash.success(redirect, "admin.category.created", form.getCode());
			return structure(code);
		}
		return page(editionAdmin.edition(code), null, model);
	}

	@GetMapping("/{id}/edit")
	@Transactional(readOnly = true)
	String edit(@PathVariable String code, @PathVariable long id, Model model) {
		Edition edition = editionAdmin.edition(code);
		Category c = structureAdmin.category(edition, id);
		model.addAttribute("form", CategoryForm.of(c));
		return page(edition, c, model);
	}

	@PostMapping("/{id}/edit")
	String update(@PathVariable String code, @PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> structureAdmin.updateCategory(code, id, form.getVersion(), form.toData()))) {
			Flash.success(redirect, "admin.saved");
			return structure(code);
		}
		Edition edition = editionAdmin.edition(code);
		return page(edition, structureAdmin.category(edition, id), model);
	}

	@PostMapping("/{id}/move")
	String move(@PathVariable String code, @PathVariable long id, @RequestParam String direction) {
		structureAdmin.moveCategory(code, id, "up".equals(direction));
		return structure(code);
	}

	@PostMapping("/{id}/delete")
	@OnRefusal("/admin/editions/{code}#structure")
	String delete(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		structureAdmin.deleteCategory(code, id);
		Flash.success(redirect, "admin.category.deleted");
		return structure(code);
	}

	static String structure(String code) {
		return "redirect:/admin/editions/" + code + "#structure";
	}

	private String page(Edition edition, Category category, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("category", category);
		return "admin/category-form";
	}

}
