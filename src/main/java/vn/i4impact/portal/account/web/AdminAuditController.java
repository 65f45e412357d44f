package vn.i4impact.portal.account.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import vn.i4impact.portal.account.internal.AuditLog;

/** The audit log, read-only: the application offers no way to change or delete an entry. */
@Controller
class AdminAuditController {

	private static final int PAGE_SIZE = 25;

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	private final AuditLog log;

	AdminAuditController(AuditLog log) {
		this.log = log;
	}

	@GetMapping("/admin/audit")
	String audit(@Valid @ModelAttribute("filter") AuditFilterForm filter, BindingResult result,
			@RequestParam(defaultValue = "0") int page, Model model) {
		LocalDate from = day(filter.getFrom(), "from", result);
		LocalDate to = day(filter.getTo(), "to", result);
		if (from != null && to != null && to.isBefore(from)) {
			result.rejectValue("to", "admin.audit.toBeforeFrom");
			to = null;
		}
		// a filter the user mistyped is left out (and marked), the others still apply
		AuditLog.Filter criteria = new AuditLog.Filter(valid(result, "actor", filter.getActor()),
				valid(result, "action", filter.getAction()), valid(result, "targetType", filter.getTargetType()),
				valid(result, "targetId", filter.getTargetId()), from, to);
		Page<AuditLog.Entry> entries = log.search(criteria, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("page", entries);
		model.addAttribute("actions", log.actions());
		model.addAttribute("targetTypes", log.targetTypes());
		model.addAttribute("pagePath", UriComponentsBuilder.fromPath("/admin/audit")
			.queryParamIfPresent("actor", present(filter.getActor()))
			.queryParamIfPresent("action", present(filter.getAction()))
			.queryParamIfPresent("targetType", present(filter.getTargetType()))
			.queryParamIfPresent("targetId", present(filter.getTargetId()))
			.queryParamIfPresent("from", present(filter.getFrom()))
			.queryParamIfPresent("to", present(filter.getTo()))
			.encode()
			.build()
			.toUriString());
		return "admin/audit";
	}

	private static LocalDate day(String text, String field, BindingResult result) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(text.strip(), DAY);
		}
		catch (DateTimeParseException ex) {
			result.rejectValue(field, "admin.audit.dateInvalid");
			return null;
		}
	}

	private static String valid(BindingResult result, String field, String value) {
		return result.hasFieldErrors(field) || value == null ? "" : value;
	}

	private static Optional<String> present(String value) {
		return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
	}

}
