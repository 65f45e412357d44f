package vn.i4impact.portal.jury.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.JurorMoves;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /secretariat/jury/rounds/{id}/moves} and {@code .../leave}: the secretariat (or the committee) moves a juror's
 * unstarted sheets to another member, or lets a juror leave the round after a confirmation page. The outcome, dossier
 * by dossier, is shown on the round's page (fragment {@code secretariat/jury-moves}).
 */
@Controller
class JurorMovesController {

	private final RoundService rounds;

	private final JurorMoves moves;

	private final ProgramCatalog program;

	JurorMovesController(RoundService rounds, JurorMoves moves, ProgramCatalog program) {
		this.rounds = rounds;
		this.moves = moves;
		this.program = program;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/moves")
	String move(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId,
			@RequestParam(required = false) Long fromJurorId, @RequestParam(required = false) Long toJurorId,
			RedirectAttributes redirect) {
		rounds.get(roundId);
		if (fromJurorId == null || toJurorId == null) {
			Flash.error(redirect, "jury.moves.choose");
			return back(roundId);
		}
		try {
			JurorMoves.MoveReport report = moves.move(roundId, fromJurorId, toJurorId, me.id());
			redirect.addFlashAttribute("moveReport", report);
			if (report.moved() == report.lines().size() && report.moved() > 0) {
				Flash.success(redirect, "jury.moves.done", report.moved(), report.fromName(), report.toName());
			}
			else {
				Flash.info(redirect, "jury.moves.partly", report.moved(), report.lines().size(), report.fromName(),
						report.toName());
			}
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		return back(roundId);
	}

	/** The confirmation step: what leaving would do to this juror's sheets and panels. */
	@GetMapping("/secretariat/jury/rounds/{roundId}/leave")
	String confirm(@PathVariable long roundId, @RequestParam(required = false) Long jurorId, Model model,
			RedirectAttributes redirect) {
		Round round = rounds.get(roundId);
		if (jurorId == null) {
			Flash.error(redirect, "jury.moves.choose");
			return back(roundId);
		}
		JurorMoves.LeavePreview preview = moves.preview(roundId, jurorId);
		if (round.getStatus() != RoundStatus.OPEN) {
			Flash.error(redirect, "jury.round.notOpen");
			return back(roundId);
		}
		model.addAttribute("round", round);
		model.addAttribute("preview", preview);
		model.addAttribute("awards", awards(round));
		return "secretariat/jury-leave";
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/leave")
	String leave(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @RequestParam long jurorId,
			@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		rounds.get(roundId);
		if (!"yes".equals(confirm)) {
			// destructive: never without the confirmation page's explicit answer
			return "redirect:/secretariat/jury/rounds/" + roundId + "/leave?jurorId=" + jurorId;
		}
		try {
			JurorMoves.LeaveReport report = moves.leave(roundId, jurorId, me.id());
			redirect.addFlashAttribute("leaveReport", report);
			if (report.uncovered().isEmpty()) {
				Flash.success(redirect, "jury.leave.done", report.name(), report.reassigned().size(), report.keptSubmitted());
			}
			else {
				Flash.error(redirect, "jury.leave.short", report.name(), report.uncovered().size());
			}
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		return back(roundId);
	}

	private Map<Long, AwardInfo> awards(Round round) {
		return program.awards(round.getEditionId()).stream().collect(Collectors.toMap(AwardInfo::id, Function.identity()));
	}

	private static String back(long roundId) {
		return "redirect:/secretariat/jury/rounds/" + roundId + "#moves";
	}

}
