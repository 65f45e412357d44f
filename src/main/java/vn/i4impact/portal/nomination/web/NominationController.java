package vn.i4impact.portal.nomination.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /my/nominations}: the unit's dossiers. Every id goes through {@link NominationService#get}, which only finds
 * dossiers of the caller's own unit, so another unit's id is a 404 for every action here.
 */
@Controller
class NominationController {

	private static final DateTimeFormatter STAMP = PortalTime.DATE_TIME;

	private final NominationService nominations;

	private final ProgramCatalog program;

	private final Clock clock;

	private final DraftPage page;

	NominationController(NominationService nominations, ProgramCatalog program, Clock clock, DraftPage page) {
		this.nominations = nominations;
		this.program = program;
		this.clock = clock;
		this.page = page;
	}

	/** One row of the list: the dossier with what the list shows beside it. */
	record Row(Nomination nomination, AwardInfo award, Instant deadline, long daysLeft, String updated) {

		public String nextStepKey() {
			return "myNominations.next." + nomination.getStatus().name();
		}

	}

	@GetMapping("/my/nominations")
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		Instant now = clock.instant();
		Map<Long, AwardInfo> awards = new HashMap<>();
		List<Row> rows = new ArrayList<>();
		for (Nomination n : nominations.mine(me.id())) {
			AwardInfo award = awards.computeIfAbsent(n.getAwardId(), id -> program.award(id).orElse(null));
			Instant deadline = nominations.deadline(n);
			rows.add(new Row(n, award, deadline, Dates.wholeDaysUntil(now, deadline), STAMP.format(n.getUpdatedAt())));
		}
		model.addAttribute("rows", rows);
		return "my/nominations";
	}

	// ---- the dossier ----

	@GetMapping("/my/nominations/{id}")
	String show(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
		Nomination n = nominations.get(me.id(), id);
		boolean checkAll = Boolean.TRUE.equals(model.getAttribute("checkAll"));
		page.prepare(n, model);
		if (!page.editable(n)) {
			return "my/nomination-detail";
		}
		Map<Long, String> problems = nominations.problems(n);
		model.addAttribute("missing", problems);
		model.addAttribute("qProblems", DraftPage.visible(problems, checkAll));
		model.addAttribute("qAnswers", n.getAnswers());
		model.addAttribute("title", n.getTitle());
		model.addAttribute("version", n.getVersion());
		return "my/nomination-form";
	}

	@PostMapping("/my/nominations/{id}")
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String reply,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		nominations.saveDraft(me.id(), id, version, title, DraftPage.typed(params), reply);
		Flash.success(redirect, "myNominations.saved");
		return "redirect:/my/nominations/" + id;
	}

	/** htmx autosave: a small status text and the new version (out of band), so the next save does not conflict. */
	@PostMapping(path = "/my/nominations/{id}/autosave")
	String autosave(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String reply,
			@RequestParam Map<String, String> params, Model model) {
		model.addAttribute("version", nominations.saveDraft(me.id(), id, version, title, DraftPage.typed(params), reply));
		model.addAttribute("savedAt", clock.instant());
		return DraftRefusals.AUTOSAVED;
	}

	// ---- submit, reopen, withdraw ----

	/**
	 * The submit button belongs to the dossier form, so what is on screen is saved first and nothing typed is lost;
	 * then the service checks completeness and the deadline, now, on the server.
	 */
	@PostMapping("/my/nominations/{id}/submit")
	String submit(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String declaration,
			@RequestParam(required = false) String consent, @RequestParam(required = false) String reply,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		// a reply to the secretariat survives a refused submission like every other typed word (DraftRefusals)
		long current = nominations.saveDraft(me.id(), id, version, title, DraftPage.typed(params), reply);
		if (declaration == null || consent == null) {
			redirect.addFlashAttribute("reply", reply);
			Flash.error(redirect, "myNominations.submit.confirmRequired");
			redirect.addFlashAttribute("confirmMissing", true);
			return "redirect:/my/nominations/" + id + "#submit";
		}
		// a colleague saving between the two is the same conflict screen, nothing submitted
		nominations.submit(me.id(), id, current, reply);
		return "redirect:/my/nominations/" + id + "/submitted";
	}

	@GetMapping("/my/nominations/{id}/submitted")
	String submitted(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
		Nomination n = nominations.get(me.id(), id);
		if (n.getReferenceCode() == null) {
			return "redirect:/my/nominations/" + id;
		}
		model.addAttribute("n", n);
		model.addAttribute("award", program.award(n.getAwardId()).orElseThrow(NotFoundException::new));
		return "my/nomination-submitted";
	}

	@PostMapping("/my/nominations/{id}/reopen")
	String reopen(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		nominations.reopen(me.id(), id);
		Flash.info(redirect, "myNominations.reopened");
		return "redirect:/my/nominations/" + id;
	}

	@GetMapping("/my/nominations/{id}/withdraw")
	String confirmWithdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, Model model) {
		Nomination n = nominations.get(me.id(), id);
		model.addAttribute("n", n);
		model.addAttribute("award", program.award(n.getAwardId()).orElseThrow(NotFoundException::new));
		return "my/nomination-withdraw";
	}

	@PostMapping("/my/nominations/{id}/withdraw")
	String withdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		nominations.withdraw(me.id(), id);
		Flash.info(redirect, "myNominations.withdrawn");
		return "redirect:/my/nominations/" + id;
	}

}
