package vn.i4impact.portal.results.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.results.internal.Ceremony;
import vn.i4impact.portal.results.internal.LiveReveal;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.results.internal.ResultsQuery.EditionResults;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/**
 * {@code /admin/ceremony/{edition}} (ADMIN, by the security rules on /admin/**): the live reveal during the broadcast.
 * Each button names the award it acts on; if another committee member acted meanwhile the step is refused rather
 * than revealing an award nobody announced.
 */
@Controller
@RequestMapping("/admin/ceremony/{code}")
class CeremonyController {

	private final ResultsQuery results;

	private final LiveReveal reveal;

	private final JdbcClient jdbc;

	private final Clock clock;

	CeremonyController(ResultsQuery results, LiveReveal reveal, JdbcClient jdbc, Clock clock) {
		this.results = results;
		this.reveal = reveal;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	record AwardLine(long id, String code, String nameVi, String nameEn, Ceremony.Step step) {
	}

	@GetMapping
	String show(@PathVariable String code, Model model) {
		EditionResults edition = edition(code);
		Ceremony ceremony = reveal.ceremony(edition.id());
		Instant now = clock.instant();
		List<AwardLine> lines = ceremony.order().stream().map(id -> line(id, ceremony)).toList();
		model.addAttribute("edition", edition);
		model.addAttribute("ceremony", ceremony);
		model.addAttribute("published", edition.published(now));
		model.addAttribute("awards", lines);
		model.addAttribute("next", ceremony.next().map(id -> line(id, ceremony)).orElse(null));
		model.addAttribute("last", ceremony.last().map(s -> line(s.awardId(), ceremony)).orElse(null));
		model.addAttribute("undoable", ceremony.undoable(now));
		return "results/ceremony";
	}

	@PostMapping("/start")
	@OnRefusal("/admin/ceremony/{code}")
	String start(@AuthenticationPrincipal CurrentUser me, @PathVariable String code, RedirectAttributes redirect) {
		reveal.start(edition(code).id(), me.id());
		Flash.success(redirect, "results.ceremony.started");
		return "redirect:/admin/ceremony/" + code;
	}

	@PostMapping("/reveal")
	@OnRefusal("/admin/ceremony/{code}")
	String revealNext(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestParam(required = false) Long award, RedirectAttributes redirect) {
		EditionResults edition = edition(code);
		long revealed = reveal.revealNext(edition.id(), award, me.id());
		boolean published = results.edition(edition.id()).map(e -> e.published(clock.instant())).orElse(false);
		Flash.success(redirect, published ? "results.ceremony.revealedAll" : "results.ceremony.revealed",
				label(revealed));
		return "redirect:/admin/ceremony/" + code;
	}

	@PostMapping("/undo")
	@OnRefusal("/admin/ceremony/{code}")
	String undo(@AuthenticationPrincipal CurrentUser me, @PathVariable String code,
			@RequestParam(required = false) Long award, RedirectAttributes redirect) {
		long undone = reveal.undo(edition(code).id(), award, me.id());
		Flash.success(redirect, "results.ceremony.undone", label(undone));
		return "redirect:/admin/ceremony/" + code;
	}

	private AwardLine line(long awardId, Ceremony ceremony) {
		Ceremony.Step step = ceremony.steps().stream().filter(s -> s.awardId() == awardId).findFirst().orElse(null);
		return jdbc.sql("select id, code, name_vi, name_en from award where id = ?").param(awardId)
			.query((rs, i) -> new AwardLine(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), step))
			.single();
	}

	private String label(long awardId) {
		boolean en = "en".equals(LocaleContextHolder.getLocale().getLanguage());
		return jdbc.sql("select code || ' — ' || " + (en ? "coalesce(name_en, name_vi)" : "name_vi") + " from award where id = ?")
			.param(awardId).query(String.class).single();
	}

	private EditionResults edition(String code) {
		return results.edition(code).orElseThrow(NotFoundException::new);
	}

}
