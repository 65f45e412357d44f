package vn.i4impact.portal.nomination.web;

import java.time.Clock;
import java.time.Instant;
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
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

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
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * The unit's dossier page, assembled once for {@link NominationController} and for {@link DraftRefusals}, which
 * re-renders the form with what was typed when a save loses a race or an answer is too long.
 */
@Component
class DraftPage {

	private static final String REQUIRED = "answer.required";

	private final NominationService nominations;

	private final ProgramCatalog program;

	private final Clock clock;

	private final Accounts accounts;

	private final UnitDecisions decisions;

	private final MessageSource messages;

	private final DossierFiles dossierFiles;

	DraftPage(NominationService nominations, ProgramCatalog program, Clock clock, Accounts accounts,
			UnitDecisions decisions, MessageSource messages, DossierFiles dossierFiles) {
		this.nominations = nominations;
		this.program = program;
		this.clock = clock;
		this.accounts = accounts;
		this.decisions = decisions;
		this.messages = messages;
		this.dossierFiles = dossierFiles;
	}

	/** A fresh draft would be all red; the "required" marks are shown only once the unit tried to submit. */
	static Map<Long, String> visible(Map<Long, String> problems, boolean checkAll) {
		return problems.entrySet().stream().filter(e -> checkAll || !REQUIRED.equals(e.getValue()))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	boolean editable(Nomination n) {
		return nominations.actions(n).contains(DossierAction.EDIT);
	}

	/** What both the form and the detail page show. */
	void prepare(Nomination n, Model model) {
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
	static Map<Long, String> typed(Map<String, String> params) {
		Map<Long, String> answers = new LinkedHashMap<>();
		params.forEach((k, v) -> {
			if (k.length() > 1 && k.charAt(0) == 'q' && k.substring(1).chars().allMatch(Character::isDigit)
					&& k.length() < 19) {
				answers.put(Long.parseLong(k.substring(1)), v);
			}
		});
		return answers;
	}

	/**
	 * Someone saved since this form was opened: show the form again with what this user typed, list what is stored
	 * now, and carry the current version so that saving again is a deliberate overwrite.
	 */
	String conflict(CurrentUser me, long id, String title, Map<Long, String> answers, String reply,
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
	String tooLong(CurrentUser me, long id, long version, String title, Map<Long, String> answers, String reply,
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

}
