package vn.i4impact.portal.nomination.web;

import java.time.Instant;
import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.ConsentRequests;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.Flash;

/** The unit sends the nominee's consent link again (issue 13, item 5); only a member of the dossier's unit may. */
@Controller
class ConsentRequestController {

	private final ConsentRequests requests;

	private final Dates dates;

	ConsentRequestController(ConsentRequests requests, Dates dates) {
		this.requests = requests;
		this.dates = dates;
	}

	@PostMapping("/my/nominations/{id}/consent/resend")
	String resend(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		try {
			requests.resend(me.id(), id);
			Flash.success(redirect, "consentRequest.sent");
		}
		catch (DomainException ex) {
			// the refusal's instant (when it may be sent again) in Vietnam time, like every date on screen
			Flash.error(redirect, ex.messageKey(), Arrays.stream(ex.args())
				.map(a -> a instanceof Instant i ? dates.dateTime(i) : a).toArray());
		}
		return "redirect:/my/nominations/" + id + "#consent-request";
	}

}
