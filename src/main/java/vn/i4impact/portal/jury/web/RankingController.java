package vn.i4impact.portal.jury.web;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.jury.internal.standing.RankingBoard;
import vn.i4impact.portal.jury.internal.standing.SealCheck;
import vn.i4impact.portal.shared.DomainException;

/**
 * {@code /secretariat/jury/rounds/{id}/ranking} (SECRETARIAT and ADMIN, see SecurityConfiguration): per award, the
 * ranking under the official method with the other three methods, spread, flags and the jurors' calibration. While
 * the round is not closed only ADMIN sees scores; the secretariat sees progress. {@code /verify} checks the seal.
 * {@code /jury/rounds/{id}/ranking} (JUROR): a panel chair sees the ranking of the awards they chair, once the round
 * is closed; any other juror is refused.
 */
@Controller
class RankingController {

	private final RankingBoard board;

	private final SealCheck seals;

	private final RoundService rounds;

	private final Panels panels;

	RankingController(RankingBoard board, SealCheck seals, RoundService rounds, Panels panels) {
		this.board = board;
		this.seals = seals;
		this.rounds = rounds;
		this.panels = panels;
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

	@GetMapping("/jury/rounds/{roundId}/ranking")
	String chair(@PathVariable long roundId, @AuthenticationPrincipal CurrentUser user, Model model) {
		Round round = rounds.get(roundId);
		// the awards whose panel (own or their category's) the user chairs
		Set<Long> chaired = panels.byAward(roundId).entrySet().stream()
			.filter(e -> e.getValue().chairId() != null && e.getValue().chairId() == user.id()).map(Map.Entry::getKey)
			.collect(Collectors.toSet());
		if (chaired.isEmpty()) {
			throw new AccessDeniedException("not a chair of this round");
		}
		if (round.getStatus() != RoundStatus.CLOSED) {
			throw new DomainException("ranking.chair.notClosed");
		}
		RankingBoard.Board full = board.board(roundId, user);
		List<RankingBoard.AwardBoard> own = full.awards().stream().filter(a -> chaired.contains(a.award().id())).toList();
		model.addAttribute("board", new RankingBoard.Board(full.round(), full.rules(), true, own));
		model.addAttribute("methods", Method.values());
		model.addAttribute("chairView", true);
		return "secretariat/jury-ranking";
	}
}
