package vn.i4impact.portal.jury.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /secretariat/jury/rounds/{id}/category-panels}: the secretariat (or the committee) sets the panel of a whole
 * category. A refusal comes back to the page with what was chosen still selected and the message by the field.
 */
@Controller
class CategoryPanelController {

	/**
	 * What the user chose in a refused form, shown again by the fragment; {@code error} is a message key.
	 * Serializable: flash attributes live in the (JDBC) session.
	 */
	public record Typed(long categoryId, List<Long> jurorIds, Long chairId, String error) implements Serializable {

		public Typed {
			jurorIds = new ArrayList<>(jurorIds);
		}

	}

	private final RoundService rounds;

	private final Panels panels;

	CategoryPanelController(RoundService rounds, Panels panels) {
		this.rounds = rounds;
		this.panels = panels;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/category-panels")
	String save(@PathVariable long roundId, @RequestParam long categoryId,
			@RequestParam(name = "jurorIds", required = false) List<Long> jurorIds,
			@RequestParam(required = false) Long chairId, RedirectAttributes redirect) {
		rounds.get(roundId);
		List<Long> members = jurorIds == null ? List.of() : jurorIds;
		try {
			panels.setForCategory(roundId, categoryId, members, chairId);
			Flash.success(redirect, members.isEmpty() ? "jury.cpanel.removed" : "jury.cpanel.saved");
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			redirect.addFlashAttribute("cpanelTyped", new Typed(categoryId, members, chairId, ex.messageKey()));
		}
		return "redirect:/secretariat/jury/rounds/" + roundId + "#category-panel-" + categoryId;
	}

}
