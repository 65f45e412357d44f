package vn.i4impact.portal.account.web;

import org.springframework.validation.BindingResult;

import vn.i4impact.portal.account.internal.PasswordPolicy;

/** The password checks every form that sets a password shares: policy, then confirmation. */
final class PasswordRules {

	private PasswordRules() {
	}

	static void check(BindingResult result, String field, String password, String confirmField, String confirm,
			String email) {
		if (password == null || password.isEmpty()) {
			return; // @NotBlank already speaks
		}
		PasswordPolicy.check(password, email)
			.ifPresent(key -> result.rejectValue(field, key, new Object[] { PasswordPolicy.MIN_LENGTH }, key));
		if (confirm != null && !confirm.isEmpty() && !password.equals(confirm)) {
			result.rejectValue(confirmField, "password.mismatch", "password.mismatch");
		}
	}

}
