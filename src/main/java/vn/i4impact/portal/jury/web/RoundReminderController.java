package vn.i4impact.portal.jury.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.JuryReminders;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /admin/editions/{id}/rounds/{r}/reminders}: the committee sets how many days before a round closes jurors
 * with unfinished sheets are first reminded (the form is a fragment of the rounds page; a bad value comes back at
 * the field, as typed).
 */
@Controller
class RoundReminderController {

	private final RoundService rounds;

	private final JuryReminders reminders;

	RoundReminderController(RoundService rounds, JuryReminders reminders) {
		this.rounds = rounds;
		this.reminders = reminders;
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/reminders")
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long editionId, @PathVariable long roundId,
			@RequestParam long version, @RequestParam(required = false) String reminderDays, RedirectAttributes redirect) {
		Round round = rounds.get(roundId);
		if (round.getEditionId() != editionId) {
			throw new NotFoundException();
		}
		Integer days = wholeNumber(reminderDays);
		try {
			if (days == null) {
				throw new DomainException("jury.reminders.days");
			}
			reminders.setDays(roundId, version, days, me.id());
			Flash.success(redirect, "jury.reminders.saved", days);
		}
		catch (DomainException ex) {
			if ("jury.reminders.days".equals(ex.messageKey())) {
				redirect.addFlashAttribute("reminderRound", roundId);
				redirect.addFlashAttribute("reminderTyped", reminderDays);
			}
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "jury.admin.stale");
		}
		return "redirect:/admin/editions/" + editionId + "/rounds#reminders-" + roundId;
	}

	private static Integer wholeNumber(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
