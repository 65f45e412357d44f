package vn.i4impact.portal.nomination.web;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.AnswerRules;
import vn.i4impact.portal.nomination.Decision;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.UnitDecisions;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationAttachment;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /my/nominations}: the unit's dossiers. Every id goes through {@link NominationService#get}, which only finds
 * dossiers of the caller's own unit, so another unit's id is a 404 for every action here.
 */
@Controller
class NominationController {

	private static final String REQUIRED = "answer.required";

	/** Where a refused step goes back to, with the reason as a message. */
	private static final String DOSSIER = "/my/nominations/{id}";

	private static final DateTimeFormatter STAMP = PortalTime.DATE_TIME;

	private final NominationService nominations;

	private final ProgramCatalog program;

	private final Clock clock;

	private final Accounts accounts;

	private final UnitDecisions decisions;

	private final MessageSource messages;

	private final DossierFiles dossierFiles;

	NominationController(NominationService nominations, ProgramCatalog program, Clock clock,
			Accounts accounts,
			UnitDecisions decisions,
			MessageSource messages, DossierFiles dossierFiles) {
		this.messages = messages;
		this.dossierFiles = dossierFiles;
		this.accounts = accounts;
		this.decisions = decisions;
		this.nominations = nominations;
		this.program = program;
		this.clock = clock;
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
		prepare(n, model);
		if (!editable(n)) {
			return "my/nomination-detail";
		}
		Map<Long, String> problems = nominations.problems(n);
		model.addAttribute("missing", problems);
		model.addAttribute("qProblems", visible(problems, checkAll));
		model.addAttribute("qAnswers", n.getAnswers());
		model.addAttribute("title", n.getTitle());
		model.addAttribute("version", n.getVersion());
		return "my/nomination-form";
	}

	/** A fresh draft would be all red; the "required" marks are shown only once the unit tried to submit. */
	private static Map<Long, String> visible(Map<Long, String> problems, boolean checkAll) {
		return problems.entrySet().stream().filter(e -> checkAll || !REQUIRED.equals(e.getValue()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	private boolean editable(Nomination n) {
		return nominations.actions(n).contains(DossierAction.EDIT);
	}

	/** What both the form and the detail page show. */
	private void prepare(Nomination n, Model model) {
		AwardInfo award = program.award(n.getAwardId()).orElseThrow(NotFoundException::new);
		List<Question> questions = program.questions(n.getAwardId());
		List<NominationAttachment> files = dossierFiles.attachments(n.getId());
		Instant deadline = nominations.deadline(n);
		Instant now = clock.instant();
		model.addAttribute("n", n);
		model.addAttribute("award", award);
		model.addAttribute("questions", questions);
		model.addAttribute("qFiles", files.stream().filter(a -> a.getQuestionId() != null)
			.collect(Collectors.groupingBy(NominationAttachment::getQuestionId)));
		model.addAttribute("deadline", deadline);
		model.addAttribute("extended", n.getDeadlineOverride() != null && n.getDeadlineOverride().equals(deadline));
		model.addAttribute("daysLeft", Dates.wholeDaysUntil(now, deadline));
		model.addAttribute("beforeDeadline", now.isBefore(deadline));
		model.addAttribute("history", nominations.history(n.getId()));
		model.addAttribute("maxFileMb", dossierFiles.maxFileBytes() / (1024 * 1024));
		model.addAttribute("maxTotalMb", dossierFiles.maxTotalBytes() / (1024 * 1024));
		Set<DossierAction> actions = nominations.actions(n);
		model.addAttribute("canReopen", actions.contains(DossierAction.REOPEN));
		model.addAttribute("canWithdraw", actions.contains(DossierAction.WITHDRAW));
		model.addAttribute("qDossierId", n.getId());
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, String> choices = new HashMap<>();
		for (Question q : questions) {
			String v = n.answer(q.id());
			if (q.kind().hasOptions() && v != null) {
				List<String> options = q.options(locale);
				choices.put(q.id(), v.matches("\\d{1,4}") && Integer.parseInt(v) < options.size()
						? options.get(Integer.parseInt(v)) : v);
			}
		}
		model.addAttribute("choices", choices);
		Map<Long, String> actors = new HashMap<>();
		Set<Long> members = nominations.memberIds(n.getUnitId());
		String secretariat = messages.getMessage("myNominations.history.secretariat", null, locale);
		for (var h : nominations.history(n.getId())) {
			if (h.getActorId() != null) {
				// the unit sees its own people by name; the secretariat speaks as one body
				actors.computeIfAbsent(h.getActorId(), uid -> members.contains(uid)
						? accounts.find(uid).map(CurrentUser::fullName).orElse("—") : secretariat);
			}
		}
		model.addAttribute("actors", actors);
		var decisions = this.decisions.forUnit(n.getId());
		model.addAttribute("decisions", decisions);
		model.addAttribute("openRequest", n.getStatus() == NominationStatus.CHANGES_REQUESTED
				? decisions.stream().filter(d -> d.decision() == Decision.CHANGES_REQUESTED)
					.reduce((a, b) -> b).orElse(null)
				: null);
		model.addAttribute("lastDecision", decisions.isEmpty() ? null : decisions.get(decisions.size() - 1));
	}

	/** The answers as typed: every {@code q<id>} parameter. */
	private static Map<Long, String> typed(Map<String, String> params) {
		Map<Long, String> answers = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.length() > 1 && k.charAt(0) == 'q' && k.substring(1).chars().allMatch(Character::isDigit)
					&& k.length() < 19) {
				answers.put(Long.parseLong(k.substring(1)), v);
			}
		});
		return answers;
	}

