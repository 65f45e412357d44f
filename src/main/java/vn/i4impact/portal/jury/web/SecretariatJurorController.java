package vn.i4impact.portal.jury.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.jury.internal.JurorProfiles;
import vn.i4impact.portal.jury.internal.Progress;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * A juror's profile as the secretariat and the committee read it from a round's page: organisation, tax code, fields,
 * declared affiliations and the conflicts found for them in that round. Read-only: the profile is the juror's own
 * declaration, and only the committee lifts a conflict (on the round page).
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
		model.addAttribute("round", rounds.get(roundId));
		JurorProfiles.View view = profiles.view(jurorId);
		model.addAttribute("view", view);
		List<String> codes = JurorProfileForm.codes(view.profile().fields());
		List<AwardInfo> known = program.awards(profiles.currentEditionId()).stream()
			.filter(a -> codes.contains(a.code())).toList();
		model.addAttribute("fieldCodes", codes);
		model.addAttribute("fieldAwards", known);
		model.addAttribute("conflicts", progress.conflicts(roundId).stream().filter(c -> c.jurorId() == jurorId).toList());
		return "secretariat/jury-juror";
	}

}
