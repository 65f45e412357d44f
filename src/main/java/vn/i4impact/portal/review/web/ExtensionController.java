package vn.i4impact.portal.review.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.review.internal.Extensions;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;

/** {@code /secretariat/nominations/{id}/extension}: more time for one dossier (SECRETARIAT, by the URL rules). */
@Controller
class ExtensionController {

	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
		.withResolverStyle(ResolverStyle.STRICT);

	private final Extensions extensions;

	ExtensionController(Extensions extensions) {
		this.extensions = extensions;
	}

	@GetMapping("/secretariat/nominations/{id}/extension")
	String show(@PathVariable long id, Model model) {
		var summary = extensions.summary(id);
		ExtensionForm form = new ExtensionForm();
		form.setUntil(INPUT.format(summary.deadline().atZone(PortalTime.ZONE)));
		model.addAttribute("form", form);
		model.addAttribute("summary", summary);
		return "secretariat/extension";
	}

	@PostMapping("/secretariat/nominations/{id}/extension")
	String extend(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("form") ExtensionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Instant until = null;
		if (!result.hasErrors()) {
			try {
				until = LocalDateTime.parse(form.getUntil().strip(), INPUT).atZone(PortalTime.ZONE).toInstant();
			}
			catch (DateTimeParseException ex) {
				result.rejectValue("until", "extension.error.format");
			}
		}
		if (until != null) {
			try {
				extensions.extend(id, until, me.id());
			}
			catch (DomainException ex) {
				result.rejectValue("until", ex.messageKey());
			}
		}
		if (result.hasErrors()) {
			model.addAttribute("summary", extensions.summary(id));
			return "secretariat/extension";
		}
		Flash.success(redirect, "extension.done", form.getUntil().strip());
		return "redirect:/secretariat/nominations/" + id + "/extension";
	}

}
