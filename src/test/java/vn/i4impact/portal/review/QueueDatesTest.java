package vn.i4impact.portal.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

/** Dates typed into the queue's URL by hand: a year nobody means is no filter, never an error page. */
@PortalTest
class QueueDatesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aYearOutside2000To2100OrAnUnreadableDateMeansNoFilter() throws Exception {
		String edition = data.openEdition(30);
		long ed = data.editionId(edition);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String ref = dossiers.submit(unit, n);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String[][] params = { { "from", "0001-01-01" }, { "from", "99999-01-01" }, { "from", "+99999-01-01" },
				{ "to", "+999999999-12-31" }, { "to", "-0044-03-15" }, { "from", "1999-12-31" }, { "to", "2101-01-01" },
				{ "from", "2999-01-01" }, { "from", "2026-13-01" }, { "to", "hôm nay" } };
		for (String[] p : params) {
			String html = mvc.perform(get("/secretariat/nominations").with(as(secretary)).param("edition", "" + ed)
					.param(p[0], p[1]))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(html).as(p[0] + "=" + p[1]).contains(ref).doesNotContain(p[0] + "=" + p[1]);
			String csv = mvc.perform(get("/secretariat/nominations.csv").with(as(secretary)).param("edition", "" + ed)
					.param(p[0], p[1]))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
			assertThat(csv).as("csv " + p[0] + "=" + p[1]).contains(ref);
			mvc.perform(get("/secretariat/nominations.xlsx").with(as(secretary)).param("edition", "" + ed)
					.param(p[0], p[1]))
				.andExpect(status().isOk());
		}
		// the years people mean still filter
		String later = mvc.perform(get("/secretariat/nominations").with(as(secretary)).param("edition", "" + ed)
				.param("from", "2100-12-31"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(later).doesNotContain(ref);
	}

}
