package vn.i4impact.portal.account.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.shared.web.Dates;

/**
 * After login: the user's own language, then the page they wanted or their role's home. After a failure: back to the
 * form with the address they typed and a message that never says whether the address exists.
 */
@Component
class LoginHandlers extends SavedRequestAwareAuthenticationSuccessHandler implements AuthenticationFailureHandler {

	static final String ERROR_KEY = "LOGIN_ERROR";

	static final String ERROR_ARG = "LOGIN_ERROR_ARG";

	static final String EMAIL = "LOGIN_EMAIL";

	private final LocaleResolver localeResolver;

	private final UserAccountRepository users;

	private final Dates dates;

	private final Clock clock;

	LoginHandlers(LocaleResolver localeResolver, UserAccountRepository users, Dates dates, Clock clock) {
		this.localeResolver = localeResolver;
		this.users = users;
		this.dates = dates;
		this.clock = clock;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws ServletException, IOException {
		CurrentUser user = (CurrentUser) authentication.getPrincipal();
		users.findById(user.id())
			.ifPresent(u -> localeResolver.setLocale(request, response, Locale.forLanguageTag(u.getPreferredLocale())));
		setDefaultTargetUrl(user.homePath());
		setAlwaysUseDefaultTargetUrl(false);
		super.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		HttpSession session = request.getSession();
		String key;
		Object arg = null;
		if (exception instanceof PortalAuthenticationProvider.ThrottledException t) {
			key = t.refusal.locked() ? "login.error.locked" : "login.error.slowDown";
			arg = t.refusal.locked() ? dates.dateTime(t.refusal.until()) : secondsUntil(t.refusal);
		}
		else if (exception instanceof PortalAuthenticationProvider.FailedException f && f.next.isPresent()) {
			key = f.next.get().locked() ? "login.error.locked" : "login.error.badCredentialsSlowDown";
			arg = f.next.get().locked() ? dates.dateTime(f.next.get().until()) : secondsUntil(f.next.get());
		}
		else if (exception instanceof PortalAuthenticationProvider.NotConfirmedException) {
			key = "login.error.notConfirmed";
		}
		else if (exception instanceof PortalAuthenticationProvider.DeactivatedException) {
			key = "login.error.deactivated";
		}
		else {
			key = "login.error.badCredentials";
		}
		session.setAttribute(ERROR_KEY, key);
		session.setAttribute(ERROR_ARG, arg);
		String email = request.getParameter("email");
		session.setAttribute(EMAIL, email == null ? "" : email.strip());
		response.sendRedirect(request.getContextPath() + "/login?error");
	}

	/** Whole seconds left, rounded up, so the page never says "wait 0 seconds". */
	private long secondsUntil(LoginThrottle.Refusal refusal) {
		long millis = Duration.between(clock.instant(), refusal.until()).toMillis();
		return Math.max(1, (millis + 999) / 1000);
	}

}
