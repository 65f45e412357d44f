package vn.i4impact.portal.review.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import vn.i4impact.portal.account.MailLog;
import vn.i4impact.portal.nomination.AnswerText;
import vn.i4impact.portal.nomination.DossierAction;
import vn.i4impact.portal.nomination.DossierView;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.CheckItem;
import vn.i4impact.portal.review.internal.ReviewDesk;
import vn.i4impact.portal.shared.PortalTime;

/**
 * The secretariat's dossier page: what it shows, assembled once for the controller and for the conflict advice
 * ({@link DecisionConflicts}), which re-renders it when a colleague decided first. Forms already in the model (what
 * the secretary typed) are kept.
 */
@Component
class DossierPage {

	private static final int DEFAULT_DUE_DAYS = 7;

	private final Screening screening;

	private final ReviewDesk desk;

	private final ProgramCatalog program;

	private final MailLog mails;

	private final Clock clock;

	private final MessageSource messages;

	DossierPage(Screening screening, ReviewDesk desk, ProgramCatalog program, MailLog mails, Clock clock,
			MessageSource messages) {
		this.screening = screening;
		this.desk = desk;
		this.program = program;
		this.mails = mails;
		this.clock = clock;
		this.messages = messages;
	}

	String render(long id, Model model) {
		DossierView d = screening.dossier(id);
		model.addAttribute("d", d);
		Locale locale = LocaleContextHolder.getLocale();
		Map<Long, String> shown = new HashMap<>();
		d.answers().forEach(a -> shown.put(a.question().id(), AnswerText.format(a.question(), a.value(), locale, messages)));
		model.addAttribute("shown", shown);
		model.addAttribute("assignment", desk.assignment(id).orElse(null));
		model.addAttribute("checks", desk.checks(id));
		model.addAttribute("checkItems", CheckItem.values());
		model.addAttribute("notes", desk.notes(id));
		model.addAttribute("mails", mails.about(Screening.topic(id)));
		model.addAttribute("reasons", IneligibleReason.values());
		model.addAttribute("moveTargets", moveTargets(d));
		model.addAttribute("canDecideEligible", d.allows(DossierAction.MARK_ELIGIBLE));
		model.addAttribute("canRequestChanges", d.allows(DossierAction.REQUEST_CHANGES));
		model.addAttribute("canDeclareIneligible", d.allows(DossierAction.DECLARE_INELIGIBLE));
		model.addAttribute("canMove", d.allows(DossierAction.MOVE));
		model.addAttribute("now", clock.instant());
		model.addAttribute("today", LocalDate.now(clock.withZone(PortalTime.ZONE)));
		model.addAttribute("maxDue", LocalDate.now(clock.withZone(PortalTime.ZONE)).plusDays(DossierController.MAX_DUE_DAYS));
		if (!model.containsAttribute("changes")) {
			DecisionForms.Changes changes = new DecisionForms.Changes();
			changes.setDue(LocalDate.now(clock.withZone(PortalTime.ZONE)).plusDays(DEFAULT_DUE_DAYS));
			model.addAttribute("changes", changes);
		}
		if (!model.containsAttribute("ineligible")) {
			model.addAttribute("ineligible", new DecisionForms.Ineligible());
		}
		if (!model.containsAttribute("move")) {
			model.addAttribute("move", new DecisionForms.Move());
		}
		if (!model.containsAttribute("noteForm")) {
			model.addAttribute("noteForm", new DecisionForms.NoteForm());
		}
		return "secretariat/dossier";
	}

	private List<AwardInfo> moveTargets(DossierView d) {
		return program.awards(d.award().editionId())
			.stream()
			.filter(a -> !a.hidden() && a.id() != d.award().id() && a.accepts(d.nominee().type()))
			.toList();
	}

}
