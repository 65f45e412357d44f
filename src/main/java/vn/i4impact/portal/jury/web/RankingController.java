package vn.i4impact.portal.jury.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.standing.RankingBoard;
import vn.i4impact.portal.jury.internal.standing.SealCheck;

/**
 * {@code /secretariat/jury/rounds/{id}/ranking} (SECRETARIAT and ADMIN, see SecurityConfiguration): per award, the
 * ranking under the official method with the other three methods, spread, flags and the jurors' calibration. While
 * the round is not closed only ADMIN sees scores; the secretariat sees progress. {@code /verify} checks the seal.
 */
@Controller
class RankingController {

	private final RankingBoard board;

	private final SealCheck seals;

	private final RoundService rounds;

	RankingController(RankingBoard board, SealCheck seals, RoundService rounds) {
		this.board = board;
		this.seals = seals;
		this.rounds = rounds;
	}

	/** Recomputes the seal and the ranking from the database and says whether they still match (no score shown). */
	@GetMapping("/secretariat/jury/rounds/{roundId}/verify")
	String verify(@PathVariable long roundId, Model model) {
		model.addAttribute("round", rounds.get(roundId));
		model.addAttribute("check", seals.verify(roundId));
		return "secretariat/jury-verify";
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/ranking")
	String ranking(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("board", board.board(roundId, user));
		model.addAttribute("methods", Method.values());
		return "secretariat/jury-ranking";
	}
}
