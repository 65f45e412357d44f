package vn.i4impact.portal.jury.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.i4impact.portal.jury.internal.JurorProfile;
import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /jury/profile}: the signed-in juror's own profile and declared affiliations. No route takes a juror's id:
 * every step acts on the principal, so no juror can reach another's profile by editing a URL or a form.
 */
@Controller
class JurorProfileController {

	private final JurorProfiles profiles;

	private final ProgramCatalog program;

	JurorProfileController(JurorProfiles profiles, ProgramCatalog program) {
		this.profiles = profiles;
		this.program = program;
	}

	@GetMapping("/jury/profile")
	String show(@AuthenticationPrincipal CurrentUser me, Model model) {
		JurorProfiles.View view = profiles.view(me.id());
		if (!model.containsAttribute("profileForm")) {
			model.addAttribute("profileForm", JurorProfileForm.of(view));
		}
		if (!model.containsAttribute("affiliationForm")) {
			model.addAttribute("affiliationForm", new AffiliationForm());
		}
		return page(view, model);
	}

	@PostMapping("/jury/profile")
	String save(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("profileForm") JurorProfileForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		List<AwardInfo> awards = awards();
		JurorProfiles.Data data = form.toData(result, awards.stream().map(AwardInfo::code).collect(Collectors.toSet()));
		JurorProfiles.View view = profiles.view(me.id());
		model.addAttribute("affiliationForm", new AffiliationForm());
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(view, model);
		}
		try {
			conflictsFound(profiles.update(me.id(), form.getVersion(), data), redirect);
		}
		catch (ConflictException ex) {
			// another tab saved first: keep what this one typed, with the stored version so Save overwrites knowingly
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(view.version());
			model.addAttribute("stale", true);
			return page(view, model);
		}
		Flash.success(redirect, "jury.profile.saved");
		return "redirect:/jury/profile";
	}

	@PostMapping("/jury/profile/affiliations")
	String add(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("affiliationForm") AffiliationForm form,
			BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		JurorProfiles.View view = profiles.view(me.id());
		JurorProfile.Affiliation affiliation = form.toAffiliation(result, view.affiliations());
		if (result.hasErrors()) {
			response.setStatus(422);
			model.addAttribute("profileForm", JurorProfileForm.of(view));
			return page(view, model);
		}
		conflictsFound(profiles.addAffiliation(me.id(), affiliation), redirect);
		Flash.success(redirect, "jury.profile.affiliation.added", affiliation.name());
		return "redirect:/jury/profile#affiliations";
	}

	@PostMapping("/jury/profile/affiliations/{affiliationId}/delete")
	String remove(@AuthenticationPrincipal CurrentUser me, @PathVariable long affiliationId, RedirectAttributes redirect) {
		Flash.success(redirect, "jury.profile.affiliation.removed", profiles.removeAffiliation(me.id(), affiliationId));
		return "redirect:/jury/profile#affiliations";
	}

	private String page(JurorProfiles.View view, Model model) {
		model.addAttribute("view", view);
		model.addAttribute("categories", byCategory(awards()));
		model.addAttribute("kinds", JurorProfile.Affiliation.Kind.values());
		return "jury/profile";
	}

	private List<AwardInfo> awards() {
		return program.awards(profiles.currentEditionId()).stream().filter(a -> !a.hidden()).toList();
	}

	/** The awards grouped by their category, in program order. */
	static Map<AwardInfo, List<AwardInfo>> byCategory(List<AwardInfo> awards) {
		Map<String, AwardInfo> first = new LinkedHashMap<>();
		awards.forEach(a -> first.putIfAbsent(a.categoryCode(), a));
		Map<AwardInfo, List<AwardInfo>> grouped = new LinkedHashMap<>();
		first.values().forEach(head -> grouped.put(head,
				awards.stream().filter(a -> a.categoryCode().equals(head.categoryCode())).toList()));
		return grouped;
	}

	/** Tells the juror which of their dossiers a newly detected conflict took away. */
	private static void conflictsFound(JurorProfiles.Redetection r, RedirectAttributes redirect) {
		List<String> all = Stream.concat(r.withdrawn().stream(), r.blocked().stream()).sorted().toList();
		if (!all.isEmpty()) {
			Flash.info(redirect, "jury.profile.conflictsFound", String.join(", ", all));
		}
	}

}
