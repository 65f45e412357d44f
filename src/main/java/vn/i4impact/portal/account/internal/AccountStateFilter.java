package vn.i4impact.portal.account.internal;

import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;

/**
 * Checks a signed-in user's account on every request, against the database rather than this node's memory, so a change
 * made on any node applies at once: an account that is no longer active is logged out (sent to the login page with a
 * message), and changed roles, name or e-mail replace the ones in the session without a new login. One primary-key
 * query per authenticated page; static assets are skipped.
 */
class AccountStateFilter extends OncePerRequestFilter {

	static final String SESSION_ENDED = "login.error.sessionEnded";

	private record State(AccountStatus status, String email, String fullName, Set<Role> roles) {
	}

	private record Row(String status, String email, String fullName, String role) {
	}

	private final JdbcClient jdbc;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountStateFilter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getServletPath();
		return path.startsWith("/css/") || path.startsWith("/js/") || path.startsWith("/webjars/")
				|| path.startsWith("/img/") || path.equals("/favicon.svg");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = holder.getContext().getAuthentication();
		if (auth == null || !auth.isAuthenticated() || !(auth.getPrincipal() instanceof CurrentUser user)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<State> state = load(user.id());
		if (state.isEmpty() || state.get().status() != AccountStatus.ACTIVE) {
			endSession(request, response);
			return;
		}
		CurrentUser fresh = new CurrentUser(user.id(), state.get().email(), state.get().fullName(),
				state.get().roles());
		if (!fresh.equals(user)) {
			SecurityContext context = holder.createEmptyContext();
			context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null,
					fresh.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
			holder.setContext(context);
			contexts.saveContext(context, request, response);
		}
		chain.doFilter(request, response);
	}

	private Optional<State> load(long userId) {
		List<Row> rows = jdbc.sql("""
				select u.status, u.email, u.full_name, r.role from app_user u
				left join app_user_role r on r.user_id = u.id where u.id = ?""")
			.param(userId)
			.query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list();
		if (rows.isEmpty()) {
			return Optional.empty();
		}
		Set<Role> roles = EnumSet.noneOf(Role.class);
		rows.stream().filter(r -> r.role() != null).forEach(r -> roles.add(Role.valueOf(r.role())));
		Row first = rows.get(0);
		return Optional.of(new State(AccountStatus.valueOf(first.status()), first.email(), first.fullName(), roles));
	}

	/** Forgets the login everywhere this request can reach it, and says why on the login page. */
	private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
		holder.clearContext();
		HttpSession old = request.getSession(false);
		if (old != null) {
			old.invalidate();
		}
		request.getSession(true).setAttribute(LoginHandlers.ERROR_KEY, SESSION_ENDED);
		response.sendRedirect(request.getContextPath() + "/login");
	}

}
