package vn.i4impact.portal.program.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.program.Phase;
import vn.i4impact.portal.program.internal.Award;
import vn.i4impact.portal.program.internal.AwardRepository;
import vn.i4impact.portal.program.internal.Category;
import vn.i4impact.portal.program.internal.CategoryRepository;
import vn.i4impact.portal.program.internal.Edition;
import vn.i4impact.portal.program.internal.EditionRepository;
import vn.i4impact.portal.shared.web.Dates;
import vn.i4impact.portal.shared.web.NotFoundException;

/** The public face of the program: home page, editions, award pages. */
@Controller
@Transactional(readOnly = true)
class ProgramController {

	private final EditionRepository editions;

	private final CategoryRepository categories;

	private final AwardRepository awards;

	private final Clock clock;

	private final Dates dates;

	ProgramController(EditionRepository editions, CategoryRepository categories, AwardRepository awards, Clock clock,
			Dates dates) {
		this.dates = dates;
		this.editions = editions;
		this.categories = categories;
		this.awards = awards;
		this.clock = clock;
	}

	/**
	 * Public program pages may be kept by the browser but must be revalidated; with the ETag filter an unchanged page
	 * costs a 304. Private, because the header shows who is signed in. (Spring Security backs off when this is set.)
	 */
	@ModelAttribute
	void revalidate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
	}

	@GetMapping("/")
	String home(Model model) {
		var current = editions.findByCurrentTrue();
		if (current.isEmpty()) {
			model.addAttribute("editions", editions.findPublic());
			return "program/editions";
		}
		return edition(current.get(), true, model);
	}

	@GetMapping("/editions")
	String list(Model model) {
		model.addAttribute("editions", editions.findPublic());
		return "program/editions";
	}

	@GetMapping("/editions/{code}")
	String show(@PathVariable String code, Model model) {
		return edition(publicEdition(code), false, model);
	}

	@GetMapping("/editions/{code}/awards/{awardCode}")
	String award(@PathVariable String code, @PathVariable String awardCode, Model model) {
		Award award = awards.findPublic(code, awardCode)
			.filter(a -> a.getEdition().getStatus().isPublic())
			.orElseThrow(NotFoundException::new);
		Edition edition = publicEdition(code);
		Instant now = clock.instant();
		model.addAttribute("edition", edition);
		model.addAttribute("award", award);
		model.addAttribute("nomination", edition.timeline().find(Phase.NOMINATION).orElse(null));
		model.addAttribute("nominationOpen", edition.timeline().isNominationOpen(now) && !award.isHidden());
		model.addAttribute("milestone", edition.timeline().nextMilestone(now).orElse(null));
		return "program/award";
	}

	private Edition publicEdition(String code) {
		return editions.findByCode(code).filter(e -> e.getStatus().isPublic()).orElseThrow(NotFoundException::new);
	}

	private String edition(Edition edition, boolean home, Model model) {
		Instant now = clock.instant();
		List<Category> cats = categories.findWithAwards(edition.getId());
		model.addAttribute("edition", edition);
		model.addAttribute("categories", cats);
		model.addAttribute("phases", edition.getPhases());
		var milestone = edition.timeline().nextMilestone(now);
		model.addAttribute("milestone", milestone.orElse(null));
		// restricted Thymeleaf attributes (data-*) may not call beans, so the script's input is prepared here
		model.addAttribute("milestoneIso", milestone.map(m -> dates.iso(m.at())).orElse(null));
		model.addAttribute("nominationOpen", edition.timeline().isNominationOpen(now));
		model.addAttribute("ceremony", edition.timeline().find(Phase.CEREMONY).orElse(null));
		model.addAttribute("home", home);
		model.addAttribute("now", now);
		return "program/edition";
	}

}
