package vn.i4impact.portal.jury.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.standing.RulesSettings;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /admin/jury/rounds/{id}/rules} (ADMIN): the committee sets how a round is ranked. Once a sheet is submitted
 * the page is read-only and says why; a save that loses the race to a submitted sheet gets the same message.
 */
@Controller
class RankingRulesController {

	private final RulesSettings settings;

	private final RoundService rounds;

	RankingRulesController(RulesSettings settings, RoundService rounds) {
		this.settings = settings;
		this.rounds = rounds;
	}

	@GetMapping("/admin/jury/rounds/{roundId}/rules")
	String show(@PathVariable long roundId, Model model) {
		RulesSettings.Settings current = settings.of(roundId);
		return page(roundId, current, RulesForm.of(current), model);
	}

	@PostMapping("/admin/jury/rounds/{roundId}/rules")
	String save(@PathVariable long roundId, @ModelAttribute("form") RulesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RulesSettings.Settings current = settings.of(roundId);
		if (current.frozen()) {
			Flash.error(redirect, "ranking.config.frozen");
			return "redirect:/admin/jury/rounds/" + roundId + "/rules";
		}
		form.validate(result, settings.criterionCodes(roundId));
		if (result.hasErrors()) {
			return page(roundId, current, form, model);
		}
		try {
			settings.save(roundId, form.getVersion(), form.method(), form.tieBreak(), form.thresholdValue(),
					form.topValue(), form.minScoreValue());
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/admin/jury/rounds/" + roundId + "/rules";
		}
		catch (ConflictException ex) {
			model.addAttribute("stale", true);
			return page(roundId, current, form, model);
		}
		Flash.success(redirect, "ranking.config.saved");
		return "redirect:/admin/jury/rounds/" + roundId + "/rules";
	}

	private String page(long roundId, RulesSettings.Settings current, RulesForm form, Model model) {
		model.addAttribute("round", rounds.get(roundId));
		model.addAttribute("settings", current);
		model.addAttribute("form", form);
		model.addAttribute("methods", Method.values());
		model.addAttribute("steps", RulesForm.STEP_CHOICES);
		model.addAttribute("cuts", RulesForm.Cut.values());
		model.addAttribute("codes", settings.criterionCodes(roundId));
		return "admin/jury-ranking-rules";
	}
}
