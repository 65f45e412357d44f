package vn.i4impact.portal.account.web;

import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.i4impact.portal.account.CurrentUser;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth != null && !(auth instanceof AnonymousAuthenticationToken) && auth.getPrincipal() instanceof CurrentUser u) {
			return "redirect:" + u.homePath();
		}
		// set by LoginHandlers on failure; shown once
		model.addAttribute("loginError", take(session, "LOGIN_ERROR"));
		model.addAttribute("loginErrorArg", take(session, "LOGIN_ERROR_ARG"));
		Object email = take(session, "LOGIN_EMAIL");
		model.addAttribute("email", email == null ? "" : email);
		return "account/login";
	}

	private static Object take(HttpSession session, String name) {
		Object value = session.getAttribute(name);
		session.removeAttribute(name);
		return value;
	}

}
