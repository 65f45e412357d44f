package vn.i4impact.portal.account.web;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.account.internal.StaffAdministration;
import vn.i4impact.portal.account.internal.StaffAdministration.Outcome;
import vn.i4impact.portal.account.internal.UserAccount;
import vn.i4impact.portal.shared.web.Flash;

/** One account as the organising committee sees it: roles, deactivation, invitation and password mails. */
@Controller
class AdminUserController {

	private final StaffAdministration staff;

	AdminUserController(StaffAdministration staff) {
		this.staff = staff;
	}

	@GetMapping("/admin/users/{id}")
	String show(@PathVariable long id, Model model) {
		UserAccount user = staff.get(id);
		StaffRolesForm form = new StaffRolesForm();
		form.setVersion(user.getVersion());
		Set<Role> staffRoles = EnumSet.copyOf(AdminAccountsController.STAFF_ROLES);
		staffRoles.retainAll(user.getRoles());
		form.setRoles(staffRoles);
		return page(user, form, model);
	}

	private String page(UserAccount user, StaffRolesForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("rolesForm", form);
		model.addAttribute("staffRoles", AdminAccountsController.STAFF_ROLES);
		model.addAttribute("applicant", user.getRoles().contains(Role.APPLICANT));
		return "admin/user";
	}

	@PostMapping("/admin/users/{id}/roles")
	String changeRoles(@PathVariable long id, @ModelAttribute("rolesForm") StaffRolesForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		Set<Role> roles = form.getRoles() == null ? EnumSet.noneOf(Role.class) : form.getRoles();
		if (!AdminAccountsController.STAFF_ROLES.containsAll(roles)) {
			result.rejectValue("roles", "admin.user.roles.invalid");
		}
		Outcome outcome = result.hasErrors() ? null : staff.changeStaffRoles(id, form.getVersion(), roles);
		if (outcome == Outcome.LAST_ADMIN) {
			result.rejectValue("roles", "admin.user.lastAdmin.roles");
		}
		else if (outcome == Outcome.NO_ROLE) {
			result.rejectValue("roles", "admin.user.roles.required");
		}
		if (result.hasErrors()) {
			return page(staff.get(id), form, model);
		}
		UserAccount user = staff.get(id);
		Flash.success(redirect, outcome == Outcome.DONE ? "admin.user.roles.saved" : "admin.user.roles.unchanged",
				user.getFullName());
		if (me != null && me.id() == id && !roles.contains(Role.ADMIN)) {
			// they just gave up the organising committee's pages; land where their remaining roles lead
			return "redirect:" + user.toCurrentUser().homePath();
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/admin/users/{id}/deactivate")
	String deactivate(@PathVariable long id, RedirectAttributes redirect) {
		return after(id, staff.deactivate(id), "admin.user.deactivated", "admin.user.lastAdmin.deactivate",
				redirect);
	}

	@PostMapping("/admin/users/{id}/reactivate")
	String reactivate(@PathVariable long id, RedirectAttributes redirect) {
		return after(id, staff.reactivate(id), "admin.user.reactivated", null, redirect);
	}

	@PostMapping("/admin/users/{id}/resend-invitation")
	String resendInvitation(@PathVariable long id, RedirectAttributes redirect) {
		return after(id, staff.resendInvitation(id), "admin.user.invitationResent", null, redirect);
	}

	@PostMapping("/admin/users/{id}/password-reset")
	String passwordReset(@PathVariable long id, RedirectAttributes redirect) {
		return after(id, staff.sendPasswordReset(id), "admin.user.resetSent", null, redirect);
	}

	/** Buttons carry nothing typed, so a refusal is a flash message on the same page rather than a re-rendered form. */
	private String after(long id, Outcome outcome, String doneKey, String lastAdminKey, RedirectAttributes redirect) {
		UserAccount user = staff.get(id);
		switch (outcome) {
			case DONE, UNCHANGED -> Flash.success(redirect, doneKey, user.getFullName(), user.getEmail());
			case LAST_ADMIN -> Flash.error(redirect, lastAdminKey);
			default -> Flash.error(redirect, "admin.user.notAllowed",
					user.getFullName());
		}
		return "redirect:/admin/users/" + id;
	}

}
