package vn.i4impact.portal.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import vn.i4impact.portal.account.CurrentUser;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

/** Acts in a MockMvc request as a real account (the same principal the login produces). */
public final class Auth {

	private Auth() {
	}

	public static RequestPostProcessor as(CurrentUser user) {
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
				user.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList()));
	}

}
