package vn.i4impact.portal.review.web;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.review.internal.EditionOverview;
import vn.i4impact.portal.review.internal.EditionOverview.Overview;
import vn.i4impact.portal.shared.PortalTime;

/**
 * {@code /secretariat}: the secretariat's start page, one edition at a glance ({@code ?edition=ID}, default the
 * current one). Every figure links to the queue with the same filter in its URL, so a number and the list behind it
 * always agree.
 */
@Controller
class SecretariatHomeController {

	/** What "consent missing" counts: the dossiers still in play (not drafts, not withdrawn). */
	static final List<NominationStatus> IN_PLAY = EnumSet.complementOf(
			EnumSet.of(NominationStatus.DRAFT, NominationStatus.WITHDRAWN)).stream().toList();

	private final EditionOverview overview;

	SecretariatHomeController(EditionOverview overview) {
		this.overview = overview;
	}

	// a String, not a Long: a hand-edited ?edition=abc shows the default edition instead of an error page
	@GetMapping("/secretariat")
	String home(@RequestParam(name = "edition", required = false) String edition, HttpServletRequest request,
			Model model) {
		Long requested = parseId(edition);
		Optional<Long> id = overview.resolve(requested);
		model.addAttribute("editions", overview.editions());
		model.addAttribute("consentStatuses", IN_PLAY);
		if (id.isEmpty()) {
			return "secretariat/home";
		}
		Overview o = overview.of(id.get());
		model.addAttribute("editionUnknown", edition != null && !edition.isBlank() && !id.get().equals(requested));
		model.addAttribute("o", o);
		LocalDate deadline = o.edition().deadline() == null ? null
				: LocalDate.ofInstant(o.edition().deadline(), PortalTime.ZONE);
		QueueLinks queue = new QueueLinks(request.getContextPath(), o.edition().id());
		model.addAttribute("queue", queue);
		model.addAttribute("chart", DayChart.of(o.days(), deadline, queue));
		model.addAttribute("dayTotal", o.days().stream().mapToLong(EditionOverview.DayCount::count).sum());
		return "secretariat/home";
	}

	static Long parseId(String value) {
		if (value == null || value.isBlank() || value.length() > 18) {
			return null;
		}
		try {
			long id = Long.parseLong(value.strip());
			return id > 0 ? id : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
