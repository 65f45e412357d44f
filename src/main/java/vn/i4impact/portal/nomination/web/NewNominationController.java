package vn.i4impact.portal.nomination.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PhoneNumber;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;

/** {@code /my/nominations/new}: a unit applies for itself (ứng cử) or nominates another unit or a person (đề cử). */
@Controller
class NewNominationController {

	private final NominationService nominations;

	private final ProgramCatalog program;

	private final Clock clock;

	NewNominationController(NominationService nominations, ProgramCatalog program, Clock clock) {
		this.nominations = nominations;
		this.program = program;
		this.clock = clock;
	}

	@GetMapping("/my/nominations/new")
	String newForm(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) Long award, Model model) {
		NewNominationForm form = new NewNominationForm();
		form.setAward(award);
		model.addAttribute("form", form);
		return newPage(me, form, model);
	}

	private String newPage(CurrentUser me, NewNominationForm form, Model model) {
		List<AwardInfo> open = program.openAwards(clock.instant());
		model.addAttribute("awards", open);
		AwardInfo chosen = form.getAward() == null ? null
				: open.stream().filter(a -> a.id() == form.getAward()).findFirst().orElse(null);
		model.addAttribute("chosen", chosen);
		if (chosen != null) {
			boolean self = nominations.canApplyForSelf(me, chosen);
			model.addAttribute("canSelf", self);
			if (form.getKind() == null) {
				form.setKind(self ? NominationKind.SELF : NominationKind.OTHER);
			}
			model.addAttribute("unitTypes", chosen.nomineeTypes().stream().sorted().toList());
		}
		return "my/nomination-new";
	}

	@PostMapping("/my/nominations/new")
	String create(@AuthenticationPrincipal CurrentUser me, @Valid @ModelAttribute("form") NewNominationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		AwardInfo award = form.getAward() == null ? null
				: program.openAwards(clock.instant()).stream().filter(a -> a.id() == form.getAward()).findFirst()
					.orElse(null);
		if (award == null) {
			result.rejectValue("award", "field.required", "field.required");
			return newPage(me, form, model);
		}
		if (form.getKind() == null) {
			result.rejectValue("kind", "field.required", "field.required");
		}
		Nomination.Nominee nominee = null;
		if (form.getKind() == NominationKind.SELF) {
			if (!nominations.canApplyForSelf(me, award)) {
				result.rejectValue("kind", "nomination.error.nomineeType", "nomination.error.nomineeType");
			}
			else {
				nominee = nominations.selfNominee(me);
			}
		}
		else if (form.getKind() == NominationKind.OTHER) {
			nominee = nominee(form, award, result);
		}
		if (result.hasErrors() || nominee == null) {
			return newPage(me, form, model);
		}
		try {
			Nomination n = nominations.start(me, award.id(), form.getKind(), nominee);
			Flash.success(redirect, "myNominations.started");
			return "redirect:/my/nominations/" + n.getId();
		}
		catch (NominationService.DuplicateException ex) {
			model.addAttribute("duplicateId", ex.existingId());
		}
		catch (DomainException ex) {
			model.addAttribute("refused", ex.messageKey());
		}
		return newPage(me, form, model);
	}

	/** The nominee typed for đề cử: a person for awards for people, otherwise a unit of an accepted type. */
	private Nomination.Nominee nominee(NewNominationForm form, AwardInfo award, BindingResult result) {
		if (blank(form.getNomineeName())) {
			result.rejectValue("nomineeName", "field.required", "field.required");
		}
		if (blank(form.getEmail())) {
			result.rejectValue("email", "field.required", "field.required");
		}
		// people-only awards (4.2) need no choice; mixed ones (5.1, 5.2) choose among units and a person
		UnitType type = award.acceptsUnits() ? form.getNomineeType() : UnitType.INDIVIDUAL;
		if (type == null) {
			result.rejectValue("nomineeType", "field.required", "field.required");
		}
		else if (!award.accepts(type)) {
			result.rejectValue("nomineeType", "nomination.error.nomineeType", "nomination.error.nomineeType");
		}
		else if (type == UnitType.INDIVIDUAL) {
			if (blank(form.getPosition())) {
				result.rejectValue("position", "field.required", "field.required");
			}
			if (blank(form.getOrganisation())) {
				result.rejectValue("organisation", "field.required", "field.required");
			}
			if (!blank(form.getPhone()) && !PhoneNumber.isValid(form.getPhone())) {
				result.rejectValue("phone", "field.phone", "field.phone");
			}
		}
		if (result.hasErrors()) {
			return null;
		}
		boolean person = type == UnitType.INDIVIDUAL;
		return new Nomination.Nominee(type, form.getNomineeName().strip(), person ? form.getPosition() : null,
				person ? form.getOrganisation() : null, form.getEmail(),
				person && !blank(form.getPhone()) ? PhoneNumber.normalize(form.getPhone()) : null);
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

}
