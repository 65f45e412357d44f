package vn.i4impact.portal.review.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.CheckItem;
import vn.i4impact.portal.review.internal.ReviewDesk;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /secretariat/nominations/{id}}: one dossier with everything the secretariat needs to decide, and the
 * decisions. A decision that lost a race with a colleague's re-renders the page with status 409, the colleague's
 * result on screen and what this secretary typed still in the form.
 */
@Controller
class DossierController {

	/** How far ahead a due date for changes may be set; beyond this the jury's calendar slips. */
	static final int MAX_DUE_DAYS = 90;

	private final Screening screening;

	private final ReviewDesk desk;

	private final ProgramCatalog program;

	private final Clock clock;

	private final DossierPage dossierPage;

	DossierController(Screening screening, ReviewDesk desk, ProgramCatalog program, Clock clock,
			DossierPage dossierPage) {
		this.dossierPage = dossierPage;
		this.screening = screening;
		this.desk = desk;
		this.program = program;
		this.clock = clock;
	}

	@ModelAttribute("meId")
	Long meId(@AuthenticationPrincipal CurrentUser me) {
		return me == null ? null : me.id();
	}

	@GetMapping("/secretariat/nominations/{id}")
	String show(@PathVariable long id, Model model) {
		return dossierPage.render(id, model);
	}

	/** Where a refused decision goes back to, with the reason as a message. */
	private static final String DOSSIER = "/secretariat/nominations/{id}";

	private String back(long id) {
		return "redirect:/secretariat/nominations/" + id;
	}

	// ---- decisions ----

	@PostMapping("/secretariat/nominations/{id}/eligible")
	@OnRefusal(DOSSIER)
	String eligible(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			RedirectAttributes redirect) {
		screening.markEligible(id, version, me.id());
		Flash.success(redirect, "decision.done.ELIGIBLE");
		return back(id);
	}

	@PostMapping("/secretariat/nominations/{id}/changes")
	@OnRefusal(DOSSIER)
	String changes(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("changes") DecisionForms.Changes form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		LocalDate today = LocalDate.now(clock.withZone(PortalTime.ZONE));
		if (form.getDue() != null && form.getDue().isBefore(today)) {
			result.rejectValue("due", "decision.error.duePast");
		}
		else if (form.getDue() != null && form.getDue().isAfter(today.plusDays(MAX_DUE_DAYS))) {
			result.rejectValue("due", "decision.error.dueFar", new Object[] { MAX_DUE_DAYS }, null);
		}
		if (result.hasErrors()) {
			return invalid(id, "changes", form.getVersion(), result, model, response);
		}
		// the unit has the whole of the due day, in Vietnam time
		Instant due = PortalTime.endOfDay(form.getDue());
		screening.requestChanges(id, form.getVersion(), form.getMessage(), due, me.id());
		Flash.success(redirect, "decision.done.CHANGES_REQUESTED");
		return back(id);
	}

	@PostMapping("/secretariat/nominations/{id}/ineligible")
	@OnRefusal(DOSSIER)
	String ineligible(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("ineligible") DecisionForms.Ineligible form, BindingResult result,
			@RequestParam(required = false) String edit, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (form.getReason() == IneligibleReason.OTHER && (form.getNote() == null || form.getNote().isBlank())) {
			result.rejectValue("note", "decision.ineligible.note.required");
		}
		if (result.hasErrors()) {
			return invalid(id, "ineligible", form.getVersion(), result, model, response);
		}
		if (edit != null || !form.isConfirmed()) {
			screening.requireCurrent(id, form.getVersion());
			return beforeDecision(id, "ineligible", edit, null, model);
		}
		screening.declareIneligible(id, form.getVersion(), form.getReason(), form.getNote(), me.id());
		Flash.success(redirect, "decision.done.INELIGIBLE");
		return back(id);
	}

