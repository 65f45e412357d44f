package vn.i4impact.portal.results.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.results.internal.ResultsQuery.EditionResults;
import vn.i4impact.portal.results.internal.ResultsQuery.Filter;
import vn.i4impact.portal.results.internal.ResultsQuery.Honouree;
import vn.i4impact.portal.results.internal.ResultsQuery.Live;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.AbsoluteLinks;

/**
 * The public winner list and honouree pages. Before the publication instant every one of them answers exactly like a
 * page that does not exist, for everyone but the committee and the secretariat, who see a preview marked as such.
 * The 404 is rendered here (not thrown) so the page cache can keep it until the instant.
 */
@Controller
class ResultsController {

	private final ResultsQuery results;

	private final Clock clock;

	private final AbsoluteLinks links;

	ResultsController(ResultsQuery results, Clock clock, AbsoluteLinks links) {
		this.results = results;
		this.clock = clock;
		this.links = links;
	}

	/** Dynamic pages (signed-in visitors) are never stored; anonymous ones are served by the page cache. */
	@ModelAttribute
	void revalidate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
	}

	@GetMapping("/results")
	String current(@RequestParam Optional<String> province, @RequestParam Optional<String> type, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		return list(results.current(), province, type, model, request, response);
	}

	@GetMapping("/results/{edition}")
	String edition(@PathVariable String edition, @RequestParam Optional<String> province,
			@RequestParam Optional<String> type, Model model, HttpServletRequest request, HttpServletResponse response) {
		return list(results.edition(edition), province, type, model, request, response);
	}

	@GetMapping("/results/{edition}/{reference}")
	String honouree(@PathVariable String edition, @PathVariable String reference, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var view = view(results.edition(edition), request);
		Optional<Honouree> honouree = view.flatMap(v -> results.honouree(v.edition().id(), reference))
			.filter(h -> view.get().shows(h.awardId()));
		if (honouree.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("edition", view.get().edition());
		model.addAttribute("preview", view.get().preview());
		model.addAttribute("h", honouree.get());
		model.addAttribute("pageUrl", links.page("/results/" + edition + "/" + reference));
		model.addAttribute("logoUrl", links.page("/img/logo.svg"));
		return "results/honouree";
	}

	/**
	 * What an open results page polls during a live reveal: the poller alone while nothing changed since the version
	 * it knows (a few hundred bytes, cached like every public page), the revealed awards too when something did.
	 */
	@GetMapping("/results/{edition}/live")
	String live(@PathVariable String edition, @RequestParam(defaultValue = "") String v, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		// an edition without a live reveal has nothing to poll until it is published (then: the final state)
		var view = view(results.edition(edition), request).filter(x -> x.live() != null || x.published());
		if (view.isEmpty()) {
			return notFound(response);
		}
		model.addAttribute("edition", view.get().edition());
		model.addAttribute("liveToken", view.get().token());
		model.addAttribute("polling", view.get().revealing());
		boolean changed = !v.equals(view.get().token());
		if (changed) {
			var honourees = results.honourees(view.get().edition().id(), Filter.NONE).stream()
				.filter(h -> view.get().shows(h.awardId())).toList();
			model.addAttribute("groups", groups(honourees));
		}
		return changed ? "results/live :: update" : "results/live :: poller";
	}

	private String list(Optional<EditionResults> edition, Optional<String> province, Optional<String> type, Model model,
			HttpServletRequest request, HttpServletResponse response) {
		var view = view(edition, request);
		if (view.isEmpty()) {
			return notFound(response);
		}
		EditionResults e = view.get().edition();
		model.addAttribute("edition", e);
		model.addAttribute("preview", view.get().preview());
		if (view.get().revealing()) {
			// the live reveal: only the revealed awards, no counts or filters that would tell what is still to come
			var honourees = results.honourees(e.id(), Filter.NONE).stream().filter(h -> view.get().shows(h.awardId()))
				.toList();
			model.addAttribute("groups", groups(honourees));
			model.addAttribute("liveToken", view.get().token());
			model.addAttribute("polling", true);
			return "results/live";
		}
		var provinces = results.provinces(e.id());
		String provinceCode = province.filter(p -> provinces.stream().anyMatch(pr -> pr[0].equals(p))).orElse(null);
		UnitType unitType = type.flatMap(ResultsController::unitType).orElse(null);
		List<Honouree> honourees = results.honourees(e.id(), new Filter(provinceCode, unitType));
		model.addAttribute("groups", groups(honourees));
		model.addAttribute("total", honourees.size());
		model.addAttribute("counts", results.countsByCategory(e.id()));
		model.addAttribute("provinces", provinces);
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("province", provinceCode);
		model.addAttribute("type", unitType);
		model.addAttribute("filtered", provinceCode != null || unitType != null);
		return "results/list";
	}

	/**
	 * How the visitor may see the edition's results: all of them once published, all of them marked as a preview for
	 * the committee and the secretariat, the revealed awards only for everyone else during a live reveal; empty (404)
	 * otherwise.
	 */
	private Optional<View> view(Optional<EditionResults> edition, HttpServletRequest request) {
		if (edition.isEmpty()) {
			return Optional.empty();
		}
		EditionResults e = edition.get();
		boolean published = e.published(clock.instant());
		Live live = results.live(e.id()).orElse(null);
		boolean staff = request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.SECRETARIAT.name());
		if (published || staff || live != null) {
			return Optional.of(new View(e, published, staff && !published, live));
		}
		return Optional.empty();
	}

	/** @param live the live reveal, null when the edition has none */
	record View(EditionResults edition, boolean published, boolean preview, Live live) {

		/** The public during a reveal: only what was revealed. */
		boolean revealing() {
			return !published && !preview && live != null;
		}

		boolean shows(long awardId) {
			return !revealing() || live.revealed().contains(awardId);
		}

		/** Changes at every step and at the publication. */
		String token() {
			return (live == null ? "0" : Long.toString(live.version())) + (published ? "p" : "");
		}

	}

	static String notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return "error/404";
	}

	private static Optional<UnitType> unitType(String raw) {
		try {
			return Optional.of(UnitType.valueOf(raw));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}

	/** Honourees by category, then award, in the program's order (the query's). */
	static List<CategoryGroup> groups(List<Honouree> honourees) {
		Map<String, CategoryGroup> categories = new LinkedHashMap<>();
		for (Honouree h : honourees) {
			var category = categories.computeIfAbsent(h.categoryCode(),
					c -> new CategoryGroup(c, h.categoryVi(), h.categoryEn(), new ArrayList<>()));
			var awards = category.awards();
			if (awards.isEmpty() || awards.get(awards.size() - 1).id() != h.awardId()) {
				awards.add(new AwardGroup(h.awardId(), h.awardCode(), h.awardVi(), h.awardEn(), new ArrayList<>()));
			}
			awards.get(awards.size() - 1).honourees().add(h);
		}
		return List.copyOf(categories.values());
	}

	record CategoryGroup(String code, String nameVi, String nameEn, List<AwardGroup> awards) {
	}

	record AwardGroup(long id, String code, String nameVi, String nameEn, List<Honouree> honourees) {
	}

}
