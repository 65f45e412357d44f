package vn.i4impact.portal.jury.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasProperty;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/**
 * The juror's own profile and declared affiliations, as real users of every role: what is stored and shown, field
 * messages in both languages, no juror reaching another's, and conflicts detected again after a change.
 */
@PortalTest
class JurorProfileScreensTest {

	/** A valid tax code that no test unit has. */
	static final String OTHER_TAX_CODE = "0102100740";

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aJurorSavesTheirProfileAndSeesItAgain() throws Exception {
		CurrentUser juror = fixture.juror();
		mvc.perform(get("/jury/profile").with(as(juror)).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("phát hiện xung đột lợi ích trước khi")))
			.andExpect(content().string(containsString("value=\"1.1\"")));
		mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "-1")
				.param("title", "PGS.TS.").param("organisation", "Viện Chiến lược Công nghệ")
				.param("taxCode", OTHER_TAX_CODE).param("fields", "1.1").param("fields", "9.9").param("_fields", "on"))
			.andExpect(redirectedUrl("/jury/profile"));
		assertThat(jdbc.sql("select organisation || '|' || tax_code || '|' || fields from jury_juror where user_id = ?")
			.param(juror.id()).query(String.class).single())
			.isEqualTo("Viện Chiến lược Công nghệ|" + OTHER_TAX_CODE + "|1.1");
		assertThat(audits("jury.profile.update", String.valueOf(juror.id()))).isEqualTo(1);
		mvc.perform(get("/jury/profile").with(as(juror))).andExpect(status().isOk())
			.andExpect(model().attribute("profileForm", hasProperty("organisation", is("Viện Chiến lược Công nghệ"))))
			.andExpect(content().string(containsString("id=\"field-1.1\" checked")));
		// a second tab that still shows the first version is told, and keeps what it typed
		mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "-1")
				.param("organisation", "Tên cũ từ thẻ khác").param("lang", "en"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("saved in another tab")))
			.andExpect(model().attribute("profileForm", hasProperty("organisation", is("Tên cũ từ thẻ khác"))));
	}

	@Test
	void aBadTaxCodeGetsAFieldMessageInBothLanguagesAndNothingIsStored() throws Exception {
		CurrentUser juror = fixture.juror();
		mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "-1")
				.param("organisation", "Đại học Bách khoa").param("taxCode", "12345").param("lang", "vi"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Mã số thuế không hợp lệ")))
			.andExpect(model().attribute("profileForm", hasProperty("organisation", is("Đại học Bách khoa"))))
			.andExpect(content().string(containsString("value=\"12345\"")));
		mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "-1")
				.param("taxCode", "0100109107").param("title", "<b>").param("lang", "en"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("This is not a valid tax code")))
			.andExpect(content().string(containsString("are not allowed")));
		assertThat(jdbc.sql("select count(*) from jury_juror where user_id = ?").param(juror.id()).query(Integer.class)
			.single()).isZero();
	}

	@Test
	void aJurorAddsAndRemovesAffiliationsAndNoOtherJurorCanRemoveThem() throws Exception {
		CurrentUser juror = fixture.juror();
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("kind", "ORGANISATION")
				.param("name", "Công ty Cổ phần Đổi Mới").param("taxCode", "0102 100 740"))
			.andExpect(redirectedUrl("/jury/profile#affiliations"));
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("kind", "PERSON")
				.param("name", "Trần Thị Cố Vấn").param("email", "co.van@doanhnghiep.vn"))
			.andExpect(redirectedUrl("/jury/profile#affiliations"));
		long org = jdbc.sql("select id from jury_affiliation where juror_id = ? and kind = 'ORGANISATION' and tax_code = ?")
			.params(juror.id(), OTHER_TAX_CODE).query(Long.class).single();
		assertThat(audits("jury.profile.affiliation.add", String.valueOf(org))).isEqualTo(1);
		mvc.perform(get("/jury/profile").with(as(juror))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Công ty Cổ phần Đổi Mới")))
			.andExpect(content().string(containsString("co.van@doanhnghiep.vn")));

		CurrentUser other = fixture.juror();
		mvc.perform(post("/jury/profile/affiliations/" + org + "/delete").with(as(other)).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(get("/jury/profile").with(as(other))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Công ty Cổ phần Đổi Mới"))));
		assertThat(count("select count(*) from jury_affiliation where id = ?", org)).isEqualTo(1);

		mvc.perform(post("/jury/profile/affiliations/" + org + "/delete").with(as(juror)).with(csrf()))
			.andExpect(redirectedUrl("/jury/profile#affiliations"));
		assertThat(count("select count(*) from jury_affiliation where id = ?", org)).isZero();
		assertThat(audits("jury.profile.affiliation.remove", String.valueOf(org))).isEqualTo(1);
	}

	@Test
	void badAffiliationsGetFieldMessagesInBothLanguages() throws Exception {
		CurrentUser juror = fixture.juror();
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("name", " ").param("lang", "vi"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("id=\"aff-kind-error\"")))
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")));
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("kind", "PERSON")
				.param("name", "Lê Văn Bạn").param("taxCode", OTHER_TAX_CODE).param("email", "khong-phai-thu")
				.param("lang", "en"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("A tax code is only given for an organisation.")))
			.andExpect(content().string(containsString("This is not a valid e-mail address.")))
			.andExpect(model().attribute("affiliationForm", hasProperty("name", is("Lê Văn Bạn"))));
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("kind", "ORGANISATION")
				.param("name", "Viện X").param("taxCode", "0100109107").param("lang", "vi"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("Mã số thuế không hợp lệ")));
		assertThat(count("select count(*) from jury_affiliation where juror_id = ?", juror.id())).isZero();
		// the database keeps the same rule whatever path writes the row
		jdbc.sql("insert into jury_juror (user_id) values (?) on conflict do nothing").param(juror.id()).update();
		assertThatThrownBy(() -> jdbc.sql("""
				insert into jury_affiliation (juror_id, kind, name, tax_code) values (?, 'PERSON', 'Lê Văn Bạn', ?)""")
			.params(juror.id(), OTHER_TAX_CODE).update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void onlyJurorsReachTheirProfile() throws Exception {
		for (Role role : new Role[] { Role.APPLICANT, Role.SECRETARIAT, Role.ADMIN }) {
			CurrentUser user = data.user(role);
			mvc.perform(get("/jury/profile").with(as(user))).andExpect(status().isForbidden());
			mvc.perform(post("/jury/profile/affiliations").with(as(user)).with(csrf()).param("kind", "PERSON")
				.param("name", "X")).andExpect(status().isForbidden());
		}
		mvc.perform(get("/jury/profile")).andExpect(redirectedUrl("/login"));
		mvc.perform(post("/jury/profile").with(csrf()).param("title", "X")).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aNewAffiliationWithTheUnitsTaxCodeWithdrawsAnUnstartedAssignment() throws Exception {
		Setup s = fixture.openRound(1, 3, 2);
		long dossier = s.dossiers().get(0);
		long jurorId = fixture.jurorsOf(s.roundId(), dossier).get(0);
		CurrentUser juror = s.jurors().stream().filter(j -> j.id() == jurorId).findFirst().orElseThrow();
		String page = "/jury/rounds/" + s.roundId() + "/dossiers/" + dossier;
		mvc.perform(get(page).with(as(juror))).andExpect(status().isOk());

		MvcResult r = mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf())
				.param("kind", "ORGANISATION").param("name", "Đơn vị mẹ của ứng viên")
				.param("taxCode", JuryFixture.UNIT_TAX_CODE))
			.andExpect(redirectedUrl("/jury/profile#affiliations")).andReturn();
		assertThat(((Flash.Message) r.getFlashMap().get("flashInfo")).key()).isEqualTo("jury.profile.conflictsFound");
		assertThat(jdbc.sql("""
				select reason_key from jury_conflict where round_id = ? and nomination_id = ? and juror_id = ?
				and source = 'DETECTED'""").params(s.roundId(), dossier, jurorId).query(String.class).list())
			.contains("jury.conflict.affiliationTaxCode");
		assertThat(fixture.jurorsOf(s.roundId(), dossier)).doesNotContain(jurorId);
		assertThat(jdbc.sql("""
				select count(*) from audit_entry where action = 'jury.conflict.withdrawn' and summary = ?
				and (before_json ->> 'juror')::bigint = ? and (before_json ->> 'round')::bigint = ?""")
			.params(reference(dossier), jurorId, s.roundId()).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get(page).with(as(juror))).andExpect(status().isNotFound());
		mvc.perform(get("/jury").with(as(juror))).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(reference(dossier) + "<"))));
	}

	@Test
	void aStartedSheetThatBecomesConflictedIsBlockedShownToTheSecretariatAndCoveredByAnother() throws Exception {
		Setup s = fixture.openRound(1, 3, 2);
		long dossier = s.dossiers().get(0);
		long jurorId = fixture.jurorsOf(s.roundId(), dossier).get(0);
		CurrentUser juror = s.jurors().stream().filter(j -> j.id() == jurorId).findFirst().orElseThrow();
		String page = "/jury/rounds/" + s.roundId() + "/dossiers/" + dossier;
		long criterion = jdbc.sql("select id from jury_criterion where round_id = ? and award_id is null order by sort_order limit 1")
			.param(s.roundId()).query(Long.class).single();
		mvc.perform(post(page + "/declaration").with(as(juror)).with(csrf()).param("conflict", "no"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(page + "/sheet").with(as(juror)).with(csrf()).param("version", "-1")
				.param("score-" + criterion, "7").param("action", "save"))
			.andExpect(status().is3xxRedirection());

		MvcResult first = mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "-1")
				.param("organisation", "Công ty của ứng viên").param("taxCode", JuryFixture.UNIT_TAX_CODE))
			.andExpect(redirectedUrl("/jury/profile")).andReturn();
		assertThat(((Flash.Message) first.getFlashMap().get("flashInfo")).args()).containsExactly(reference(dossier));

		// saving the profile again reports nothing new
		MvcResult again = mvc.perform(post("/jury/profile").with(as(juror)).with(csrf()).param("version", "0")
				.param("organisation", "Công ty của ứng viên").param("taxCode", JuryFixture.UNIT_TAX_CODE))
			.andExpect(redirectedUrl("/jury/profile")).andReturn();
		assertThat(again.getFlashMap().get("flashInfo")).isNull();

		// kept (the sheet and its history stay) but out of the juror's reach, by page and by POST
		assertThat(fixture.jurorsOf(s.roundId(), dossier)).contains(jurorId);
		mvc.perform(get(page).with(as(juror))).andExpect(status().isNotFound());
		mvc.perform(post(page + "/sheet").with(as(juror)).with(csrf()).param("version", "0")
				.param("score-" + criterion, "9").param("action", "save")).andExpect(status().isNotFound());
		assertThat(jdbc.sql("""
				select sc.score from jury_score sc join jury_sheet sh on sh.id = sc.sheet_id
				where sh.round_id = ? and sh.nomination_id = ? and sh.juror_id = ? and sc.criterion_id = ?""")
			.params(s.roundId(), dossier, jurorId, criterion).query(Integer.class).single()).isEqualTo(7);

		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String desk = "/secretariat/jury/rounds/" + s.roundId();
		mvc.perform(get(desk).with(as(secretary)).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Phân công bị chặn do xung đột lợi ích")))
			.andExpect(content().string(containsString("jurors/" + jurorId)));
		mvc.perform(post(desk + "/assign").with(as(secretary)).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(fixture.jurorsOf(s.roundId(), dossier)).hasSize(3).contains(jurorId);
	}

	@Test
	void theSecretariatAndTheCommitteeReadAJurorsProfileFromTheRoundOthersCannot() throws Exception {
		Setup s = fixture.draftRound(1, 1, 1);
		CurrentUser juror = s.jurors().get(0);
		mvc.perform(post("/jury/profile/affiliations").with(as(juror)).with(csrf()).param("kind", "ORGANISATION")
			.param("name", "Hiệp hội Phần mềm").param("taxCode", OTHER_TAX_CODE)).andExpect(status().is3xxRedirection());
		String url = "/secretariat/jury/rounds/" + s.roundId() + "/jurors/" + juror.id();
		for (Role role : new Role[] { Role.SECRETARIAT, Role.ADMIN }) {
			mvc.perform(get(url).with(as(data.user(role))).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Hiệp hội Phần mềm")))
				.andExpect(content().string(containsString("tax code " + OTHER_TAX_CODE)))
				.andExpect(content().string(containsString(juror.email())));
		}
		mvc.perform(get(url).with(as(juror))).andExpect(status().isForbidden());
		mvc.perform(get(url).with(as(data.user(Role.APPLICANT)))).andExpect(status().isForbidden());
		mvc.perform(get(url)).andExpect(redirectedUrl("/login"));
		// an id that is not a juror's is not found
		mvc.perform(get("/secretariat/jury/rounds/" + s.roundId() + "/jurors/" + s.admin().id())
			.with(as(data.user(Role.SECRETARIAT)))).andExpect(status().isNotFound());
	}

	@Test
	void theSecretariatRecordsAnAffiliationOnAJurorsBehalfAuditedUnderItsName() throws Exception {
		Setup s = fixture.openRound(1, 3, 2);
		long dossier = s.dossiers().get(0);
		long jurorId = fixture.jurorsOf(s.roundId(), dossier).get(0);
		CurrentUser other = s.jurors().stream().filter(j -> j.id() != jurorId).findFirst().orElseThrow();
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String base = "/secretariat/jury/rounds/" + s.roundId() + "/jurors/" + jurorId;

		mvc.perform(post(base + "/affiliations").with(as(secretary)).with(csrf()).param("kind", "ORGANISATION")
				.param("name", "Công ty mẹ").param("taxCode", "01001").param("lang", "en"))
			.andExpect(status().is(422))
			.andExpect(content().string(containsString("This is not a valid tax code")));
		for (CurrentUser refused : new CurrentUser[] { other, data.user(Role.APPLICANT) }) {
			mvc.perform(post(base + "/affiliations").with(as(refused)).with(csrf()).param("kind", "ORGANISATION")
				.param("name", "Công ty mẹ").param("taxCode", JuryFixture.UNIT_TAX_CODE)).andExpect(status().isForbidden());
		}
		assertThat(count("select count(*) from jury_affiliation where juror_id = ?", jurorId)).isZero();

		MvcResult r = mvc.perform(post(base + "/affiliations").with(as(secretary)).with(csrf())
				.param("kind", "ORGANISATION").param("name", "Công ty mẹ").param("taxCode", JuryFixture.UNIT_TAX_CODE))
			.andExpect(redirectedUrl(base)).andReturn();
		assertThat(((Flash.Message) r.getFlashMap().get("flashInfo")).key()).isEqualTo("jury.profiles.conflictsFound");
		long id = jdbc.sql("select id from jury_affiliation where juror_id = ?").param(jurorId).query(Long.class).single();
		assertThat(jdbc.sql("select actor_id from audit_entry where action = 'jury.profile.affiliation.add' and target_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(secretary.id());
		assertThat(fixture.jurorsOf(s.roundId(), dossier)).doesNotContain(jurorId);
		mvc.perform(get(base).with(as(secretary)).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("MST " + JuryFixture.UNIT_TAX_CODE)))
			.andExpect(content().string(containsString("Một tổ chức thành viên đã khai báo có mã số thuế của đơn vị: Công ty mẹ ("
					+ JuryFixture.UNIT_TAX_CODE + ")")));

		// the affiliation is this juror's: the path of another juror does not reach it
		mvc.perform(post("/secretariat/jury/rounds/" + s.roundId() + "/jurors/" + other.id() + "/affiliations/" + id
				+ "/delete").with(as(secretary)).with(csrf())).andExpect(status().isNotFound());
		mvc.perform(post(base + "/affiliations/" + id + "/delete").with(as(data.user(Role.ADMIN))).with(csrf()))
			.andExpect(redirectedUrl(base));
		assertThat(count("select count(*) from jury_affiliation where id = ?", id)).isZero();
		// the conflict found stays: only the committee lifts it
		assertThat(jdbc.sql("""
				select count(*) from jury_conflict where round_id = ? and juror_id = ? and overridden_at is null""")
			.params(s.roundId(), jurorId).query(Integer.class).single()).isPositive();
	}

	private int audits(String action, String targetId) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?").params(action, targetId)
			.query(Integer.class).single();
	}

	private int count(String sql, Object param) {
		return jdbc.sql(sql).param(param).query(Integer.class).single();
	}

	private String reference(long nominationId) {
		return jdbc.sql("select reference_code from jury_round_entry where nomination_id = ?").param(nominationId)
			.query(String.class).single();
	}

}
