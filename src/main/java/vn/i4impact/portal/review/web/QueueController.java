package vn.i4impact.portal.review.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.ConsentStatus;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.Queue;
import vn.i4impact.portal.review.internal.QueueFilter;
import vn.i4impact.portal.review.internal.ReviewDesk;
import vn.i4impact.portal.shared.ConflictException;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.Provinces;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /secretariat/nominations}: the queue of submitted dossiers, with its filters in the URL, and the bulk actions
 * on a selection (each confirms how many dossiers it touches before it acts).
 */
@Controller
class QueueController {

	/** More than this in one bulk action is almost certainly a mistake; the secretary narrows the filter instead. */
	static final int BULK_LIMIT = 500;

	private final Queue queue;

	private final ReviewDesk desk;

	private final ProgramCatalog program;

	private final Provinces provinces;

	private final Screening screening;

	private final Clock clock;

	QueueController(Queue queue, ReviewDesk desk, ProgramCatalog program, Provinces provinces, Screening screening,
			Clock clock) {
		this.queue = queue;
		this.desk = desk;
		this.program = program;
		this.provinces = provinces;
		this.screening = screening;
		this.clock = clock;
	}

	@GetMapping("/secretariat/nominations")
	String list(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, Model model) {
		QueueFilter parsed = QueueFilter.parse(request.getParameterMap());
		QueueFilter filter = queue.edition(parsed).map(parsed::withEdition).orElse(parsed);
		var page = queue.page(filter, me.id());
		model.addAttribute("filter", filter);
		model.addAttribute("page", page);
		model.addAttribute("now", clock.instant());
		// the pagination fragment adds page and q itself; every other filter travels in the path
		QueueFilter base = new QueueFilter(filter.edition(), filter.category(), filter.award(), filter.statuses(),
				filter.province(), filter.unitType(), filter.nomineeType(), filter.consents(), filter.assignee(), filter.from(), filter.to(),
				filter.overdue(), "", filter.sort(), filter.descending(), 0);
		model.addAttribute("pagePath", "/secretariat/nominations?" + base.toQuery());
		model.addAttribute("query", filter.withPage(0).toQuery());
		choices(filter, model);
		return "secretariat/queue";
	}

	/** What the filter selects offer: editions, the edition's awards by category, statuses, provinces, people. */
	private void choices(QueueFilter filter, Model model) {
		model.addAttribute("editions", queue.editions());
		List<AwardInfo> awards = filter.edition() == null ? List.of() : program.awards(filter.edition());
		Map<String, List<AwardInfo>> byCategory = new LinkedHashMap<>();
		for (AwardInfo a : awards) {
			byCategory.computeIfAbsent(a.categoryCode(), k -> new ArrayList<>()).add(a);
		}
		model.addAttribute("awardsByCategory", byCategory);
		model.addAttribute("categories", queue.categories(filter.edition() == null ? -1 : filter.edition()));
		EnumSet<NominationStatus> statuses = EnumSet.allOf(NominationStatus.class);
		statuses.remove(NominationStatus.DRAFT);
		model.addAttribute("statuses", statuses);
		model.addAttribute("consents", ConsentStatus.values());
		model.addAttribute("unitTypes", UnitType.values());
		model.addAttribute("provinces", provinces.all());
		model.addAttribute("secretaries", desk.secretaries());
	}

	/**
	 * A bulk action on the ticked rows. Without {@code confirmed} it only shows what would happen (how many dossiers,
	 * which ones); with it, it acts and reports how many changed and which were skipped because they moved on.
	 *
	 * @param selected {@code id:version} pairs, so a dossier changed since the list was shown is not decided blindly
	 */
	@PostMapping("/secretariat/nominations/bulk")
	String bulk(@AuthenticationPrincipal CurrentUser me, @RequestParam(required = false) String action,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "false") boolean confirmed,
			Model model, RedirectAttributes redirect) {
		String back = ExportController.back(query);
		Map<Long, Long> versions = new LinkedHashMap<>();
		for (String s : selected == null ? List.<String>of() : selected) {
			String[] parts = s.split(":");
			try {
				versions.put(Long.parseLong(parts[0]), parts.length > 1 ? Long.parseLong(parts[1]) : -1L);
			}
			catch (NumberFormatException ex) {
				// a hand-made value; ignored
			}
		}
		if (versions.isEmpty()) {
			Flash.error(redirect, "queue.bulk.none");
			return back;
		}
		if (versions.size() > BULK_LIMIT) {
			Flash.error(redirect, "queue.bulk.tooMany", BULK_LIMIT);
			return back;
		}
		if (!"eligible".equals(action) && !"assign".equals(action)) {
			Flash.error(redirect, "queue.bulk.unknown");
			return back;
		}
		if (!confirmed) {
			List<Queue.Row> dossiers = queue.rows(versions.keySet());
			model.addAttribute("action", action);
			model.addAttribute("dossiers", dossiers);
			model.addAttribute("selected", selected);
			model.addAttribute("query", ExportController.back(query).replaceFirst("^redirect:/secretariat/nominations\\??", ""));
			model.addAttribute("eligibleCount", dossiers.stream()
				.filter(r -> r.status().canMoveTo(NominationStatus.ELIGIBLE)).count());
			return "secretariat/bulk-confirm";
		}
		if ("assign".equals(action)) {
			int n = desk.assign(versions.keySet(), me.id());
			Flash.success(redirect, "queue.bulk.assigned", n);
			return back;
		}
		Map<Long, String> references = new HashMap<>();
		queue.rows(versions.keySet()).forEach(r -> references.put(r.id(), r.referenceCode()));
		int done = 0;
		List<String> skipped = new ArrayList<>();
		for (var e : versions.entrySet()) {
			try {
				screening.markEligible(e.getKey(), e.getValue(), me.id());
				done++;
			}
			catch (ConflictException | DomainException
					| NotFoundException ex) {
				skipped.add(references.getOrDefault(e.getKey(), "#" + e.getKey()));
			}
		}
		Flash.success(redirect, "queue.bulk.eligibleDone", done);
		if (!skipped.isEmpty()) {
			// named, so the secretary can open each one; a long list is cut rather than filling the screen
			String names = String.join(", ", skipped.subList(0, Math.min(skipped.size(), 20)))
					+ (skipped.size() > 20 ? ", …" : "");
			Flash.error(redirect, "queue.bulk.skipped", skipped.size(), names);
		}
		return back;
	}

}
