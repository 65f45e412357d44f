package vn.i4impact.portal.program.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.ReminderSettings;
import vn.i4impact.portal.program.internal.RuleException;
import vn.i4impact.portal.shared.web.Flash;

/** {@code /admin/editions/{code}/reminders}: when units with unsubmitted drafts are reminded (issue 13, item 7). */
@Controller
@RequestMapping("/admin/editions/{code}/reminders")
class ReminderSettingsController {

	private final ReminderSettings settings;

	private final EditionAdministration editions;

	ReminderSettingsController(ReminderSettings settings, EditionAdministration editions) {
		this.settings = settings;
		this.editions = editions;
	}

	@GetMapping
	String form(@PathVariable String code, Model model) {
		model.addAttribute("form", ReminderForm.of(settings.days(code)));
		return show(code, model);
	}

	@PostMapping
	String save(@PathVariable String code, @ModelAttribute("form") ReminderForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Integer days = form.toDays();
		if (days == null) {
			result.rejectValue("days", "admin.reminders.range", new Object[] { ReminderSettings.MAX_DAYS }, null);
			return show(code, model);
		}
		try {
			settings.save(code, days);
		}
		catch (RuleException ex) {
			AdminSupport.reject(result, ex);
			return show(code, model);
		}
		Flash.success(redirect, "admin.reminders.saved");
		return "redirect:/admin/editions/" + code;
	}

	private String show(String code, Model model) {
		model.addAttribute("edition", editions.edition(code));
		model.addAttribute("maxDays", ReminderSettings.MAX_DAYS);
		return "admin/reminders";
	}

}
