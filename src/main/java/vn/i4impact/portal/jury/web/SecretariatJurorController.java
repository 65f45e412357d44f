package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.jury.internal.JurorProfile;
import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.jury.internal.Progress;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.Flash;

/**
 * A juror's profile as the secretariat and the committee read it from a round's page: organisation, tax code, fields,
 * declared affiliations and the conflicts found for them in that round. The profile itself is the juror's; the
 * secretariat may record an affiliation the juror declared to it (by phone, by letter) or remove one, each audited
 * under the secretariat's name and followed by the same re-detection as the juror's own change.
 */
@Controller
class SecretariatJurorController {

	private final JurorProfiles profiles;

	private final RoundService rounds;

	private final Progress progress;

	private final ProgramCatalog program;

	SecretariatJurorController(JurorProfiles profiles, RoundService rounds, Progress progress, ProgramCatalog program) {
		this.profiles = profiles;
		this.rounds = rounds;
		this.progress = progress;
		this.program = program;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/jurors/{jurorId}")
	String show(@PathVariable long roundId, @PathVariable long jurorId, Model model) {
		if (!model.containsAttribute("affiliationForm")) {
			model.addAttribute("affiliationForm", new AffiliationForm());
		}
		return page(roundId, profiles.view(roundId, jurorId), model);
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/jurors/{jurorId}/affiliations")
	String add(@PathVariable long roundId, @PathVariable long jurorId,
			@Valid @ModelAttribute("affiliationForm") AffiliationForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		JurorProfiles.View view = profiles.view(roundId, jurorId);
		JurorProfile.Affiliation affiliation = form.toAffiliation(result, view.affiliations());
		if (result.hasErrors()) {
			response.setStatus(422);
			return page(roundId, view, model);
		}
		JurorProfiles.Redetection r = profiles.addAffiliation(jurorId, affiliation);
		List<String> touched = Stream.concat(r.withdrawn().stream(), r.blocked().stream()).sorted().toList();
		if (!touched.isEmpty()) {
			Flash.info(redirect, "jury.profiles.conflictsFound", String.join(", ", touched));
		}
		Flash.success(redirect, "jury.profile.affiliation.added", affiliation.name());
		return "redirect:/secretariat/jury/rounds/" + roundId + "/jurors/" + jurorId;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/jurors/{jurorId}/affiliations/{affiliationId}/delete")
	String remove(@PathVariable long roundId, @PathVariable long jurorId, @PathVariable long affiliationId,
			RedirectAttributes redirect) {
		profiles.view(roundId, jurorId);
		Flash.success(redirect, "jury.profile.affiliation.removed", profiles.removeAffiliation(jurorId, affiliationId));
		return "redirect:/secretariat/jury/rounds/" + roundId + "/jurors/" + jurorId;
	}

	private String page(long roundId, JurorProfiles.View view, Model model) {
		model.addAttribute("round", rounds.get(roundId));
		model.addAttribute("view", view);
		List<String> codes = JurorProfileForm.codes(view.profile().fields());
		model.addAttribute("fieldCodes", codes);
		model.addAttribute("fieldAwards", program.awards(profiles.currentEditionId()).stream()
			.filter(a -> codes.contains(a.code())).toList());
		long jurorId = view.profile().userId();
		model.addAttribute("conflicts", progress.conflicts(roundId).stream().filter(c -> c.jurorId() == jurorId).toList());
		model.addAttribute("kinds", JurorProfile.Affiliation.Kind.values());
		return "secretariat/jury-juror";
	}

}
