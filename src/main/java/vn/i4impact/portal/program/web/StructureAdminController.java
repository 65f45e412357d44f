package vn.i4impact.portal.program.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.AwardQuestion;
import vn.i4impact.portal.program.internal.AwardQuestionRepository;
import vn.i4impact.portal.program.internal.Category;
import vn.i4impact.portal.program.internal.CategoryRepository;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.QuestionAdministration.QuestionData;
import vn.i4impact.portal.program.internal.QuestionAdministration;
import vn.i4impact.portal.program.internal.RuleException;
import vn.i4impact.portal.program.internal.StructureAdministration.AwardData;
import vn.i4impact.portal.program.internal.StructureAdministration.CategoryData;
import vn.i4impact.portal.program.internal.StructureAdministration;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;

/** Categories, awards and form questions of one edition, for the organising committee. */
@Controller
@RequestMapping("/admin/editions/{code}")
class StructureAdminController {

	static final List<String> FILE_KINDS = List.of("PDF", "DOCX", "XLSX", "PPTX", "JPG", "PNG", "MP4");

	private final EditionAdministration editionAdmin;

	private final StructureAdministration structureAdmin;

	private final QuestionAdministration questionAdmin;

	private final CategoryRepository categories;

	private final AwardQuestionRepository questions;

	StructureAdminController(EditionAdministration editionAdmin, StructureAdministration structureAdmin,
			QuestionAdministration questionAdmin, CategoryRepository categories,
			AwardQuestionRepository questions) {
		this.editionAdmin = editionAdmin;
		this.structureAdmin = structureAdmin;
		this.questionAdmin = questionAdmin;
		this.categories = categories;
		this.questions = questions;
	}