	@PostMapping("/secretariat/nominations/{id}/move")
	String move(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("move") DecisionForms.Move form, BindingResult result,
			@RequestParam(required = false) String edit, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				// every refusal the move itself would give, said before the confirmation page rather than after it
				Screening.MovePreview preview = screening.previewMove(id, form.getVersion(), form.getAward());
				if (preview.refusal() != null) {
					result.rejectValue("award", preview.refusal());
				}
				else if (edit != null || !form.isConfirmed()) {
					model.addAttribute("missing", preview.missing());
					model.addAttribute("missingDays", Screening.MISSING_ANSWERS_DAYS);
					return beforeDecision(id, "move", edit,
							program.award(form.getAward()).orElseThrow(NotFoundException::new), model);
				}
				else {
					Screening.Moved moved = screening.moveToAward(id, form.getVersion(), form.getAward(),
							form.getNote(), me.id());
					Flash.success(redirect, moved.messageKey());
					return back(id);
				}
			}
			catch (DomainException ex) {
				// a refusal of the move is about the award chosen: said on the field
				result.rejectValue("award", ex.messageKey());
			}
		}
		return invalid(id, "move", form.getVersion(), result, model, response);
	}

	/**
	 * A final or far-reaching decision (ineligible, move) is shown once more, with who will be told, before it is
	 * taken: the confirmation page posts the same fields back with {@code confirmed}, or with {@code edit} to go back
	 * to the form. The caller has checked the form's version first, so nobody confirms what is no longer on screen.
	 */
	private String beforeDecision(long id, String panel, String edit, AwardInfo target, Model model) {
		model.addAttribute("openPanel", panel);
		if (edit != null) {
			return dossierPage.render(id, model);
		}
		model.addAttribute("d", screening.dossier(id));
		model.addAttribute("decision", panel);
		model.addAttribute("target", target);
		return "secretariat/decision-confirm";
	}

	/**
	 * Re-renders the page with the panel open, the typed text kept and a summary at the top pointing to the field. If
	 * a colleague decided meanwhile, that is said first (409): the re-rendered form carries the current version, so
	 * correcting the field must not be the way past the colleague's decision unseen.
	 */
	private String invalid(long id, String panel, long version, BindingResult result, Model model,
			HttpServletResponse response) {
		model.addAttribute("openPanel", panel);
		screening.requireCurrent(id, version);
		var field = result.getFieldError();
		model.addAttribute("errorField", field == null ? null : panel + "-" + field.getField());
		response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
		return dossierPage.render(id, model);
	}

	// ---- the secretariat's own work ----

	@PostMapping("/secretariat/nominations/{id}/assign")
	String assign(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		requireVisible(id);
		desk.assign(List.of(id), me.id());
		Flash.success(redirect, "review.assigned");
		return back(id);
	}

	@PostMapping("/secretariat/nominations/{id}/release")
	String release(@PathVariable long id, RedirectAttributes redirect) {
		requireVisible(id);
		desk.release(id);
		Flash.success(redirect, "review.released");
		return back(id);
	}

	/** With htmx only the checklist is sent back; a plain post redirects to the page. */
	@PostMapping("/secretariat/nominations/{id}/checklist")
	String checklist(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@RequestParam(name = "item", required = false) List<String> items,
			@RequestParam(name = "shown", required = false) List<String> shown,
			@RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
			RedirectAttributes redirect) {
		requireVisible(id);
		// a form without the "shown" list (a page from before it existed) compares with what is stored, as it used to
		desk.saveChecks(id, checkItems(items), shown == null ? desk.checks(id).keySet() : checkItems(shown), me.id());
		if (htmx != null) {
			model.addAttribute("d", screening.dossier(id));
			model.addAttribute("checks", desk.checks(id));
			model.addAttribute("checkItems", CheckItem.values());
			model.addAttribute("checklistSaved", true);
			return "secretariat/dossier :: checklist";
		}
		Flash.success(redirect, "review.checklist.saved");
		return back(id) + "#checklist";
	}

	private static Set<CheckItem> checkItems(List<String> names) {
		Set<CheckItem> items = EnumSet.noneOf(CheckItem.class);
		for (String name : names == null ? List.<String>of() : names) {
			try {
				items.add(CheckItem.valueOf(name));
			}
			catch (IllegalArgumentException ex) {
				// not an item of the list
			}
		}
		return items;
	}

	@PostMapping("/secretariat/nominations/{id}/notes")
	String note(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@Valid @ModelAttribute("noteForm") DecisionForms.NoteForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireVisible(id);
		if (result.hasErrors()) {
			model.addAttribute("errorField", "note-body");
			response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
			return dossierPage.render(id, model);
		}
		desk.addNote(id, form.getBody(), me.id());
		Flash.success(redirect, "review.note.added");
		return back(id) + "#notes";
	}

	private void requireVisible(long id) {
		if (!desk.exists(id)) {
			throw new NotFoundException();
		}
	}

	// ---- files ----

	/** PDFs open in the browser; every other kind downloads. */
	@GetMapping("/secretariat/nominations/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> file(@PathVariable long id, @PathVariable long fileId) throws IOException {
		DossierView.FileInfo f = screening.file(id, fileId);
		InputStream in = screening.open(id, fileId);
		ContentDisposition disposition = (f.isPdf() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(f.name(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.contentType(f.isPdf() ? MediaType.APPLICATION_PDF : MediaType.APPLICATION_OCTET_STREAM)
			.contentLength(f.size())
			.body(new InputStreamResource(in));
	}

}
