package vn.i4impact.portal.program.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.program.EditionStatus;
import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.TimelineRules;
import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.AwardQuestion;
import vn.i4impact.portal.program.internal.AwardQuestionRepository;
import vn.i4impact.portal.program.internal.CategoryRepository;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionAdministration;
import vn.i4impact.portal.program.internal.EditionPhase;
import vn.i4impact.portal.program.internal.EditionRepository;
import vn.i4impact.portal.program.internal.StructureAdministration;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

/** The organising committee's edition screens: list, details, status, current edition, timeline, cloning, preview. */
@Controller
@RequestMapping("/admin/editions")
class EditionAdminController {

	private final EditionRepository editions;

	private final CategoryRepository categories;

	private final AwardQuestionRepository questions;

	private final EditionAdministration editionAdmin;

	private final StructureAdministration structureAdmin;

	EditionAdminController(EditionRepository editions, CategoryRepository categories,
			AwardQuestionRepository questions, EditionAdministration editionAdmin,
			StructureAdministration structureAdmin) {
		this.editions = editions;
		this.categories = categories;
		this.questions = questions;
		this.editionAdmin = editionAdmin;
		this.structureAdmin = structureAdmin;
	}

	@GetMapping
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("editions", editions.findAllForAdmin());
		return "admin/editions";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new EditionForm());
		model.addAttribute("creating", true);
		return "admin/edition-form";
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> editionAdmin.createEdition(form.getCode(), form.toData()))) {
			Flash.success(redirect, "admin.edition.created", form.getCode());
			return "redirect:/admin/editions/" + form.getCode();
		}
		model.addAttribute("creating", true);
		return "admin/edition-form";
	}

	@GetMapping("/{code}")
	@Transactional(readOnly = true)
	String show(@PathVariable String code, Model model) {
		Edition edition = editionAdmin.edition(code);
		model.addAttribute("edition", edition);
		model.addAttribute("categories", categories.findWithAwards(edition.getId()));
		model.addAttribute("commonQuestions", questions.findCommon(edition.getId()));
		Map<Long, Long> counts = new HashMap<>();
		for (Object[] row : questions.countPerAward(edition.getId())) {
			counts.put((Long) row[0], (Long) row[1]);
		}
		model.addAttribute("questionCounts", counts);
		return "admin/edition";
	}

	@GetMapping("/{code}/edit")
	@Transactional(readOnly = true)
	String editForm(@PathVariable String code, Model model) {
		Edition e = editionAdmin.edition(code);
		model.addAttribute("form", EditionForm.of(e));
		model.addAttribute("edition", e);
		return "admin/edition-form";
	}

	@PostMapping("/{code}/edit")
	String edit(@PathVariable String code, @Valid @ModelAttribute("form") EditionForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		// the code is the edition's address and is fixed once created
		form.setCode(code);
		if (result.getFieldErrors().stream().allMatch(f -> "code".equals(f.getField())) && !result.hasGlobalErrors()) {
			editionAdmin.updateEdition(code, form.getVersion(), form.toData());
			Flash.success(redirect, "admin.saved");
			return "redirect:/admin/editions/" + code;
		}
		model.addAttribute("edition", editionAdmin.edition(code));
		return "admin/edition-form";
	}

	@PostMapping("/{code}/status")
	@OnRefusal("/admin/editions/{code}")
	String status(@PathVariable String code, @RequestParam EditionStatus target, RedirectAttributes redirect) {
		editionAdmin.moveStatus(code, target);
		Flash.success(redirect, "admin.edition.statusChanged", code);
		return "redirect:/admin/editions/" + code;
	}

	@PostMapping("/{code}/current")
	@OnRefusal("/admin/editions/{code}")
	String makeCurrent(@PathVariable String code, RedirectAttributes redirect) {
		editionAdmin.makeCurrent(code);
		Flash.success(redirect, "admin.edition.madeCurrent", code);
		return "redirect:/admin/editions/" + code;
	}

	// --- timeline -----------------------------------------------------------------------------------------------

	@GetMapping("/{code}/timeline")
	@Transactional(readOnly = true)
	String timelineForm(@PathVariable String code, Model model) {
		Edition edition = editionAdmin.edition(code);
		Map<Phase, EditionPhase> existing = new EnumMap<>(Phase.class);
		edition.getPhases().forEach(p -> existing.put(p.getKind(), p));
		TimelineForm form = new TimelineForm();
		for (Phase phase : Phase.values()) {
			EditionPhase p = existing.get(phase);
			form.getPhases().add(new TimelineForm.PhaseRow(phase, p == null ? null : AdminSupport.toInput(p.getStartsAt()),
					p == null ? null : AdminSupport.toInput(p.getEndsAt())));
		}
		model.addAttribute("form", form);
		model.addAttribute("edition", edition);
		return "admin/timeline";
	}

	@PostMapping("/{code}/timeline")
	String timeline(@PathVariable String code, @ModelAttribute("form") TimelineForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Map<Phase, TimelineRules.Proposed> proposed = new EnumMap<>(Phase.class);
		List<TimelineForm.PhaseRow> rows = normalise(form);
		for (int i = 0; i < rows.size(); i++) {
			TimelineForm.PhaseRow row = rows.get(i);
			Instant start = parse(result, i, "start", row.getStart());
			Instant end = parse(result, i, "end", row.getEnd());
			proposed.put(row.getPhase(), new TimelineRules.Proposed(start, end));
		}
		if (!result.hasErrors()) {
			List<TimelineRules.Violation> violations = editionAdmin.saveTimeline(code, proposed);
			for (TimelineRules.Violation v : violations) {
				Object[] args = v.other() == null ? new Object[0] : new Object[] { new DefaultMessageSourceResolvable(v.other().messageKey()) };
				result.rejectValue("phases[" + v.phase().ordinal() + "]." + v.field(), v.messageKey(), args,
						v.messageKey());
			}
			if (violations.isEmpty()) {
				Flash.success(redirect, "admin.timeline.saved");
				return "redirect:/admin/editions/" + code;
			}
		}
		model.addAttribute("edition", editionAdmin.edition(code));
		return "admin/timeline";
	}

	/** One row per phase in enum order, whatever the browser sent, so error paths match the rows shown. */
	private static List<TimelineForm.PhaseRow> normalise(TimelineForm form) {
		Map<Phase, TimelineForm.PhaseRow> sent = new EnumMap<>(Phase.class);
		for (TimelineForm.PhaseRow row : form.getPhases()) {
			if (row != null && row.getPhase() != null) {
				sent.put(row.getPhase(), row);
			}
		}
		List<TimelineForm.PhaseRow> rows = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			rows.add(sent.getOrDefault(phase, new TimelineForm.PhaseRow(phase, null, null)));
		}
		form.setPhases(rows);
		return rows;
	}

	private static Instant parse(BindingResult result, int index, String field, String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return AdminSupport.fromInput(text);
		}
		catch (DateTimeParseException e) {
			result.rejectValue("phases[" + index + "]." + field, "admin.timeline.badDate", "admin.timeline.badDate");
			return null;
		}
	}

	// --- cloning ------------------------------------------------------------------------------------------------

	@GetMapping("/{code}/clone")
	@Transactional(readOnly = true)
	String cloneForm(@PathVariable String code, Model model) {
		Edition source = editionAdmin.edition(code);
		CloneForm form = new CloneForm();
		int year = source.getYear() + 1;
		form.setYear(year);
		// a helpful guess: the same names with the next year, which the committee then checks
		String from = String.valueOf(source.getYear());
		String to = String.valueOf(year);
		form.setCode(source.getCode().contains(from) ? source.getCode().replace(from, to) : null);
		form.setNameVi(replaceYear(source.getNameVi(), from, to));
		form.setNameEn(replaceYear(source.getNameEn(), from, to));
		form.setShortName(replaceYear(source.getShortName(), from, to));
		model.addAttribute("form", form);
		model.addAttribute("source", source);
		return "admin/clone";
	}

	private static String replaceYear(String text, String from, String to) {
		return text == null ? null : text.replace(from, to);
	}

	@PostMapping("/{code}/clone")
	String cloneEdition(@PathVariable String code, @Valid @ModelAttribute("form") CloneForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		if (AdminSupport.saved(result, () -> editionAdmin.cloneEdition(code, form.toNewEdition(), form.getOffsetDays()))) {
			Flash.success(redirect, "admin.clone.done", form.getCode(), code);
			return "redirect:/admin/editions/" + form.getCode();
		}
		model.addAttribute("source", editionAdmin.edition(code));
		return "admin/clone";
	}

	// --- preview ------------------------------------------------------------------------------------------------

	@GetMapping("/{code}/awards/{awardCode}/preview")
	@Transactional(readOnly = true)
	String preview(@PathVariable String code, @PathVariable String awardCode, Model model) {
		Edition edition = editionAdmin.edition(code);
		Award award = structureAdmin.award(edition, awardCode);
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("commonQuestions", questions.findCommon(edition.getId()).stream().map(AwardQuestion::toQuestion).toList());
		model.addAttribute("awardQuestions", questions.findForAward(award.getId()).stream().map(AwardQuestion::toQuestion).toList());
		return "admin/preview";
	}

}
