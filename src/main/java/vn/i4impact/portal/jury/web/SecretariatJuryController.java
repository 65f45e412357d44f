package vn.i4impact.portal.jury.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.Assigner;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.JuryExport;
import vn.i4impact.portal.jury.internal.Jurors;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Progress;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /secretariat/jury}: panels, automatic and manual assignment, publishing, progress and conflicts of a round.
 * Progress shows counts and statuses only, never a score.
 */
@Controller
class SecretariatJuryController {

	private final RoundService rounds;

	private final AssignmentService assignments;

	private final Panels panels;

	private final Jurors jurors;

	private final Progress progress;

	private final ProgramCatalog program;

	private final JuryExport export;

	SecretariatJuryController(RoundService rounds, AssignmentService assignments, Panels panels, Jurors jurors,
			Progress progress, ProgramCatalog program, JuryExport export) {
		this.export = export;
		this.rounds = rounds;
		this.assignments = assignments;
		this.panels = panels;
		this.jurors = jurors;
		this.progress = progress;
		this.program = program;
	}

	@GetMapping("/secretariat/jury")
	String index(Model model) {
		model.addAttribute("rounds", rounds.all());
		model.addAttribute("editions", rounds.all().stream().map(Round::getEditionId).distinct()
			.collect(Collectors.toMap(Function.identity(), id -> program.awards(id).get(0).editionShortName())));
		return "secretariat/jury";
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}")
	String round(@PathVariable long roundId, Model model) {
		Round round = rounds.get(roundId);
		Map<Long, AwardInfo> awards = program.awards(round.getEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::id, Function.identity()));
		model.addAttribute("round", round);
		model.addAttribute("awards", awards);
		model.addAttribute("awardList", program.awards(round.getEditionId()));
		model.addAttribute("panels", panels.of(roundId).stream().collect(Collectors.toMap(Panels.Panel::awardId, p -> p)));
		model.addAttribute("jurors", jurors.all());
		model.addAttribute("byAward", progress.byAward(roundId, round.getJurorsPerDossier()));
		model.addAttribute("byJuror", progress.byJuror(roundId));
		model.addAttribute("lines", progress.dossiers(roundId));
		model.addAttribute("conflicts", progress.conflicts(roundId));
		model.addAttribute("members", panels.members(roundId));
		return "secretariat/jury-round";
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/panels")
	@OnRefusal("/secretariat/jury/rounds/{roundId}#panels")
	String panel(@PathVariable long roundId, @RequestParam long awardId,
			@RequestParam(name = "jurorIds", required = false) List<Long> jurorIds,
			@RequestParam(required = false) Long chairId, RedirectAttributes redirect) {
		rounds.get(roundId);
		panels.set(roundId, awardId, jurorIds == null ? List.of() : jurorIds, chairId);
		Flash.success(redirect, "jury.secretariat.panelSaved");
		return "redirect:/secretariat/jury/rounds/" + roundId + "#panels";
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/assign")
	@OnRefusal("/secretariat/jury/rounds/{roundId}")
	String assign(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, RedirectAttributes redirect) {
		Assigner.Result r = assignments.autoAssign(roundId, me.id());
		if (r.complete()) {
			Flash.success(redirect, "jury.secretariat.assigned", r.added().size(), r.spread());
		}
		else {
			Flash.error(redirect, "jury.secretariat.assignedShort", r.added().size(), r.shortfalls().size());
			redirect.addFlashAttribute("shortfalls", r.shortfalls());
		}
		return "redirect:/secretariat/jury/rounds/" + roundId;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/publish")
	String publish(@PathVariable long roundId, RedirectAttributes redirect) {
		Flash.success(redirect, "jury.secretariat.published", assignments.publish(roundId));
		return "redirect:/secretariat/jury/rounds/" + roundId;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/assignments.xlsx")
	void assignmentsXlsx(@PathVariable long roundId, Locale locale, HttpServletResponse response) throws IOException {
		Round round = rounds.get(roundId);
		xlsx(response, "phan-cong-" + roundId + ".xlsx");
		export.assignments(roundId, program.awards(round.getEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::id, Function.identity())), locale, response.getOutputStream());
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/progress.xlsx")
	void progressXlsx(@PathVariable long roundId, Locale locale, HttpServletResponse response) throws IOException {
		rounds.get(roundId);
		xlsx(response, "tien-do-" + roundId + ".xlsx");
		export.progress(roundId, locale, response.getOutputStream());
	}

	private static void xlsx(HttpServletResponse response, String name) {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/remind")
	@OnRefusal("/secretariat/jury/rounds/{roundId}")
	String remind(@PathVariable long roundId, RedirectAttributes redirect) {
		Flash.success(redirect, "jury.secretariat.reminded", assignments.remind(roundId));
		return "redirect:/secretariat/jury/rounds/" + roundId;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/sheets/reopen")
	@OnRefusal("/secretariat/jury/rounds/{roundId}#dossier-{nominationId}")
	String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @RequestParam long nominationId,
			@RequestParam long jurorId, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
		assignments.reopen(roundId, nominationId, jurorId, reason, me.id());
		Flash.success(redirect, "jury.secretariat.reopened");
		return "redirect:/secretariat/jury/rounds/" + roundId + "#dossier-" + nominationId;
	}

	@PostMapping("/secretariat/jury/rounds/{roundId}/assignments")
	@OnRefusal("/secretariat/jury/rounds/{roundId}#dossier-{nominationId}")
	String change(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @RequestParam long nominationId,
			@RequestParam(required = false) Long jurorId, @RequestParam String action, RedirectAttributes redirect) {
		if (jurorId == null) {
			Flash.error(redirect, "jury.secretariat.chooseJuror");
			return "redirect:/secretariat/jury/rounds/" + roundId + "#dossier-" + nominationId;
		}
		if ("remove".equals(action)) {
			assignments.remove(roundId, nominationId, jurorId, me.id());
			Flash.success(redirect, "jury.secretariat.removed");
		}
		else {
			assignments.add(roundId, nominationId, jurorId, me.id());
			Flash.success(redirect, "jury.secretariat.added");
		}
		return "redirect:/secretariat/jury/rounds/" + roundId + "#dossier-" + nominationId;
	}

}
