package vn.i4impact.portal.account.web;

import java.util.EnumSet;
import java.util.Set;

import vn.i4impact.portal.account.Role;

/** The staff roles an administrator ticks on a user's page, with the version they saw. */
public class StaffRolesForm {

	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
