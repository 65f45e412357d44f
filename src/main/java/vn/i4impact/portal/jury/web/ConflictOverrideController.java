package vn.i4impact.portal.jury.web;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * The committee (ADMIN) lifts a conflict the portal detected, with a written reason kept with the conflict and in the
 * audit log. The secretariat sees the conflicts on the same page but may not override them; declared conflicts are the
 * juror's word and are never overridden.
 */
@Controller
class ConflictOverrideController {

	private final AssignmentService assignments;

	ConflictOverrideController(AssignmentService assignments) {
		this.assignments = assignments;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/conflicts/{conflictId}/override")
	@OnRefusal("/secretariat/jury/rounds/{roundId}#conflict-{conflictId}")
	String override(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long conflictId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		if (!me.roles().contains(Role.ADMIN)) {
			throw new AccessDeniedException("committee only");
		}
		assignments.override(roundId, conflictId, reason, me.id());
		Flash.success(redirect, "jury.conflict.overridden");
		return "redirect:/secretariat/jury/rounds/" + roundId + "#conflict-" + conflictId;
	}

}
