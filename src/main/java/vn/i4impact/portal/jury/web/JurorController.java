package vn.i4impact.portal.jury.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.jury.internal.JurorAssignment;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.Progress;
import vn.i4impact.portal.jury.internal.Sheet;
import vn.i4impact.portal.nomination.AnswerText;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.Flash;

/**
 * {@code /jury}: the juror's rounds and dossiers, the conflict declaration, the dossier read-only and the score sheet
 * beside it. Every route starts from {@link JurorDesk#assignment}, which answers 404 for a dossier that is not the
 * juror's to score (not assigned, another round, conflicted), whatever id is typed.
 */
@Controller
class JurorController {

	private final JurorDesk desk;

	private final DossierContent content;

	private final Progress progress;

	private final Clock clock;

	private final Dates dates;

	private final MessageSource messages;

	JurorController(JurorDesk desk, Progress progress, DossierContent content, Clock clock, Dates dates,
			MessageSource messages) {
		this.messages = messages;
		this.dates = dates;
		this.desk = desk;
		this.content = content;
		this.progress = progress;
		this.clock = clock;
	}

	@GetMapping("/jury")
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		List<JurorDesk.Line> lines = desk.home(me.id());
		model.addAttribute("lines", lines);
		model.addAttribute("chaired", lines.stream().map(l -> l.assignment().roundId()).distinct()
			.filter(r -> progress.chairs(r, me.id())).collect(Collectors.toSet()));
		model.addAttribute("now", clock.instant());
		return "jury/home";
	}

	@GetMapping("/jury/rounds/{roundId}/dossiers/{nominationId}")
	String dossier(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long nominationId,
			Model model) {
		JurorDesk.Page p = desk.page(me.id(), roundId, nominationId);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", SheetForm.of(p.sheet()));
		}
		return page(p, p.sheet(), model);
	}

	/** The page again after a refused POST: the sheet shown is the one given (stored, or null). */
	private String page(long jurorId, JurorAssignment a, Sheet sheet, Model model) {
		JurorDesk.Page p = desk.page(jurorId, a.roundId(), a.nominationId());
		return page(p, sheet, model);
	}

	private String page(JurorDesk.Page p, Sheet sheet, Model model) {
		JurorAssignment a = p.assignment();
		Locale locale = LocaleContextHolder.getLocale();
		model.addAttribute("a", a);
		model.addAttribute("instructions", p.instructions(locale));
		DossierContent.JuryDossier d = content.forJury(a.nominationId());
		Map<Long, String> shown = new HashMap<>();
		d.answers().forEach(an -> shown.put(an.question().id(),
				AnswerText.format(an.question(), an.value(), locale, messages)));
		model.addAttribute("d", d);
		model.addAttribute("shown", shown);
		model.addAttribute("criteria", p.criteria());
		model.addAttribute("sheet", sheet);
		model.addAttribute("editable", a.declared() && a.acceptsScores(clock.instant()) && (sheet == null || !sheet.submitted()));
		model.addAttribute("open", a.acceptsScores(clock.instant()));
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", Map.of());
		}
		return "jury/dossier";
	}

	@PostMapping("/jury/rounds/{roundId}/dossiers/{nominationId}/declaration")
	String declare(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long nominationId,
			@RequestParam(required = false) String conflict, @RequestParam(required = false) String reason, Model model,
			RedirectAttributes redirect) {
		JurorAssignment a = desk.assignment(me.id(), roundId, nominationId);
		boolean declaresConflict = "yes".equals(conflict);
		if (conflict == null || (declaresConflict && (reason == null || reason.isBlank()))) {
			model.addAttribute("declarationProblem", conflict == null ? "jury.declare.choose" : "jury.declare.reasonRequired");
			model.addAttribute("reason", reason);
			model.addAttribute("conflictChosen", conflict);
			model.addAttribute("form", SheetForm.of(null));
			return page(me.id(), a, null, model);
		}
		try {
			desk.declare(me.id(), roundId, nominationId, declaresConflict, reason);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/jury";
		}
		if (declaresConflict) {
			Flash.success(redirect, "jury.declare.conflictDone", a.referenceCode());
			return "redirect:/jury";
		}
		Flash.success(redirect, "jury.declare.noneDone");
		return "redirect:/jury/rounds/" + roundId + "/dossiers/" + nominationId + "#sheet";
	}

	/** The plain Save and Submit buttons (no script needed). */
	@PostMapping("/jury/rounds/{roundId}/dossiers/{nominationId}/sheet")
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long nominationId,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		JurorAssignment a = desk.assignment(me.id(), roundId, nominationId);
		List<Criterion> criteria = desk.criteria(a);
		SheetForm form = SheetForm.from(params, criteria);
		boolean submitting = "submit".equals(params.get("action"));
		Map<String, SheetForm.Problem> problems = form.check(criteria, submitting);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			model.addAttribute("form", form);
			model.addAttribute("problems", problems);
			return page(me.id(), a, desk.sheet(a), model);
		}
		try {
			if (submitting) {
				desk.submit(me.id(), roundId, nominationId, form.getVersion(), form.scoreValues(), form.commentValues(),
						form.getOverall());
				Flash.success(redirect, "jury.sheet.submittedDone", a.referenceCode());
				return "redirect:/jury";
			}
			desk.save(me.id(), roundId, nominationId, form.getVersion(), form.scoreValues(), form.commentValues(),
					form.getOverall());
			Flash.success(redirect, "jury.sheet.savedAt", dates.time(clock.instant()));
			return "redirect:/jury/rounds/" + roundId + "/dossiers/" + nominationId + "#sheet";
		}
		catch (ConflictException ex) {
			// another tab saved first: show what this one typed, with the stored version so Save overwrites knowingly
			Sheet stored = desk.sheet(a);
			response.setStatus(HttpServletResponse.SC_CONFLICT);
			form.setVersion(stored == null ? -1 : stored.version());
			model.addAttribute("form", form);
			model.addAttribute("stale", stored);
			model.addAttribute("staleShown", true);
			return page(me.id(), a, stored, model);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
			return "redirect:/jury/rounds/" + roundId + "/dossiers/" + nominationId;
		}
	}

	/** htmx autosave a few seconds after a change: a status text and the new version, swapped in out of band. */
	@PostMapping("/jury/rounds/{roundId}/dossiers/{nominationId}/sheet/autosave")
	String autosave(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long nominationId,
			@RequestParam Map<String, String> params, Model model) {
		JurorAssignment a = desk.assignment(me.id(), roundId, nominationId);
		List<Criterion> criteria = desk.criteria(a);
		SheetForm form = SheetForm.from(params, criteria);
		if (!form.check(criteria, false).isEmpty()) {
			model.addAttribute("invalid", true);
			return "jury/dossier :: autosaved";
		}
		try {
			long version = desk.save(me.id(), roundId, nominationId, form.getVersion(), form.scoreValues(),
					form.commentValues(), form.getOverall());
			model.addAttribute("version", version);
			model.addAttribute("savedAt", clock.instant());
		}
		catch (ConflictException ex) {
			model.addAttribute("stale", true);
		}
		catch (DomainException ex) {
			model.addAttribute("refused", ex.messageKey());
		}
		return "jury/dossier :: autosaved";
	}

	@GetMapping("/jury/rounds/{roundId}/dossiers/{nominationId}/files/{fileId}")
	void file(@AuthenticationPrincipal CurrentUser me, @PathVariable long roundId, @PathVariable long nominationId,
			@PathVariable long fileId, HttpServletResponse response) throws IOException {
		JurorAssignment a = desk.assignment(me.id(), roundId, nominationId);
		DossierView.FileInfo f = content.file(nominationId, fileId);
		String name = a.blind() ? BlindNames.file(f) : f.name();
		response.setContentType(f.isPdf() ? "application/pdf" : "application/octet-stream");
		response.setContentLengthLong(f.size());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				(f.isPdf() ? ContentDisposition.inline() : ContentDisposition.attachment())
					.filename(name, StandardCharsets.UTF_8).build().toString());
		response.setHeader("Cache-Control", "private, no-store");
		try (InputStream in = content.open(nominationId, fileId)) {
			in.transferTo(response.getOutputStream());
		}
	}

}