	@PostMapping("/my/nominations/{id}")
	@OnRefusal(DOSSIER)
	String save(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String reply,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		Map<Long, String> answers = typed(params);
		try {
			nominations.saveDraft(me.id(), id, version, title, answers, reply);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return conflict(me, id, title, answers, reply, model, response);
		}
		catch (AnswerRules.TooLongException ex) {
			return tooLong(me, id, version, title, answers, reply, ex, model, response);
		}
		Flash.success(redirect, "myNominations.saved");
		return "redirect:/my/nominations/" + id;
	}

	/**
	 * Someone saved since this form was opened: show the form again with what this user typed, list what is stored
	 * now, and carry the current version so that saving again is a deliberate overwrite.
	 */
	private String conflict(CurrentUser me, long id, String title, Map<Long, String> answers, String reply,
			Model model, HttpServletResponse response) {
		Nomination n = nominations.get(me.id(), id);
		// like the site's 409 page, but the form itself: the user keeps working from what they typed
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		prepare(n, model);
		if (!editable(n)) {
			return "my/nomination-detail";
		}
		Map<Long, String> problems = nominations.problems(n);
		model.addAttribute("missing", problems);
		model.addAttribute("qProblems", visible(problems, false));
		model.addAttribute("qAnswers", answers);
		model.addAttribute("title", title);
		model.addAttribute("reply", reply);
		model.addAttribute("version", n.getVersion());
		List<Conflict> conflicts = new ArrayList<>();
		for (Question q : program.questions(n.getAwardId())) {
			String stored = n.answer(q.id());
			String mine = answers.get(q.id());
			if (!q.kind().isFile() && !norm(stored).equals(norm(mine))) {
				conflicts.add(new Conflict(q, stored == null ? "" : stored));
			}
		}
		model.addAttribute("conflicts", conflicts);
		model.addAttribute("storedTitle", n.getTitle());
		return "my/nomination-form";
	}

	/** An answer over the limit: nothing is saved, the form comes back as typed with the field's message (issue 12). */
	private String tooLong(CurrentUser me, long id, long version, String title, Map<Long, String> answers, String reply,
			AnswerRules.TooLongException ex, Model model, HttpServletResponse response) {
		Nomination n = nominations.get(me.id(), id);
		response.setStatus(422);
		prepare(n, model);
		Map<Long, String> problems = new LinkedHashMap<>(visible(nominations.problems(n), false));
		problems.putAll(ex.problems());
		model.addAttribute("missing", nominations.problems(n));
		model.addAttribute("qProblems", problems);
		model.addAttribute("qAnswers", answers);
		model.addAttribute("title", title);
		model.addAttribute("reply", reply);
		model.addAttribute("version", version);
		return "my/nomination-form";
	}

	private static String norm(String s) {
		return s == null ? "" : s.strip();
	}

	/** A question whose stored answer differs from what this user typed. */
	record Conflict(Question question, String stored) {
	}

	/** htmx autosave: a small status text and the new version (out of band), so the next save does not conflict. */
	@PostMapping(path = "/my/nominations/{id}/autosave")
	String autosave(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) String title, @RequestParam(required = false) String reply,
			@RequestParam Map<String, String> params, Model model) {
		try {
			long next = nominations.saveDraft(me.id(), id, version, title, typed(params), reply);
			model.addAttribute("version", next);
			model.addAttribute("savedAt", clock.instant());
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			model.addAttribute("stale", true);
		}
		catch (AnswerRules.TooLongException ex) {
			model.addAttribute("refused", "answer.tooLong");
		}
		catch (DomainException ex) {
			model.addAttribute("refused", ex.messageKey());
		}
		return "my/nomination-form :: autosaved";
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
		Map<Long, String> answers = typed(params);
		// a reply to the secretariat survives a refused submission like every other typed word
		redirect.addFlashAttribute("reply", reply);
		long current;
		try {
			current = nominations.saveDraft(me.id(), id, version, title, answers, reply);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			return conflict(me, id, title, answers, reply, model, response);
		}
		catch (AnswerRules.TooLongException ex) {
			return tooLong(me, id, version, title, answers, reply, ex, model, response);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
			return "redirect:/my/nominations/" + id;
		}
		if (declaration == null || consent == null) {
			Flash.error(redirect, "myNominations.submit.confirmRequired");
			redirect.addFlashAttribute("confirmMissing", true);
			return "redirect:/my/nominations/" + id + "#submit";
		}
		try {
			nominations.submit(me.id(), id, current, reply);
		}
		catch (ConflictException | OptimisticLockingFailureException ex) {
			// a colleague saved between our save and the submission: the same conflict screen, nothing submitted
			return conflict(me, id, title, answers, reply, model, response);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey());
			redirect.addFlashAttribute("checkAll", true);
			return "redirect:/my/nominations/" + id;
		}
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
	@OnRefusal(DOSSIER)
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
	@OnRefusal(DOSSIER)
	String withdraw(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, RedirectAttributes redirect) {
		nominations.withdraw(me.id(), id);
		Flash.info(redirect, "myNominations.withdrawn");
		return "redirect:/my/nominations/" + id;
	}

}
