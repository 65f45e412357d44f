package vn.i4impact.portal.jury.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.Criteria;
import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The committee's criteria editor, as every role, with bad input in both languages, award sets and the freeze. */
@PortalTest
class CriteriaEditingTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	Criteria criteria;

	@Autowired
	JdbcClient jdbc;

	private static String base(Setup s) {
		return "/admin/editions/" + s.editionId() + "/rounds/" + s.roundId() + "/criteria";
	}

	/** The form as the page would post it back, with the stored set and its stamp, then {@code changes} (name, value…). */
	private MockHttpServletRequestBuilder form(String url, List<Criterion> set, String... changes) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("stamp", String.join(",", set.stream().map(c -> String.valueOf(c.id())).toList()));
		for (int i = 0; i < set.size(); i++) {
			Criterion c = set.get(i);
			String p = "rows[" + i + "].";
			fields.put(p + "code", c.code());
			fields.put(p + "nameVi", c.nameVi());
			fields.put(p + "nameEn", c.nameEn());
			fields.put(p + "descriptionVi", Objects.toString(c.descriptionVi(), ""));
			fields.put(p + "descriptionEn", Objects.toString(c.descriptionEn(), ""));
			fields.put(p + "levelsVi", Objects.toString(c.levelsVi(), ""));
			fields.put(p + "levelsEn", Objects.toString(c.levelsEn(), ""));
			fields.put(p + "weight", "" + c.weight());
			fields.put(p + "scaleMin", "" + c.scaleMin());
			fields.put(p + "scaleMax", "" + c.scaleMax());
		}
		for (int i = 0; i < changes.length; i += 2) {
			fields.put(changes[i], changes[i + 1]);
		}
		MockHttpServletRequestBuilder req = post(url).with(csrf());
		fields.forEach(req::param);
		return req;
	}

	private int audits(String action, String target) {
		return jdbc.sql("select count(*) from audit_entry where action = ? and target_id = ?").params(action, target)
			.query(Integer.class).single();
	}

	@Test
	void onlyTheCommitteeReachesTheEditorAndOnlyForItsOwnEdition() throws Exception {
		Setup s = fixture.draftRound(0, 1, 1);
		Setup other = fixture.draftRound(0, 1, 1);
		List<Criterion> before = criteria.set(s.roundId(), null);
		String url = base(s);
		String awardUrl = url + "/awards/" + s.awardId();
		for (CurrentUser who : List.of(data.user(Role.SECRETARIAT), s.jurors().get(0), data.user(Role.APPLICANT))) {
			mvc.perform(get(url).with(as(who))).andExpect(status().isForbidden());
			mvc.perform(form(url, before, "rows[0].weight", "99").with(as(who))).andExpect(status().isForbidden());
			mvc.perform(post(awardUrl + "/create").with(as(who)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		mvc.perform(form(url, before).param("rows[0].weight", "99")).andExpect(status().is3xxRedirection());
		mvc.perform(post(awardUrl + "/create").with(csrf())).andExpect(status().is3xxRedirection());

		// the other edition's round, or the other edition's award, under this edition's URL
		String foreignRound = "/admin/editions/" + s.editionId() + "/rounds/" + other.roundId() + "/criteria";
		mvc.perform(get(foreignRound).with(as(s.admin()))).andExpect(status().isNotFound());
		mvc.perform(form(foreignRound, criteria.set(other.roundId(), null)).with(as(s.admin())))
			.andExpect(status().isNotFound());
		String foreignAward = url + "/awards/" + other.awardId();
		mvc.perform(get(foreignAward).with(as(s.admin()))).andExpect(status().isNotFound());
		mvc.perform(post(foreignAward + "/create").with(as(s.admin())).with(csrf())).andExpect(status().isNotFound());

		assertThat(criteria.set(s.roundId(), null)).isEqualTo(before);
		assertThat(criteria.set(s.roundId(), other.awardId())).isEmpty();
		assertThat(criteria.set(s.roundId(), s.awardId())).isEmpty();
		assertThat(criteria.set(other.roundId(), null)).extracting(Criterion::weight).containsExactly(30, 25, 20, 15, 10);
	}

	@Test
	void badInputComesBackAsTypedWithMessagesInBothLanguagesThenASaveIsStoredAndAudited() throws Exception {
		Setup s = fixture.draftRound(0, 1, 1);
		String url = base(s);
		List<Criterion> before = criteria.set(s.roundId(), null);
		mvc.perform(get(url).with(as(s.admin())).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Scale and replicability")))
			.andExpect(content().string(containsString("value=\"SUSTAINABILITY\"")))
			.andExpect(content().string(containsString(">100</output>")));

		// a weight lowered: the total is wrong, in English then in Vietnamese; nothing stored
		mvc.perform(form(url, before, "rows[0].weight", "25").with(as(s.admin())).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The weights add up to 95; they must add up to 100.")))
			.andExpect(content().string(containsString("value=\"25\"")));
		mvc.perform(form(url, before, "rows[0].weight", "25").with(as(s.admin())).param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Tổng trọng số là 95; tổng phải bằng 100.")));
		// a blank name, a duplicate code, a word for a weight, a scale upside down
		mvc.perform(form(url, before, "rows[1].nameEn", " ", "rows[2].code", "IMPACT",
				"rows[3].weight", "mười lăm", "rows[4].scaleMax", "0").with(as(s.admin())).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please fill this in.")))
			.andExpect(content().string(containsString("Another criterion of this set has the same code.")))
			.andExpect(content().string(containsString("Please enter a whole number.")))
			.andExpect(content().string(containsString("value=\"mười lăm\"")))
			.andExpect(content().string(containsString("The highest score is a whole number above the lowest score")))
			.andExpect(content().string(containsString("aria-describedby=\"c3-weight-error\"")));
		mvc.perform(form(url, before, "rows[1].nameEn", " ", "rows[3].weight", "mười lăm",
				"rows[4].scaleMin", "-2").with(as(s.admin())).param("lang", "vi"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Vui lòng nhập thông tin này.")))
			.andExpect(content().string(containsString("Vui lòng nhập một số nguyên.")))
			.andExpect(content().string(containsString("Điểm thấp nhất là số nguyên từ 0 đến 99.")));
		assertThat(criteria.set(s.roundId(), null)).isEqualTo(before);
		assertThat(audits("jury.criteria.save", "" + s.roundId())).isZero();

		// add a row (kept as typed), remove another, without script
		mvc.perform(form(url, before, "rows[0].weight", "29", "add", "1").with(as(s.admin())))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"crit-row-5\"")))
			.andExpect(content().string(containsString("value=\"29\"")))
			.andExpect(content().string(not(containsString("error-summary"))));
		mvc.perform(form(url, before, "remove", "4").with(as(s.admin())))
			.andExpect(status().isOk()).andExpect(content().string(not(containsString("id=\"crit-row-4\""))))
			.andExpect(content().string(not(containsString("value=\"EVIDENCE\""))));

		// a good set: EVIDENCE removed, its weight given to IMPACT, a sixth criterion with a 1–5 scale
		MockHttpServletRequestBuilder good = form(url, before, "rows[0].weight", "35", "rows[4].code", "TEAM",
				"rows[4].nameVi", "Đội ngũ", "rows[4].nameEn", "Team", "rows[4].descriptionVi", "",
				"rows[4].levelsVi", "1: yếu\n5: mạnh", "rows[4].weight", " 5 ", "rows[4].scaleMin", "1",
				"rows[4].scaleMax", "5").with(as(s.admin())).param("lang", "en");
		mvc.perform(good).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(url))
			.andExpect(flash().attribute("flashSuccess", notNullValue()));
		List<Criterion> after = criteria.set(s.roundId(), null);
		assertThat(after).extracting(Criterion::code)
			.containsExactly("IMPACT", "INNOVATION", "SCALE", "SUSTAINABILITY", "TEAM");
		assertThat(after.get(0).weight()).isEqualTo(35);
		assertThat(after.get(4)).extracting(Criterion::nameVi, Criterion::weight, Criterion::scaleMin,
				Criterion::scaleMax, Criterion::levelsVi, Criterion::descriptionVi)
			.containsExactly("Đội ngũ", 5, 1, 5, "1: yếu\n5: mạnh", null);
		assertThat(audits("jury.criteria.save", "" + s.roundId())).isEqualTo(1);
		mvc.perform(get(url).with(as(s.admin())).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"Đội ngũ\"")));

		// a second tab still holding the old set is told, and keeps what it typed
		mvc.perform(form(url, before, "rows[0].nameEn", "Old tab").with(as(s.admin())).param("lang", "en"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"crit-stale\"")))
			.andExpect(content().string(containsString("value=\"Old tab\"")));
		assertThat(criteria.set(s.roundId(), null)).isEqualTo(after);
	}

	@Test
	void anAwardGetsItsOwnSetAsACopyChangesItAndFallsBackWhenItIsDeleted() throws Exception {
		Setup s = fixture.draftRound(0, 1, 1);
		String url = base(s) + "/awards/" + s.awardId();
		String target = s.roundId() + "/" + s.awardId();
		mvc.perform(get(url).with(as(s.admin())).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("it uses the round-wide set")))
			.andExpect(content().string(not(containsString("id=\"crit-form\""))));
		// saving an award's set before it has one is refused
		mvc.perform(form(url, criteria.set(s.roundId(), null)).with(as(s.admin())))
			.andExpect(flash().attribute("flashError", notNullValue()));
		assertThat(criteria.set(s.roundId(), s.awardId())).isEmpty();

		mvc.perform(post(url + "/create").with(as(s.admin())).with(csrf())).andExpect(redirectedUrl(url));
		List<Criterion> own = criteria.set(s.roundId(), s.awardId());
		assertThat(own).extracting(Criterion::code).containsExactly("IMPACT", "INNOVATION", "SCALE", "SUSTAINABILITY",
				"EVIDENCE");
		assertThat(audits("jury.criteria.createAwardSet", target)).isEqualTo(1);

		mvc.perform(form(url, own, "rows[0].weight", "50", "rows[1].weight", "5").with(as(s.admin())))
			.andExpect(redirectedUrl(url));
		assertThat(criteria.forAward(s.roundId(), s.awardId()).get(0).weight()).isEqualTo(50);
		assertThat(criteria.set(s.roundId(), null).get(0).weight()).as("the round-wide set is untouched").isEqualTo(30);
		mvc.perform(get(base(s)).with(as(s.admin())).param("lang", "en"))
			.andExpect(content().string(containsString("Its own set")));

		mvc.perform(post(url + "/delete").with(as(s.admin())).with(csrf())).andExpect(redirectedUrl(url));
		assertThat(criteria.set(s.roundId(), s.awardId())).isEmpty();
		assertThat(criteria.forAward(s.roundId(), s.awardId()).get(0).weight()).isEqualTo(30);
		assertThat(audits("jury.criteria.deleteAwardSet", target)).isEqualTo(1);
	}

	@Test
	void anOpenRoundShowsItsCriteriaReadOnlyAndRefusesEveryChange() throws Exception {
		Setup s = fixture.draftRound(1, 1, 1);
		fixture.open(s);
		String url = base(s);
		List<Criterion> before = criteria.set(s.roundId(), null);
		mvc.perform(get(url).with(as(s.admin())).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("the round is “Open”")))
			.andExpect(content().string(containsString("Scale and replicability")))
			.andExpect(content().string(not(containsString("id=\"crit-form\""))));
		mvc.perform(get(url).with(as(s.admin())).param("lang", "vi")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Không thể thay đổi các tiêu chí này nữa")));
		mvc.perform(form(url, before, "rows[0].weight", "25", "rows[1].weight", "30").with(as(s.admin())))
			.andExpect(redirectedUrl(url)).andExpect(flash().attribute("flashError", notNullValue()));
		mvc.perform(post(url + "/awards/" + s.awardId() + "/create").with(as(s.admin())).with(csrf()))
			.andExpect(redirectedUrl(url + "/awards/" + s.awardId()));
		assertThat(criteria.set(s.roundId(), null)).isEqualTo(before);
		assertThat(criteria.set(s.roundId(), s.awardId())).isEmpty();
	}

}
