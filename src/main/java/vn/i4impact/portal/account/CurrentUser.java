package vn.i4impact.portal.account;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Set;

/** The signed-in person, as every module sees them (the security principal). */
public record CurrentUser(long id, String email, String fullName, Set<Role> roles) implements Serializable {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The home of the account's most powerful role (ADMIN before SECRETARIAT before JUROR before APPLICANT). */
	public String homePath() {
		return roles.stream().max(Comparator.naturalOrder()).map(Role::homePath).orElse("/");
	}

	@Override
	public String toString() {
		return email;
	}

}
