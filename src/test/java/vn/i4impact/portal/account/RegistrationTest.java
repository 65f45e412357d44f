package vn.i4impact.portal.account;

import java.util.LinkedHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class RegistrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	/** A valid registration; each pair of {@code overrides} replaces one field (MockMvc's param() would add a value). */
	static MockHttpServletRequestBuilder register(String email, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("unitName", "Công ty Cổ phần Cấp nước Hải Phòng");
		fields.put("unitType", "ENTERPRISE");
		fields.put("provinceCode", "hai-phong");
		fields.put("taxCode", "0100109106");
		fields.put("fullName", "Trần Thị Lan");
		fields.put("position", "Trưởng phòng Công nghệ");
		fields.put("phone", "0912.345.678");
		fields.put("email", email);
		fields.put("password", "nuoc sach cho moi nha 2026");
		fields.put("passwordConfirm", "nuoc sach cho moi nha 2026");
		fields.put("consent", "true");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post("/register").with(csrf());
		fields.forEach(request::param);
		return request;
	}

	String accountStatus(String email) {
		return jdbc.sql("select status from app_user where email = ?").param(email.toLowerCase()).query(String.class).single();
	}

	@Test
	void aUnitRegistersAndGetsAConfirmationLink() throws Exception {
		String email = TestData.uniqueEmail("Reg");
		mvc.perform(register(email)).andExpect(redirectedUrl("/register/done"));

		assertThat(accountStatus(email)).isEqualTo("PENDING");
		var unit = jdbc.sql("""
				select u.name, u.unit_type, u.province_code, u.tax_code, m.role from unit u
				join unit_member m on m.unit_id = u.id join app_user a on a.id = m.user_id where a.email = ?""")
			.param(email.toLowerCase())
			.query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3) + "|" + rs.getString(4) + "|" + rs.getString(5))
			.single();
		assertThat(unit).isEqualTo("Công ty Cổ phần Cấp nước Hải Phòng|ENTERPRISE|hai-phong|0100109106|OWNER");
		var phone = jdbc.sql("select phone from app_user where email = ?").param(email.toLowerCase()).query(String.class).single();
		assertThat(phone).isEqualTo("0912345678");

		var mail = data.lastMail(email);
		assertThat(mail.subject()).contains("Xác nhận đăng ký");
		assertThat(mail.body()).contains("Trần Thị Lan").contains("/confirm?token=");

		mvc.perform(get(mail.linkPath())).andExpect(status().isOk())
			.andExpect(content().string(containsString("đã được xác nhận")));
		assertThat(accountStatus(email)).isEqualTo("ACTIVE");
		// a second click on the same link is harmless and says so
		mvc.perform(get(mail.linkPath())).andExpect(content().string(containsString("đã được xác nhận trước đó")));
	}

	@Test
	void anExpiredOrForgedLinkIsRefusedWithAWayForward() throws Exception {
		String email = TestData.uniqueEmail("expired");
		mvc.perform(register(email)).andExpect(status().is3xxRedirection());
		var mail = data.lastMail(email);
		jdbc.sql("update account_token set expires_at = now() - interval '1 minute' where user_id = (select id from app_user where email = ?)")
			.param(email.toLowerCase())
			.update();
		mvc.perform(get(mail.linkPath())).andExpect(content().string(containsString("đã hết hạn")))
			.andExpect(content().string(containsString("Gửi lại đường liên kết")));
		assertThat(accountStatus(email)).isEqualTo("PENDING");
		mvc.perform(get("/confirm?token=forged")).andExpect(content().string(containsString("không hợp lệ")));

		mvc.perform(post("/register/resend").with(csrf()).param("email", email)).andExpect(redirectedUrl("/register/done"));
		var fresh = data.lastMail(email);
		assertThat(fresh.token()).isNotEqualTo(mail.token());
		mvc.perform(get(fresh.linkPath())).andExpect(content().string(containsString("đã được xác nhận")));
		assertThat(accountStatus(email)).isEqualTo("ACTIVE");
	}

	@Test
	void invalidInputIsExplainedOnEachFieldAndWhatWasTypedIsKept() throws Exception {
		String email = TestData.uniqueEmail("bad");
		mvc.perform(register(email, "taxCode", "0100109107", "phone", "12345", "password", "matkhau123",
				"passwordConfirm", "matkhau123", "unitName", "Sở <script>alert(1)</script>"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Mã số thuế không hợp lệ")))
			.andExpect(content().string(containsString("Số điện thoại không hợp lệ")))
			.andExpect(content().string(containsString("quá phổ biến")))
			.andExpect(content().string(containsString("Không được chứa ký tự")))
			// what the user typed comes back (escaped), except the passwords
			.andExpect(content().string(containsString("value=\"Trần Thị Lan\"")))
			.andExpect(content().string(containsString("Sở &lt;script&gt;")))
			.andExpect(content().string(not(containsString("matkhau123"))));
		assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(email.toLowerCase()).query(Integer.class).single()).isZero();
	}

	@Test
	void enterprisesMustGiveATaxCodeAndConsentIsRequired() throws Exception {
		mvc.perform(register(TestData.uniqueEmail("tax"), "taxCode", "", "consent", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Doanh nghiệp cần nhập mã số thuế")))
			.andExpect(content().string(containsString("Vui lòng đồng ý")));
	}

	@Test
	void passwordsMustMatch() throws Exception {
		mvc.perform(register(TestData.uniqueEmail("mismatch"), "passwordConfirm", "something else entirely"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hai mật khẩu không khớp nhau")));
	}

	@Test
	void registeringAnExistingAddressRevealsNothingAndTellsTheOwner() throws Exception {
		CurrentUser existing = data.user(Role.APPLICANT);
		int before = data.mailCount(existing.email());
		mvc.perform(register(existing.email().toUpperCase())).andExpect(redirectedUrl("/register/done"));
		assertThat(data.mailCount(existing.email())).isEqualTo(before + 1);
		assertThat(data.lastMail(existing.email()).subject()).contains("Về yêu cầu đăng ký");
		assertThat(jdbc.sql("select count(*) from app_user where email = ?").param(existing.email()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theFormIsInEnglishOnRequest() throws Exception {
		mvc.perform(get("/register").param("lang", "en"))
			.andExpect(content().string(containsString("Register a unit account")))
			.andExpect(content().string(containsString("Research institute or university")))
			.andExpect(content().string(containsString("Ho Chi Minh City")));
	}

}
