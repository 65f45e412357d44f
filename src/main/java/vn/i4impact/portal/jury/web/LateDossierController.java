package vn.i4impact.portal.jury.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.LateDossiers;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * The secretariat adds to an open round a dossier made eligible after it opened: only by this explicit action (the
 * security configuration admits SECRETARIAT and ADMIN to {@code /secretariat/jury/**}).
 */
@Controller
class LateDossierController {

	private final LateDossiers late;

	LateDossierController(LateDossiers late) {
		this.late = late;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/late-dossiers")
	String add(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId,
			@RequestParam(required = false) Long nominationId, RedirectAttributes redirect) {
		if (nominationId == null) {
			Flash.error(redirect, "jury.late.choose");
			return "redirect:/secretariat/jury/rounds/" + roundId + "#late-dossiers";
		}
		try {
			String reference = late.add(roundId, nominationId, me.id());
			Flash.success(redirect, "jury.late.added", reference);
			return "redirect:/secretariat/jury/rounds/" + roundId + "#dossier-" + nominationId;
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/secretariat/jury/rounds/" + roundId + "#late-dossiers";
		}
	}

}
