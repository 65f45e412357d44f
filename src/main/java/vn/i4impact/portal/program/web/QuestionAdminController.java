package vn.i4impact.portal.program.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

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

import vn.i4impact.portal.program.QuestionKind;
import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.AwardQuestion;
import vn.i4impact.portal.program.internal.AwardQuestionRepository;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.QuestionAdministration;
import vn.i4impact.portal.program.internal.StructureAdministration;
import vn.i4impact.portal.shared.web.Flash;

/** The form questions of one edition (common ones, or one award's), for the organising committee. */
@Controller
@RequestMapping("/admin/editions/{code}/questions")
class QuestionAdminController {

	private final EditionAdministration editionAdmin;

	private final StructureAdministration structureAdmin;

	private final QuestionAdministration questionAdmin;

	private final AwardQuestionRepository questions;

	QuestionAdminController(EditionAdministration editionAdmin, StructureAdministration structureAdmin,
			QuestionAdministration questionAdmin, AwardQuestionRepository questions) {
		this.editionAdmin = editionAdmin;
		this.structureAdmin = structureAdmin;
		this.questionAdmin = questionAdmin;
		this.questions = questions;
	}

	/** Questions of one award ({@code award} given) or the common ones. */
	@GetMapping
	@Transactional(readOnly = true)
	String questions(@PathVariable String code, @RequestParam(required = false) String award, Model model) {
		Edition edition = editionAdmin.edition(code);
		Award a = award == null ? null : structureAdmin.award(edition, award);
		model.addAttribute("edition", edition);
		model.addAttribute("award", a);
		model.addAttribute("questions", a == null ? questions.findCommon(edition.getId()) : questions.findForAward(a.getId()));
		return "admin/questions";
	}

	@GetMapping("/new")
	@Transactional(readOnly = true)
	String newQuestion(@PathVariable String code, @RequestParam(required = false) String award, Model model) {
		model.addAttribute("form", QuestionForm.blank());
		Edition edition = editionAdmin.edition(code);
		return questionPage(edition, award == null ? null : structureAdmin.award(edition, award), null, model);
	}

	@PostMapping("/new")
	String createQuestion(@PathVariable String code, @RequestParam(required = false) String award,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkQuestion(form, result);
		if (!result.hasErrors()) {
			questionAdmin.createQuestion(code, award, form.toData());
			Flash.success(redirect, "admin.question.created");
			return "redirect:" + questionsPath(code, award);
		}
		Edition edition = editionAdmin.edition(code);
		return questionPage(edition, award == null ? null : structureAdmin.award(edition, award), null, model);
	}

	@GetMapping("/{id}/edit")
	@Transactional(readOnly = true)
	String editQuestion(@PathVariable String code, @PathVariable long id, Model model) {
		Edition edition = editionAdmin.edition(code);
		AwardQuestion q = questionAdmin.question(edition, id);
		model.addAttribute("form", QuestionForm.of(q));
		return questionPage(edition, q.getAward(), q, model);
	}

	@PostMapping("/{id}/edit")
	String updateQuestion(@PathVariable String code, @PathVariable long id,
			@Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkQuestion(form, result);
		String award = awardCodeOf(code, id);
		if (!result.hasErrors()) {
			questionAdmin.updateQuestion(code, id, form.getVersion(), form.toData());
			Flash.success(redirect, "admin.saved");
			return "redirect:" + questionsPath(code, award);
		}
		Edition edition = editionAdmin.edition(code);
		AwardQuestion q = questionAdmin.question(edition, id);
		return questionPage(edition, q.getAward(), q, model);
	}

	@PostMapping("/{id}/move")
	String moveQuestion(@PathVariable String code, @PathVariable long id, @RequestParam String direction) {
		questionAdmin.moveQuestion(code, id, "up".equals(direction));
		return "redirect:" + questionsPath(code, awardCodeOf(code, id));
	}

	@PostMapping("/{id}/delete")
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
				&& (form.getFileKinds() == null || form.getFileKinds().stream().noneMatch(QuestionForm.FILE_KINDS::contains))) {
			result.rejectValue("fileKinds", "admin.question.fileKindsRequired", "admin.question.fileKindsRequired");
		}
	}

	private String questionPage(Edition edition, Award award, AwardQuestion question, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("question", question);
		model.addAttribute("kinds", QuestionKind.values());
		model.addAttribute("fileKindOptions", QuestionForm.FILE_KINDS);
		return "admin/question-form";
	}

}
