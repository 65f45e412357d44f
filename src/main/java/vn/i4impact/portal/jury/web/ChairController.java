package vn.i4impact.portal.jury.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.Progress;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /jury/rounds/{id}/chair}: the chair of a panel (trưởng tiểu ban) sees which sheets of their panel were
 * submitted (never the scores) and may reopen one while the round is open, with a reason mailed to the juror.
 * Any other juror gets 404.
 */
@Controller
class ChairController {

	private final Progress progress;

	private final AssignmentService assignments;

	ChairController(Progress progress, AssignmentService assignments) {
		this.progress = progress;
		this.assignments = assignments;
	}

	@GetMapping("/jury/rounds/{roundId}/chair")
	String chair(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, Model model) {
		if (!progress.chairs(roundId, me.id())) {
			throw new NotFoundException();
		}
		model.addAttribute("roundId", roundId);
		model.addAttribute("sheets", progress.submittedInPanelsChairedBy(roundId, me.id()));
		return "jury/chair";
	}

	@PostMapping("/jury/rounds/{roundId}/chair/reopen")
	@OnRefusal("/jury/rounds/{roundId}/chair")
	String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @RequestParam long nominationId,
			@RequestParam long jurorId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		assignments.reopenAsChair(roundId, nominationId, jurorId, reason, me.id());
		Flash.success(redirect, "jury.secretariat.reopened");
		return "redirect:/jury/rounds/" + roundId + "/chair";
	}

}
