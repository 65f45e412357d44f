package vn.i4impact.portal.account.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.account.internal.AccountService;
import vn.i4impact.portal.account.internal.AccountStatus;
import vn.i4impact.portal.account.internal.OutboxDelivery;
import vn.i4impact.portal.account.internal.OutboxMessage;
import vn.i4impact.portal.account.internal.OutboxRepository;
import vn.i4impact.portal.account.internal.UserAccount;
import vn.i4impact.portal.account.internal.UserAccountRepository;
import vn.i4impact.portal.shared.web.Flash;

/** The organising committee's account screens: staff invitations and the mail outbox. */
@Controller
class AdminAccountsController {

	static final List<Role> STAFF_ROLES = List.of(Role.SECRETARIAT, Role.JUROR, Role.ADMIN);

	private static final int PAGE_SIZE = 25;

	private final UserAccountRepository users;

	private final OutboxRepository outbox;

	private final AccountService accounts;

	private final OutboxDelivery delivery;

	AdminAccountsController(UserAccountRepository users, OutboxRepository outbox, AccountService accounts,
			OutboxDelivery delivery) {
		this.users = users;
		this.outbox = outbox;
		this.accounts = accounts;
		this.delivery = delivery;
	}

	@GetMapping("/admin")
	String home() {
		return "admin/home";
	}

	/** Search text, role and status all live in the URL, so a filtered list can be bookmarked or shared. */
	@GetMapping("/admin/users")
	@Transactional(readOnly = true)
	String users(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String role,
			@RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("invite", new InviteForm());
		return list(q, parse(Role.class, role), parse(AccountStatus.class, status), page, model);
	}

	private String list(String q, Role role, AccountStatus status, int page, Model model) {
		String query = q.strip();
		if (query.length() > 100) {
			query = query.substring(0, 100);
		}
		Page<UserAccount> result = users.search(UserAccountRepository.likeLiteral(query),
				role == null ? "" : role.name(), status == null ? "" : status.name(),
				PageRequest.of(Math.max(page, 0), PAGE_SIZE));
		model.addAttribute("q", query);
		model.addAttribute("role", role);
		model.addAttribute("status", status);
		model.addAttribute("roles", Role.values());
		model.addAttribute("statuses", AccountStatus.values());
		// the pagination fragment adds page and q; the other filters travel in the path's query string
		model.addAttribute("pagePath", UriComponentsBuilder.fromPath("/admin/users")
			.queryParamIfPresent("role", Optional.ofNullable(role))
			.queryParamIfPresent("status", Optional.ofNullable(status))
			.build()
			.toUriString());
		model.addAttribute("page", result);
		model.addAttribute("staffRoles", STAFF_ROLES);
		return "admin/users";
	}

	/** An unknown value in a bookmarked or hand-edited URL means "any", not an error page. */
	private static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	@PostMapping("/admin/users/invite")
	String invite(@Valid @ModelAttribute("invite") InviteForm form, BindingResult result, Model model, Locale locale,
			RedirectAttributes redirect) {
		if (form.getRoles() != null && form.getRoles().contains(Role.APPLICANT)) {
			result.rejectValue("roles", "admin.users.rolesRequired", "admin.users.rolesRequired");
		}
		if (!result.hasErrors() && !accounts.invite(form.getEmail(), form.getFullName(), form.getRoles(),
				Locale.forLanguageTag("en".equals(form.getLanguage()) ? "en" : "vi"))) {
			result.rejectValue("email", "admin.users.emailTaken", "admin.users.emailTaken");
		}
		if (result.hasErrors()) {
			return list("", null, null, 0, model);
		}
		Flash.success(redirect, "admin.users.invited", form.getEmail().strip());
		return "redirect:/admin/users";
	}

	@GetMapping("/admin/outbox")
	String outbox(@RequestParam(defaultValue = "0") int page, Model model) {
		Page<OutboxMessage> result = outbox.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(Math.max(page, 0), 20));
		model.addAttribute("page", result);
		model.addAttribute("delivery", delivery.summary());
		return "admin/outbox";
	}

}
