package vn.i4impact.portal.jury.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.RoundKind;

/**
 * {@code /secretariat/jury/rounds/{id}/decision} (final round, once closed): per award the ranking, the proposal of
 * the first K (K = the award's planned honourees), the committee's deviations each with a written reason, tie votes,
 * and the confirmation (ADMIN only): HONOURED / NOT_HONOURED, not shown to units until the results are published.
 */
@Controller
class DecisionController {

	private static final RoundKind KIND = RoundKind.FINAL;

	private final SelectionPages pages;

	DecisionController(SelectionPages pages) {
		this.pages = pages;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/decision")
	String decision(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, Model model) {
		return pages.page(roundId, KIND, me, model, "secretariat/jury-decision");
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/decision/change")
	String change(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long nominationId,
			@RequestParam boolean selected, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		pages.change(roundId, KIND, me, nominationId, selected, reason, redirect);
		return back(roundId, "row-" + nominationId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/decision/change/undo")
	String undo(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long nominationId,
			RedirectAttributes redirect) {
		pages.undo(roundId, KIND, me, nominationId, redirect);
		return back(roundId, "row-" + nominationId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/decision/vote")
	String vote(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long awardId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		pages.vote(roundId, KIND, me, awardId, params, redirect);
		return back(roundId, "award-" + awardId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/decision/confirm")
	String confirm(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me,
			@RequestParam(required = false) String exceptionReason, RedirectAttributes redirect) {
		pages.confirm(roundId, KIND, me, false, exceptionReason, redirect);
		return back(roundId, "confirm");
	}

	private static String back(long roundId, String anchor) {
		return "redirect:/secretariat/jury/rounds/" + roundId + "/decision#" + anchor;
	}
}
