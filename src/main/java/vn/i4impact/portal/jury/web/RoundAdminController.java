package vn.i4impact.portal.jury.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.internal.Criteria;
import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;

/** {@code /admin/editions/{id}/rounds}: the committee sets up the two rounds of an edition, opens and closes them. */
@Controller
class RoundAdminController {

	/** A round as its form shows it: the instants as {@code datetime-local} values in Vietnam time. */
	public record Row(Round round, String opensAt, String closesAt, List<Criterion> criteria) {
	}

	private final RoundService rounds;

	private final Criteria criteria;

	private final ProgramCatalog program;

	RoundAdminController(RoundService rounds, Criteria criteria, ProgramCatalog program) {
		this.rounds = rounds;
		this.criteria = criteria;
		this.program = program;
	}

	@GetMapping("/admin/editions/{editionId}/rounds")
	String rounds(@PathVariable long editionId, Model model) {
		if (program.awards(editionId).isEmpty()) {
			throw new NotFoundException();
		}
		model.addAttribute("editionId", editionId);
		model.addAttribute("award", program.awards(editionId).get(0));
		model.addAttribute("rows", rounds.ofEdition(editionId).stream()
			.map(r -> new Row(r, local(r.getOpensAt()), local(r.getClosesAt()), criteria.ofRound(r.getId())))
			.toList());
		return "admin/jury-rounds";
	}

	/** An edition without rounds (a clone made before rounds existed) gets both, with the 2026 criteria. */
	@PostMapping("/admin/editions/{editionId}/rounds/defaults")
	String defaults(@PathVariable long editionId, RedirectAttributes redirect) {
		if (rounds.ofEdition(editionId).isEmpty()) {
			rounds.createDefaults(editionId);
			Flash.success(redirect, "jury.admin.created");
		}
		return "redirect:/admin/editions/" + editionId + "/rounds";
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/settings")
	String settings(@PathVariable long editionId, @PathVariable long roundId, @RequestParam long version,
			@RequestParam String opensAt, @RequestParam String closesAt,
			@RequestParam(required = false) String instructionsVi, @RequestParam(required = false) String instructionsEn,
			@RequestParam(required = false) String jurorsPerDossier, @RequestParam(required = false) String blind,
			RedirectAttributes redirect) {
		Round round = owned(editionId, roundId);
		Instant opens = parse(opensAt);
		Instant closes = parse(closesAt);
		Integer jurors = count(jurorsPerDossier);
		if (opens == null || closes == null) {
			Flash.error(redirect, "jury.admin.dateFormat");
			return back(editionId, round);
		}
		return act(editionId, round, redirect, "jury.admin.saved", () -> rounds.configure(roundId, version, opens, closes,
				instructionsVi, instructionsEn, jurors, blind != null));
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/open")
	String open(@AuthenticationPrincipal CurrentUser me, @PathVariable long editionId, @PathVariable long roundId,
			@RequestParam long version, RedirectAttributes redirect) {
		Round round = owned(editionId, roundId);
		return act(editionId, round, redirect, "jury.admin.opened", () -> {
			int taken = rounds.open(roundId, version, me.id());
			redirect.addFlashAttribute("taken", taken);
		});
	}

	@PostMapping("/admin/editions/{editionId}/rounds/{roundId}/close")
	String close(@AuthenticationPrincipal CurrentUser me, @PathVariable long editionId, @PathVariable long roundId,
			@RequestParam long version, RedirectAttributes redirect) {
		Round round = owned(editionId, roundId);
		return act(editionId, round, redirect, "jury.admin.closed", () -> rounds.close(roundId, version, me.id()));
	}

	private String act(long editionId, Round round, RedirectAttributes redirect, String done, Runnable step) {
		try {
			step.run();
			Flash.success(redirect, done);
		}
		catch (DomainException ex) {
			Flash.error(redirect, ex.messageKey(), ex.args());
		}
		catch (ConflictException ex) {
			Flash.error(redirect, "jury.admin.stale");
		}
		return back(editionId, round);
	}

	private static String back(long editionId, Round round) {
		return "redirect:/admin/editions/" + editionId + "/rounds#round-" + round.getId();
	}

	private Round owned(long editionId, long roundId) {
		Round round = rounds.get(roundId);
		if (round.getEditionId() != editionId) {
			throw new NotFoundException();
		}
		return round;
	}

	/** Empty: every panel member; not a number: 0, which the round refuses with its message. */
	private static Integer count(String value) {
		try {
			return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	/** A {@code datetime-local} value in Vietnam time; null when it is not one. */
	static Instant parse(String value) {
		try {
			return LocalDateTime.parse(value.strip()).atZone(PortalTime.ZONE).toInstant();
		}
		catch (DateTimeParseException | NullPointerException ex) {
			return null;
		}
	}

	static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MINUTES), PortalTime.ZONE).toString();
	}


}