	@InitBinder
	void trim(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	// --- categories ---------------------------------------------------------------------------------------------

	@GetMapping("/categories/new")
	@Transactional(readOnly = true)
	String newCategory(@PathVariable String code, Model model) {
		model.addAttribute("form", new CategoryForm());
		return categoryPage(editionAdmin.edition(code), null, model);
	}

	@PostMapping("/categories/new")
	String createCategory(@PathVariable String code, @Valid @ModelAttribute("form") CategoryForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				structureAdmin.createCategory(code, data(form));
				Flash.success(redirect, "admin.category.created", form.getCode());
				return "redirect:/admin/editions/" + code + "#structure";
			}
			catch (RuleException e) {
				AdminSupport.reject(result, e);
			}
		}
		return categoryPage(editionAdmin.edition(code), null, model);
	}

	@GetMapping("/categories/{id}/edit")
	@Transactional(readOnly = true)
	String editCategory(@PathVariable String code, @PathVariable long id, Model model) {
		Edition edition = editionAdmin.edition(code);
		Category c = structureAdmin.category(edition, id);
		CategoryForm form = new CategoryForm();
		form.setCode(c.getCode());
		form.setNameVi(c.getNameVi());
		form.setNameEn(c.getNameEn());
		form.setDescriptionVi(c.getDescriptionVi());
		form.setDescriptionEn(c.getDescriptionEn());
		form.setVersion(c.getVersion());
		model.addAttribute("form", form);
		return categoryPage(edition, c, model);
	}

	@PostMapping("/categories/{id}/edit")
	String updateCategory(@PathVariable String code, @PathVariable long id,
			@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				structureAdmin.updateCategory(code, id, form.getVersion(), data(form));
				Flash.success(redirect, "admin.saved");
				return "redirect:/admin/editions/" + code + "#structure";
			}
			catch (RuleException e) {
				AdminSupport.reject(result, e);
			}
		}
		Edition edition = editionAdmin.edition(code);
		return categoryPage(edition, structureAdmin.category(edition, id), model);
	}

	@PostMapping("/categories/{id}/move")
	String moveCategory(@PathVariable String code, @PathVariable long id, @RequestParam String direction) {
		structureAdmin.moveCategory(code, id, "up".equals(direction));
		return "redirect:/admin/editions/" + code + "#structure";
	}

	@PostMapping("/categories/{id}/delete")
	String deleteCategory(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		try {
			structureAdmin.deleteCategory(code, id);
			Flash.success(redirect, "admin.category.deleted");
		}
		catch (RuleException e) {
			Flash.error(redirect, e.getMessageKey(), e.getArgs());
		}
		return "redirect:/admin/editions/" + code + "#structure";
	}

	private String categoryPage(Edition edition, Category category, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("category", category);
		return "admin/category-form";
	}

	// --- awards -------------------------------------------------------------------------------------------------

	@GetMapping("/awards/new")
	@Transactional(readOnly = true)
	String newAward(@PathVariable String code, @RequestParam(required = false) Long category, Model model) {
		AwardForm form = new AwardForm();
		form.setCategoryId(category);
		model.addAttribute("form", form);
		return awardPage(editionAdmin.edition(code), null, model);
	}

	@PostMapping("/awards/new")
	String createAward(@PathVariable String code, @Valid @ModelAttribute("form") AwardForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				structureAdmin.createAward(code, data(form));
				Flash.success(redirect, "admin.award.created", form.getCode());
				return "redirect:/admin/editions/" + code + "#structure";
			}
			catch (RuleException e) {
				AdminSupport.reject(result, e);
			}
		}
		return awardPage(editionAdmin.edition(code), null, model);
	}

	@GetMapping("/awards/{awardCode}/edit")
	@Transactional(readOnly = true)
	String editAward(@PathVariable String code, @PathVariable String awardCode, Model model) {
		Edition edition = editionAdmin.edition(code);
		Award a = structureAdmin.award(edition, awardCode);
		AwardForm form = new AwardForm();
		form.setCategoryId(a.getCategory().getId());
		form.setCode(a.getCode());
		form.setNameVi(a.getNameVi());
		form.setNameEn(a.getNameEn());
		form.setSummaryVi(a.getSummaryVi());
		form.setSummaryEn(a.getSummaryEn());
		form.setDescriptionVi(a.getDescriptionVi());
		form.setDescriptionEn(a.getDescriptionEn());
		form.setPlannedHonourees(a.getPlannedHonourees());
		form.setNomineeTypes(a.getNomineeTypes());
		form.setVersion(a.getVersion());
		model.addAttribute("form", form);
		return awardPage(edition, a, model);
	}

	@PostMapping("/awards/{awardCode}/edit")
	String updateAward(@PathVariable String code, @PathVariable String awardCode,
			@Valid @ModelAttribute("form") AwardForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				structureAdmin.updateAward(code, awardCode, form.getVersion(), data(form));
				Flash.success(redirect, "admin.saved");
				return "redirect:/admin/editions/" + code + "#structure";
			}
			catch (RuleException e) {
				AdminSupport.reject(result, e);
			}
		}
		Edition edition = editionAdmin.edition(code);
		return awardPage(edition, structureAdmin.award(edition, awardCode), model);
	}

	@PostMapping("/awards/{awardCode}/move")
	String moveAward(@PathVariable String code, @PathVariable String awardCode, @RequestParam String direction) {
		structureAdmin.moveAward(code, awardCode, "up".equals(direction));
		return "redirect:/admin/editions/" + code + "#structure";
	}

	@PostMapping("/awards/{awardCode}/hidden")
	String hideAward(@PathVariable String code, @PathVariable String awardCode, @RequestParam boolean hidden,
			RedirectAttributes redirect) {
		structureAdmin.setAwardHidden(code, awardCode, hidden);
		Flash.success(redirect, hidden ? "admin.award.hiddenDone" : "admin.award.shownDone", awardCode);
		return "redirect:/admin/editions/" + code + "#structure";
	}

	@PostMapping("/awards/{awardCode}/delete")
	String deleteAward(@PathVariable String code, @PathVariable String awardCode, RedirectAttributes redirect) {
		try {
			structureAdmin.deleteAward(code, awardCode);
			Flash.success(redirect, "admin.award.deleted", awardCode);
		}
		catch (RuleException e) {
			Flash.error(redirect, e.getMessageKey(), e.getArgs());
		}
		return "redirect:/admin/editions/" + code + "#structure";
	}

	private String awardPage(Edition edition, Award award, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("categoryOptions", categories.findByEdition(edition.getId()));
		model.addAttribute("unitTypes", UnitType.values());
		return "admin/award-form";
	}

	// --- questions ----------------------------------------------------------------------------------------------

	/** Questions of one award ({@code award} given) or the common ones. */
	@GetMapping("/questions")
	@Transactional(readOnly = true)
	String questions(@PathVariable String code, @RequestParam(required = false) String award, Model model) {
		Edition edition = editionAdmin.edition(code);
		Award a = award == null ? null : structureAdmin.award(edition, award);
		model.addAttribute("edition", edition);
		model.addAttribute("award", a);
		model.addAttribute("questions", a == null ? questions.findCommon(edition.getId()) : questions.findForAward(a.getId()));
		return "admin/questions";
	}

	@GetMapping("/questions/new")
	@Transactional(readOnly = true)
	String newQuestion(@PathVariable String code, @RequestParam(required = false) String award, Model model) {
		QuestionForm form = new QuestionForm();
		form.setKind(QuestionKind.SHORT_TEXT);
		model.addAttribute("form", form);
		Edition edition = editionAdmin.edition(code);
		return questionPage(edition, award == null ? null : structureAdmin.award(edition, award), null, model);
	}

	@PostMapping("/questions/new")
	String createQuestion(@PathVariable String code, @RequestParam(required = false) String award,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkQuestion(form, result);
		if (!result.hasErrors()) {
			questionAdmin.createQuestion(code, award, data(form));
			Flash.success(redirect, "admin.question.created");
			return "redirect:" + questionsPath(code, award);
		}
		Edition edition = editionAdmin.edition(code);
		return questionPage(edition, award == null ? null : structureAdmin.award(edition, award), null, model);
	}

	@GetMapping("/questions/{id}/edit")
	@Transactional(readOnly = true)
	String editQuestion(@PathVariable String code, @PathVariable long id, Model model) {
		Edition edition = editionAdmin.edition(code);
		AwardQuestion q = questionAdmin.question(edition, id);
		QuestionForm form = new QuestionForm();
		form.setLabelVi(q.getLabelVi());
		form.setLabelEn(q.getLabelEn());
		form.setHelpVi(q.getHelpVi());
		form.setHelpEn(q.getHelpEn());
		form.setKind(q.getKind());
		form.setRequired(q.isRequired());
		form.setWordLimit(q.getWordLimit());
		form.setUnitVi(q.getUnitVi());
		form.setUnitEn(q.getUnitEn());
		form.setOptionsVi(q.getOptionsVi());
		form.setOptionsEn(q.getOptionsEn());
		if (q.getFileKinds() != null) {
			form.getFileKinds().addAll(Arrays.stream(q.getFileKinds().split(",")).map(String::strip).toList());
		}
		form.setVersion(q.getVersion());
		model.addAttribute("form", form);
		return questionPage(edition, q.getAward(), q, model);
	}

	@PostMapping("/questions/{id}/edit")
	String updateQuestion(@PathVariable String code, @PathVariable long id,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkQuestion(form, result);
		String award = awardCodeOf(code, id);
		if (!result.hasErrors()) {
			questionAdmin.updateQuestion(code, id, form.getVersion(), data(form));
			Flash.success(redirect, "admin.saved");
			return "redirect:" + questionsPath(code, award);
		}
		Edition edition = editionAdmin.edition(code);
		AwardQuestion q = questionAdmin.question(edition, id);
		return questionPage(edition, q.getAward(), q, model);
	}

	@PostMapping("/questions/{id}/move")
	String moveQuestion(@PathVariable String code, @PathVariable long id, @RequestParam String direction) {
		questionAdmin.moveQuestion(code, id, "up".equals(direction));
		return "redirect:" + questionsPath(code, awardCodeOf(code, id));
	}

	@PostMapping("/questions/{id}/delete")
	String deleteQuestion(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		String award = awardCodeOf(code, id);
		questionAdmin.deleteQuestion(code, id);
		Flash.success(redirect, "admin.question.deleted");
		return "redirect:" + questionsPath(code, award);
	}

	private String awardCodeOf(String code, long id) {
		AwardQuestion q = questionAdmin.question(editionAdmin.edition(code), id);
		return q.getAward() == null ? null : q.getAward().getCode();
	}

	private static String questionsPath(String code, String award) {
		return "/admin/editions/" + code + "/questions"
				+ (award == null ? "" : "?award=" + URLEncoder.encode(award, StandardCharsets.UTF_8));
	}

	/** Limits that the kind needs: a choice list needs choices, a file question at least one accepted kind. */
	private static void checkQuestion(QuestionForm form, BindingResult result) {
		if (form.getKind() == QuestionKind.SINGLE_CHOICE
				&& (form.getOptionsVi() == null || form.getOptionsVi().lines().filter(l -> !l.isBlank()).count() < 2)) {
			result.rejectValue("optionsVi", "admin.question.optionsRequired", "admin.question.optionsRequired");
		}
		if (form.getKind() == QuestionKind.SINGLE_CHOICE && form.getOptionsEn() != null && form.getOptionsVi() != null
				&& form.getOptionsEn().lines().filter(l -> !l.isBlank()).count() != form.getOptionsVi()
					.lines()
					.filter(l -> !l.isBlank())
					.count()) {
			result.rejectValue("optionsEn", "admin.question.optionsMismatch", "admin.question.optionsMismatch");
		}
		if (form.getKind() == QuestionKind.FILE
				&& (form.getFileKinds() == null || form.getFileKinds().stream().noneMatch(FILE_KINDS::contains))) {
			result.rejectValue("fileKinds", "admin.question.fileKindsRequired", "admin.question.fileKindsRequired");
		}
	}

	private String questionPage(Edition edition, Award award, AwardQuestion question, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("question", question);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("fileKindOptions", FILE_KINDS);
		return "admin/question-form";
	}

	private static CategoryData data(CategoryForm f) {
		return new CategoryData(f.getCode(), f.getNameVi(), f.getNameEn(), f.getDescriptionVi(), f.getDescriptionEn());
	}

	private static AwardData data(AwardForm f) {
		return new AwardData(f.getCategoryId(), f.getCode(), f.getNameVi(), f.getNameEn(), f.getSummaryVi(),
				f.getSummaryEn(), f.getDescriptionVi(), f.getDescriptionEn(), f.getPlannedHonourees(),
				f.getNomineeTypes() == null || f.getNomineeTypes().isEmpty() ? EnumSet.noneOf(UnitType.class)
						: EnumSet.copyOf(f.getNomineeTypes()));
	}

	private static QuestionData data(QuestionForm f) {
		String kinds = f.getFileKinds() == null ? null
				: String.join(",", f.getFileKinds().stream().filter(FILE_KINDS::contains).toList());
		return new QuestionData(f.getLabelVi(), f.getLabelEn(), f.getHelpVi(), f.getHelpEn(), f.getKind(),
				f.isRequired(), f.getWordLimit(), f.getUnitVi(), f.getUnitEn(), f.getOptionsVi(), f.getOptionsEn(),
				kinds == null || kinds.isEmpty() ? null : kinds);
	}

}
