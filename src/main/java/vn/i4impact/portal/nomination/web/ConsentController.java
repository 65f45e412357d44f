package vn.i4impact.portal.nomination.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.nomination.internal.Consents;

/**
 * {@code /consent}: the nominee (no account) agrees or declines to be nominated through the mailed link. Public; the
 * token is the only key, and it works once.
 */
@Controller
class ConsentController {

	private final Consents consents;

	ConsentController(Consents consents) {
		this.consents = consents;
	}

	@GetMapping("/consent")
	String show(@RequestParam(required = false) String token, Model model) {
		Consents.Request request = consents.find(token);
		if (request.state() != Consents.State.VALID) {
			model.addAttribute("state", request.state().name());
			return "consent/invalid";
		}
		model.addAttribute("request", request);
		model.addAttribute("token", token);
		return "consent/ask";
	}

	@PostMapping("/consent")
	String answer(@RequestParam(required = false) String token, @RequestParam(defaultValue = "") String answer,
			Model model, RedirectAttributes redirect) {
		boolean agree = "agree".equals(answer);
		if (!agree && !"decline".equals(answer)) {
			return show(token, model);
		}
		Consents.State state = consents.answer(token, agree);
		if (state != Consents.State.VALID) {
			model.addAttribute("state", state.name());
			return "consent/invalid";
		}
		redirect.addFlashAttribute("agreed", agree);
		return "redirect:/consent/done";
	}

	@GetMapping("/consent/done")
	String done() {
		return "consent/done";
	}

}
