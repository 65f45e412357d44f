package vn.i4impact.portal.jury.web;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.standing.RankingBoard;
import vn.i4impact.portal.jury.internal.standing.RobustnessReport;
import vn.i4impact.portal.jury.internal.standing.RoundData;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /secretariat/jury/rounds/{id}/robustness?award=…} (SECRETARIAT and ADMIN): how solid each dossier's side of
 * the cut line is, as a table and a small server-drawn chart. Like the ranking, scores of a round that is not
 * closed are for ADMIN only; the secretariat is told to wait, and nothing is computed for it.
 */
@Controller
class RobustnessController {

	private final RoundService rounds;

	private final RoundData data;

	private final RobustnessReport reports;

	private final ProgramCatalog program;

	RobustnessController(RoundService rounds, RoundData data, RobustnessReport reports, ProgramCatalog program) {
		this.rounds = rounds;
		this.data = data;
		this.reports = reports;
		this.program = program;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/robustness")
	String robustness(@PathVariable long roundId, @RequestParam(required = false) Long award,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		Round round = rounds.get(roundId);
		Map<Long, AwardInfo> awards = program.awards(round.getEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::id, Function.identity()));
		model.addAttribute("round", round);
		boolean visible = RankingBoard.scoresVisible(round, user);
		model.addAttribute("scoresVisible", visible);
		model.addAttribute("window", RobustnessReport.WINDOW);
		if (!visible) {
			return "secretariat/jury-robustness";
		}
		RoundData.Loaded loaded = data.load(roundId);
		Set<Long> present = RobustnessReport.awards(loaded);
		if (award != null && !present.contains(award)) {
			throw new NotFoundException();
		}
		model.addAttribute("awards", present.stream().map(awards::get).toList());
		if (present.isEmpty()) {
			return "secretariat/jury-robustness";
		}
		long chosen = award == null ? present.iterator().next() : award;
		model.addAttribute("award", awards.get(chosen));
		model.addAttribute("official", loaded.rules().official());
		model.addAttribute("report", reports.of(loaded, chosen, loaded.votes()));
		return "secretariat/jury-robustness";
	}
}
