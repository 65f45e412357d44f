package vn.i4impact.portal.account;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.account.internal.PasswordPolicy;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

	@Test
	void lengthFirst() {
		assertThat(PasswordPolicy.check("short1!", null)).contains("password.tooShort");
		assertThat(PasswordPolicy.check("x".repeat(129), null)).contains("password.tooLong");
		assertThat(PasswordPolicy.check("hoa sen trong dam lay", null)).isEmpty();
	}

	@Test
	void commonPasswordsAreRefusedWhateverTheirCase() {
		assertThat(PasswordPolicy.check("1234567890", null)).contains("password.tooCommon");
		assertThat(PasswordPolicy.check("MatKhau123", null)).contains("password.tooCommon");
		assertThat(PasswordPolicy.check("Password@123", null)).contains("password.tooCommon");
		assertThat(PasswordPolicy.check("aaaaaaaaaaaa", null)).contains("password.tooCommon");
	}

	@Test
	void thePasswordMayNotBeTheEmail() {
		assertThat(PasswordPolicy.check("hong.nguyen@sokhcn.vn", "Hong.Nguyen@sokhcn.vn")).contains("password.likeEmail");
		assertThat(PasswordPolicy.check("hong.nguyen1", "hong.nguyen@sokhcn.vn")).contains("password.likeEmail");
		assertThat(PasswordPolicy.check("cau chuyen cua hong", "hong.nguyen@sokhcn.vn")).isEmpty();
	}

}
