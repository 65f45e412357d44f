package vn.i4impact.portal.nomination;

import java.util.LinkedHashMap;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@PortalTest
class UnitProfileTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	long unitOf(CurrentUser user) {
		return jdbc.sql("select unit_id from unit_member where user_id = ?").param(user.id()).query(Long.class).single();
	}

	long version(long unitId) {
		return jdbc.sql("select version from unit where id = ?").param(unitId).query(Long.class).single();
	}

	String column(long unitId, String column) {
		return jdbc.sql("select " + column + " from unit where id = ?").param(unitId).query(String.class).single();
	}

	MockHttpServletRequestBuilder save(CurrentUser user, long version, String... overrides) {
		var fields = new LinkedHashMap<String, String>();
		fields.put("version", String.valueOf(version));
		fields.put("name", "Công ty Cổ phần Cấp nước Hải Phòng");
		fields.put("nameEn", "Hai Phong Water Supply JSC");
		fields.put("unitType", "ENTERPRISE");
		fields.put("provinceCode", "hai-phong");
		fields.put("address", "54 Đinh Tiên Hoàng, Hồng Bàng, Hải Phòng");
		fields.put("taxCode", "0200171274");
		fields.put("website", "haiphongwater.com.vn");
		fields.put("legalRepName", "Nguyễn Văn Thành");
		fields.put("legalRepPosition", "Tổng Giám đốc");
		fields.put("contactName", "Lê Thu Hà");
		fields.put("contactPhone", "0225 3745 678");
		fields.put("contactEmail", "lienhe@haiphongwater.com.vn");
		for (int i = 0; i < overrides.length; i += 2) {
			fields.put(overrides[i], overrides[i + 1]);
		}
		var request = post("/my/organization").with(csrf()).with(Auth.as(user));
		fields.forEach(request::param);
		return request;
	}

	String html(ResultActions result) throws Exception {
		return HtmlUtils.htmlUnescape(result.andReturn().getResponse().getContentAsString());
	}

	@Test
	void theAccountHolderEditsTheProfile() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		long unit = unitOf(owner);
		assertThat(html(mvc.perform(get("/my/organization").with(Auth.as(owner))))).contains("Công ty Thử nghiệm");

		var result = mvc.perform(save(owner, version(unit))).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/organization");
		assertThat(column(unit, "name")).isEqualTo("Công ty Cổ phần Cấp nước Hải Phòng");
		assertThat(column(unit, "website")).isEqualTo("https://haiphongwater.com.vn");
		assertThat(column(unit, "contact_phone")).isEqualTo("02253745678");
		assertThat(column(unit, "legal_rep_position")).isEqualTo("Tổng Giám đốc");
		assertThat(column(unit, "province_code")).isEqualTo("hai-phong");
		assertThat(html(mvc.perform(get("/my/organization").with(Auth.as(owner))))).contains("Hai Phong Water Supply JSC");
	}

	@Test
	void badInputIsExplainedAndTheRestIsKept() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		long unit = unitOf(owner);
		String page = html(mvc.perform(save(owner, version(unit), "taxCode", "0200171275", "contactPhone", "123",
				"contactEmail", "not-mail", "website", "not a site", "name", "")));
		assertThat(page).contains("Mã số thuế không hợp lệ").contains("Số điện thoại không hợp lệ")
			.contains("Địa chỉ thư điện tử không hợp lệ").contains("Địa chỉ trang web không hợp lệ")
			.contains("Vui lòng nhập thông tin này.")
			.contains("value=\"54 Đinh Tiên Hoàng, Hồng Bàng, Hải Phòng\"")
			.contains("value=\"Nguyễn Văn Thành\"");
		assertThat(column(unit, "name")).startsWith("Công ty Thử nghiệm");
	}

	@Test
	void aConcurrentSaveIsShownAndNothingIsOverwrittenSilently() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		long unit = unitOf(owner);
		long opened = version(unit);
		// another tab saves first
		mvc.perform(save(owner, opened, "address", "Số 1 Lạch Tray"));
		String page = html(mvc.perform(save(owner, opened, "address", "Số 2 Trần Phú")));
		assertThat(page).contains("vừa được người khác lưu").contains("Số 1 Lạch Tray").contains("value=\"Số 2 Trần Phú\"")
			.contains("Lưu nội dung của tôi");
		assertThat(column(unit, "address")).isEqualTo("Số 1 Lạch Tray");
		// saving again after reading the message is deliberate
		mvc.perform(save(owner, version(unit), "address", "Số 2 Trần Phú"));
		assertThat(column(unit, "address")).isEqualTo("Số 2 Trần Phú");
	}

	@Test
	void aColleagueSeesTheProfileButCannotChangeIt() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		long unit = unitOf(owner);
		CurrentUser colleague = accounts.createActive(TestData.uniqueEmail("colleague"), "Đồng nghiệp", TestData.PASSWORD,
				Set.of(Role.APPLICANT));
		jdbc.sql("insert into unit_member (unit_id, user_id, role) values (?, ?, 'MEMBER')").params(unit, colleague.id()).update();
		assertThat(html(mvc.perform(get("/my/organization").with(Auth.as(colleague))))).contains("Chỉ người đăng ký tài khoản");
		mvc.perform(save(colleague, version(unit), "name", "Bị đổi tên"));
		assertThat(column(unit, "name")).startsWith("Công ty Thử nghiệm");
	}

	@Test
	void eachUnitOnlyEverSeesAndChangesItsOwnProfile() throws Exception {
		CurrentUser a = data.user(Role.APPLICANT);
		CurrentUser b = data.user(Role.APPLICANT);
		String nameB = column(unitOf(b), "name");
		assertThat(html(mvc.perform(get("/my/organization").with(Auth.as(a))))).doesNotContain(nameB);
		// even a forged id in the form changes only the signed-in unit
		mvc.perform(save(a, version(unitOf(a)), "name", "Đổi tên A", "id", String.valueOf(unitOf(b))));
		assertThat(column(unitOf(a), "name")).isEqualTo("Đổi tên A");
		assertThat(column(unitOf(b), "name")).isEqualTo(nameB);
	}


	@Test
	void theAccountHolderInvitesAColleagueWhoThenWorksOnTheUnitsDossiers() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		long unit = unitOf(owner);
		String email = TestData.uniqueEmail("dong-nghiep");
		var result = mvc.perform(post("/my/organization/colleagues").with(csrf()).with(Auth.as(owner))
			.param("email", email).param("fullName", "Phạm Thị Thu")).andReturn();
		assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/my/organization#people");
		assertThat(jdbc.sql("select m.role from unit_member m join app_user u on u.id = m.user_id where u.email = ? and m.unit_id = ?")
			.params(email, unit).query(String.class).single()).isEqualTo("MEMBER");
		var mail = data.lastMail(email);
		assertThat(mail.subject()).contains("Lời mời cùng làm hồ sơ");
		assertThat(mail.body()).contains("Phạm Thị Thu").contains(column(unit, "name"));

		mvc.perform(post("/invitation").with(csrf()).param("token", mail.token()).param("password", "cung nhau lam ho so 2026")
			.param("passwordConfirm", "cung nhau lam ho so 2026"));
		CurrentUser colleague = accounts.findByEmail(email).orElseThrow();
		String page = html(mvc.perform(get("/my/organization").with(Auth.as(colleague))));
		assertThat(page).contains(column(unit, "name")).contains("Phạm Thị Thu").contains("Đồng nghiệp")
			.doesNotContain("Mời thêm đồng nghiệp");
		assertThat(html(mvc.perform(get("/my/organization").with(Auth.as(owner))))).contains("Phạm Thị Thu").contains(email);

		// removed, the colleague no longer reaches the unit
		mvc.perform(post("/my/organization/colleagues/" + colleague.id() + "/remove").with(csrf()).with(Auth.as(owner)));
		assertThat(mvc.perform(get("/my/organization").with(Auth.as(colleague))).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void onlyTheAccountHolderInvitesAndOnlyNewAddresses() throws Exception {
		CurrentUser owner = data.user(Role.APPLICANT);
		CurrentUser existing = data.user(Role.APPLICANT);
		String page = html(mvc.perform(post("/my/organization/colleagues").with(csrf()).with(Auth.as(owner))
			.param("email", existing.email()).param("fullName", "Ai đó")));
		assertThat(page).contains("Địa chỉ này đã có tài khoản trên cổng");
		assertThat(jdbc.sql("select count(*) from unit_member where user_id = ?").param(existing.id()).query(Integer.class).single()).isEqualTo(1);

		CurrentUser colleague = accounts.createActive(TestData.uniqueEmail("member"), "Thành viên", TestData.PASSWORD, Set.of(Role.APPLICANT));
		jdbc.sql("insert into unit_member (unit_id, user_id, role) values (?, ?, 'MEMBER')").params(unitOf(owner), colleague.id()).update();
		String invited = TestData.uniqueEmail("not-invited");
		mvc.perform(post("/my/organization/colleagues").with(csrf()).with(Auth.as(colleague)).param("email", invited).param("fullName", "X"));
		assertThat(data.mailCount(invited)).isZero();
		// nor can a colleague remove the account holder
		mvc.perform(post("/my/organization/colleagues/" + owner.id() + "/remove").with(csrf()).with(Auth.as(colleague)));
		assertThat(jdbc.sql("select count(*) from unit_member where user_id = ?").param(owner.id()).query(Integer.class).single()).isEqualTo(1);
	}

}
