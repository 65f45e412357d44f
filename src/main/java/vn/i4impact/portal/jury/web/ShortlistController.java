package vn.i4impact.portal.jury.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
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
import vn.i4impact.portal.jury.internal.selection.SelectionService;
import vn.i4impact.portal.shared.DomainException;

/**
 * {@code /secretariat/jury/rounds/{id}/shortlist} (preliminary round, once closed): per award the rule, the ranking
 * with "too close to call" marks, the committee's changes and tie votes, and the confirmation (ADMIN only). The
 * secretariat sees the page and prepares the rule.
 */
@Controller
class ShortlistController {

	private static final RoundKind KIND = RoundKind.PRELIMINARY;

	private final SelectionPages pages;

	private final SelectionService selections;

	ShortlistController(SelectionPages pages, SelectionService selections) {
		this.pages = pages;
		this.selections = selections;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/shortlist")
	String shortlist(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, Model model) {
		return pages.page(roundId, KIND, me, model, "secretariat/jury-shortlist");
	}

	/** {@code kind}: TOP (the first {@code top}) or MIN (every dossier scoring at least {@code minScore}). */
	@PostMapping("/secretariat/jury/rounds/{roundId}/shortlist/rule")
	String rule(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long awardId,
			@RequestParam(defaultValue = "TOP") String kind, @RequestParam(required = false) String top,
			@RequestParam(required = false) String minScore, RedirectAttributes redirect) {
		Map<String, String> typed = new LinkedHashMap<>();
		typed.put("kind-" + awardId, kind);
		typed.put("top-" + awardId, top == null ? "" : top);
		typed.put("minScore-" + awardId, minScore == null ? "" : minScore);
		SelectionPages.attempt(redirect, "rule-" + awardId, typed, "selection.ruleSaved", () -> {
			if ("MIN".equals(kind)) {
				selections.setRule(roundId, awardId, null, number(minScore, "selection.error.minScore"), me.id());
			}
			else {
				selections.setRule(roundId, awardId, whole(top), null, me.id());
			}
		});
		return back(roundId, "award-" + awardId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/shortlist/change")
	String change(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long nominationId,
			@RequestParam boolean selected, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		pages.change(roundId, KIND, me, nominationId, selected, reason, redirect);
		return back(roundId, "row-" + nominationId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/shortlist/change/undo")
	String undo(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long nominationId,
			RedirectAttributes redirect) {
		pages.undo(roundId, KIND, me, nominationId, redirect);
		return back(roundId, "row-" + nominationId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/shortlist/vote")
	String vote(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me, @RequestParam long awardId,
			@RequestParam Map<String, String> params, RedirectAttributes redirect) {
		pages.vote(roundId, KIND, me, awardId, params, redirect);
		return back(roundId, "award-" + awardId);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/shortlist/confirm")
	String confirm(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser me,
			@RequestParam(defaultValue = "false") boolean notify,
			@RequestParam(required = false) String exceptionReason, RedirectAttributes redirect) {
		pages.confirm(roundId, KIND, me, notify, exceptionReason, redirect);
		return back(roundId, "confirm");
	}

	private static BigDecimal number(String text, String errorKey) {
		try {
			return new BigDecimal(text.strip().replace(',', '.'));
		}
		catch (RuntimeException ex) {
			throw new DomainException(errorKey);
		}
	}

	private static int whole(String text) {
		try {
			return Integer.parseInt(text.strip());
		}
		catch (RuntimeException ex) {
			throw new DomainException("selection.error.top");
		}
	}

	private static String back(long roundId, String anchor) {
		return "redirect:/secretariat/jury/rounds/" + roundId + "/shortlist#" + anchor;
	}
}
