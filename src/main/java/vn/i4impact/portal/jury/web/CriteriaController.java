package vn.i4impact.portal.jury.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.jury.internal.CriteriaEditing;
import vn.i4impact.portal.jury.internal.CriteriaEditing.Editor;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /admin/editions/{e}/rounds/{r}/criteria} (ADMIN): the committee edits a round's round-wide set of criteria,
 * and gives single awards a set of their own (or takes it away). One form edits a whole set; adding or removing a row
 * re-shows the form as typed, without script. Whether a change is still allowed is the round's decision.
 */
@Controller
class CriteriaController {

	private final CriteriaEditing editing;

	CriteriaController(CriteriaEditing editing) {
		this.editing = editing;
	}

	@GetMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria")
	String roundWide(@PathVariable long editionId, @PathVariable long roundId, Model model) {
		return show(editionId, roundId, null, model);
	}

	@GetMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria/awards/{awardId}")
	String ofAward(@PathVariable long editionId, @PathVariable long roundId, @PathVariable long awardId, Model model) {
		return show(editionId, roundId, awardId, model);
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria")
	String saveRoundWide(@PathVariable long editionId, @PathVariable long roundId,
			@ModelAttribute("form") CriteriaForm form, BindingResult result, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, Model model, RedirectAttributes redirect) {
		return save(editionId, roundId, null, form, result, add, remove, model, redirect);
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria/awards/{awardId}")
	String saveOfAward(@PathVariable long editionId, @PathVariable long roundId, @PathVariable long awardId,
			@ModelAttribute("form") CriteriaForm form, BindingResult result, @RequestParam(required = false) String add,
			@RequestParam(required = false) String remove, Model model, RedirectAttributes redirect) {
		return save(editionId, roundId, awardId, form, result, add, remove, model, redirect);
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria/awards/{awardId}/create")
	String createOwn(@PathVariable long editionId, @PathVariable long roundId, @PathVariable long awardId,
			RedirectAttributes redirect) {
		return act(editionId, roundId, awardId, redirect, "jury.crit.created",
				() -> editing.createOwn(editionId, roundId, awardId));
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/criteria/awards/{awardId}/delete")
	String deleteOwn(@PathVariable long editionId, @PathVariable long roundId, @PathVariable long awardId,
			RedirectAttributes redirect) {
		return act(editionId, roundId, awardId, redirect, "jury.crit.deleted",
				() -> editing.deleteOwn(editionId, roundId, awardId));
	}

	private String save(long editionId, long roundId, Long awardId, CriteriaForm form, BindingResult result,
			String add, String remove, Model model, RedirectAttributes redirect) {
		Editor editor = editing.editor(editionId, roundId, awardId);
		if (!editor.editable() || !editor.own()) {
			Flash.error(redirect, editor.editable() ? "jury.crit.noOwnSet" : "jury.criteria.locked");
			return "redirect:" + path(editionId, roundId, awardId);
		}
		if (add != null || remove != null) {
			if (add != null) {
				form.addRow();
			}
			else {
				form.removeRow(remove);
			}
			return page(editor, form, model);
		}
		form.validate(result);
		if (result.hasErrors()) {
			return page(editor, form, model);
		}
		try {
			editing.save(editionId, roundId, awardId, form.getStamp(), form.toData(roundId, awardId));
		}
		catch (ConflictException ex) {
			model.addAttribute("stale", true);
			return page(editor, form, model);
		}
		catch (DomainException ex) {
			result.reject(ex.messageKey(), ex.args(), null);
			return page(editor, form, model);
		}
		Flash.success(redirect, "jury.crit.saved");
		return "redirect:" + path(editionId, roundId, awardId);
	}

	private String act(long editionId, long roundId, long awardId, RedirectAttributes redirect, String done,
			Runnable step) {
		try {
			step.run();
			Flash.success(redirect, done);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		return "redirect:" + path(editionId, roundId, awardId);
	}

	private String show(long editionId, long roundId, Long awardId, Model model) {
		Editor editor = editing.editor(editionId, roundId, awardId);
		return page(editor, CriteriaForm.of(editor.set(), editor.stamp()), model);
	}

	private static String page(Editor editor, CriteriaForm form, Model model) {
		model.addAttribute("editor", editor);
		model.addAttribute("round", editor.round());
		model.addAttribute("form", form);
		model.addAttribute("maxRows", CriteriaForm.MAX_ROWS);
		return "admin/jury-criteria";
	}

	static String path(long editionId, long roundId, Long awardId) {
		return "/admin/editions/" + editionId + "/rounds/" + roundId + "/criteria"
				+ (awardId == null ? "" : "/awards/" + awardId);
	}

}
