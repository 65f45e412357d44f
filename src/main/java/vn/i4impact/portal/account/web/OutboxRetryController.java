package vn.i4impact.portal.account.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.internal.OutboxRetry;
import vn.i4impact.portal.shared.web.Flash;

/** {@code /admin/outbox/{id}/retry}: one more try of a given-up mail (ADMIN only, as all of /admin). */
@Controller
class OutboxRetryController {

	private final OutboxRetry retries;

	OutboxRetryController(OutboxRetry retries) {
		this.retries = retries;
	}

	@PostMapping("/admin/outbox/{id}/retry")
	String retry(@PathVariable long id, RedirectAttributes redirect) {
		if (retries.retry(id)) {
			Flash.success(redirect, "admin.outbox.retried");
		}
		else {
			Flash.info(redirect, "admin.outbox.notFailed");
		}
		return "redirect:/admin/outbox";
	}

}
