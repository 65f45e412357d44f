package vn.i4impact.portal.review.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.review.internal.SavedViews;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /secretariat/views}: a secretary keeps a queue filter under a name and opens it again from the queue. The
 * query is the queue's own URL query; it only ever becomes a link to {@code /secretariat/nominations} for its owner.
 */
@Controller
class SavedViewController {

	private final SavedViews views;

	SavedViewController(SavedViews views) {
		this.views = views;
	}

	@PostMapping("/secretariat/views")
	String save(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String query, RedirectAttributes redirect) {
		String back = "redirect:/secretariat/nominations" + (query.isBlank() ? "" : "?" + query);
		String clean = name.strip();
		if (clean.isEmpty() || clean.length() > SavedViews.MAX_NAME) {
			Flash.error(redirect, "savedView.nameInvalid", SavedViews.MAX_NAME);
			return back;
		}
		if (query.length() > SavedViews.MAX_QUERY || query.startsWith("/") || query.contains("#")) {
			Flash.error(redirect, "savedView.queryInvalid");
			return "redirect:/secretariat/nominations";
		}
		views.save(me.id(), clean, query);
		Flash.success(redirect, "savedView.saved", clean);
		return back;
	}

	@PostMapping("/secretariat/views/{id}/delete")
	String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		if (views.remove(me.id(), id)) {
			Flash.success(redirect, "savedView.removed");
		}
		else {
			Flash.error(redirect, "savedView.notFound");
		}
		return "redirect:/secretariat/nominations";
	}

}
