package vn.i4impact.portal.results.web;

import java.time.Clock;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.results.internal.ResultsAdministration;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.results.internal.ResultsQuery.EditionResults;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /admin/editions/{code}/results} (ADMIN): the publication instant (Vietnam time; movable until it passed),
 * "publish now" with confirmation, taking over the jury's honourees, citations, and the honourees and figures of
 * editions judged outside the portal.
 */
@Controller
@RequestMapping("/admin/editions/{code}/results")
class ResultsAdminController {

	private final ResultsQuery results;

	private final ResultsAdministration administration;

	private final Provinces provinces;

	private final JdbcClient jdbc;

	private final Clock clock;

	ResultsAdminController(ResultsQuery results, ResultsAdministration administration, Provinces provinces,
			JdbcClient jdbc, Clock clock) {
		this.results = results;
		this.administration = administration;
		this.provinces = provinces;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping
	String show(@PathVariable String code, Model model) {
		EditionResults edition = edition(code);
		return page(edition, ScheduleForm.of(edition.publication().publishAt()), new ArchiveForm(), model);
	}

	@PostMapping("/schedule")
	String schedule(@PathVariable String code, @ModelAttribute("schedule") ScheduleForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		var at = form.toInstant();
		if (at == null) {
			errors.rejectValue("publishAt", "results.schedule.invalid");
		}
		else {
			try {
				administration.schedule(edition.id(), at);
			}
			catch (DomainException e) {
				errors.rejectValue("publishAt", e.messageKey(), e.args(), e.messageKey());
			}
		}
		if (errors.hasErrors()) {
			return page(edition, form, new ArchiveForm(), model);
		}
		Flash.success(redirect, "results.schedule.saved");
		return "redirect:/admin/editions/" + code + "/results";
	}

	@PostMapping("/publish-now")
	@OnRefusal("/admin/editions/{code}/results")
	String publishNow(@PathVariable String code, @RequestParam(defaultValue = "false") boolean confirm,
			RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		if (!confirm) {
			Flash.error(redirect, "results.publishNow.confirmRequired");
		}
		else {
			administration.publishNow(edition.id());
			Flash.success(redirect, "results.publishNow.done");
		}
		return "redirect:/admin/editions/" + code + "/results";
	}

	@PostMapping("/take-over")
	@OnRefusal("/admin/editions/{code}/results")
	String takeOver(@PathVariable String code, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		Flash.success(redirect, "results.takeOver.done", administration.takeOverHonourees(edition.id()));
		return "redirect:/admin/editions/" + code + "/results";
	}

	@PostMapping("/honourees/{id}/citation")
	String citation(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String citationVi,
			@RequestParam(defaultValue = "") String citationEn, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		if (citationVi.length() > 1000 || citationEn.length() > 1000) {
			Flash.error(redirect, "results.citation.size");
		}
		else {
			administration.citation(edition.id(), id, citationVi, citationEn);
			Flash.success(redirect, "results.citation.saved");
		}
		return "redirect:/admin/editions/" + code + "/results#h-" + id;
	}

	@PostMapping("/archive")
	String addArchived(@PathVariable String code, @Valid @ModelAttribute("archive") ArchiveForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		if (form.getProvinceCode() != null && !form.getProvinceCode().isBlank()
				&& provinces.find(form.getProvinceCode()).isEmpty()) {
			errors.rejectValue("provinceCode", "results.archive.province.invalid");
		}
		if (form.getAwardId() != null && awards(edition.id()).stream().noneMatch(a -> a.id() == form.getAwardId())) {
			errors.rejectValue("awardId", "results.archive.award.required");
		}
		if (errors.hasErrors()) {
			return page(edition, ScheduleForm.of(edition.publication().publishAt()), form, model);
		}
		String province = form.getProvinceCode() == null || form.getProvinceCode().isBlank() ? null : form.getProvinceCode();
		administration.addArchived(edition.id(), form.getAwardId(), form.getName().strip(), province, form.getUnitType(),
				form.getCitationVi(), form.getCitationEn());
		Flash.success(redirect, "results.archive.added", form.getName().strip());
		return "redirect:/admin/editions/" + code + "/results";
	}

	@PostMapping("/archive/{id}/delete")
	String removeArchived(@PathVariable String code, @PathVariable long id, RedirectAttributes redirect) {
		administration.removeArchived(edition(code).id(), id);
		Flash.success(redirect, "results.archive.removed");
		return "redirect:/admin/editions/" + code + "/results";
	}

	@PostMapping("/counts")
	String counts(@PathVariable String code, @RequestParam(required = false) String dossierCount,
			@RequestParam(required = false) String honouredCount, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		Integer dossiers = count(dossierCount);
		Integer honoured = count(honouredCount);
		if (dossiers != null && dossiers < 0 || honoured != null && honoured < 0) {
			Flash.error(redirect, "results.counts.invalid");
		}
		else {
			administration.counts(edition.id(), dossiers, honoured);
			Flash.success(redirect, "results.counts.saved");
		}
		return "redirect:/admin/editions/" + code + "/results";
	}

	private String page(EditionResults edition, ScheduleForm schedule, ArchiveForm archive, Model model) {
		model.addAttribute("edition", edition);
		model.addAttribute("published", edition.published(clock.instant()));
		model.addAttribute("schedule", schedule);
		model.addAttribute("archive", archive);
		model.addAttribute("honourees", results.honourees(edition.id(), ResultsQuery.Filter.NONE));
		model.addAttribute("awards", awards(edition.id()));
		model.addAttribute("provinces", provinces.all());
		model.addAttribute("unitTypes", UnitType.values());
		return "results/admin";
	}

	record AwardOption(long id, String code, String nameVi) {
	}

	private List<AwardOption> awards(long editionId) {
		return jdbc.sql("select id, code, name_vi from award where edition_id = ? order by sort_order, code")
			.param(editionId).query((rs, i) -> new AwardOption(rs.getLong(1), rs.getString(2), rs.getString(3))).list();
	}

	private EditionResults edition(String code) {
		return results.edition(code).orElseThrow(NotFoundException::new);
	}

	/** A count as typed: empty means unknown; anything that is not a whole number is -1 (refused). */
	private static Integer count(String raw) {
		if (raw == null || raw.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(raw.strip());
		}
		catch (NumberFormatException e) {
			return -1;
		}
	}

}
