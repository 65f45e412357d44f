package vn.i4impact.portal.review;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.review.internal.SavedViews;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Saved views of the queue: each secretary's own, shown on the queue, refused to everyone else. */
@PortalTest
class SavedViewTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	SavedViews views;

	@Test
	void aSecretarySavesAViewAndOpensItFromTheQueue() throws Exception {
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		mvc.perform(post("/secretariat/views").param("name", "  Hà Nội, chưa phân công ")
				.param("query", "province=ha-noi&assignee=none").with(csrf()).with(Auth.as(secretary)))
			.andExpect(redirectedUrl("/secretariat/nominations?province=ha-noi&assignee=none"));
		assertThat(views.of(secretary.id())).singleElement()
			.satisfies(v -> assertThat(v.name()).isEqualTo("Hà Nội, chưa phân công"))
			.satisfies(v -> assertThat(v.query()).isEqualTo("province=ha-noi&assignee=none"));
		// the same name again replaces the filter instead of adding a second view
		mvc.perform(post("/secretariat/views").param("name", "Hà Nội, chưa phân công").param("query", "province=ha-noi")
				.with(csrf()).with(Auth.as(secretary)));
		assertThat(views.of(secretary.id())).singleElement().satisfies(v -> assertThat(v.query()).isEqualTo("province=ha-noi"));

		String queue = mvc.perform(get("/secretariat/nominations").with(Auth.as(secretary)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(queue).contains("Hà Nội, chưa phân công").contains("/secretariat/nominations?province=ha-noi");

		// a colleague neither sees it nor removes it by its id
		CurrentUser colleague = data.user(Role.SECRETARIAT);
		long id = views.of(secretary.id()).get(0).id();
		String theirs = mvc.perform(get("/secretariat/nominations").with(Auth.as(colleague)))
			.andReturn().getResponse().getContentAsString();
		assertThat(theirs).doesNotContain("Hà Nội, chưa phân công");
		mvc.perform(post("/secretariat/views/" + id + "/delete").with(csrf()).with(Auth.as(colleague)))
			.andExpect(flash().attributeExists("flashError"));
		assertThat(views.of(secretary.id())).hasSize(1);

		mvc.perform(post("/secretariat/views/" + id + "/delete").with(csrf()).with(Auth.as(secretary)))
			.andExpect(redirectedUrl("/secretariat/nominations")).andExpect(flash().attributeExists("flashSuccess"));
		assertThat(views.of(secretary.id())).isEmpty();
	}

	@Test
	void aViewNeedsANameAndOthersAreRefused() throws Exception {
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		mvc.perform(post("/secretariat/views").param("name", "   ").param("query", "q=abc").with(csrf()).with(Auth.as(secretary)))
			.andExpect(flash().attributeExists("flashError"));
		mvc.perform(post("/secretariat/views").param("name", "x".repeat(81)).with(csrf()).with(Auth.as(secretary)))
			.andExpect(flash().attributeExists("flashError"));
		assertThat(views.of(secretary.id())).isEmpty();

		for (Role role : new Role[] { Role.APPLICANT, Role.JUROR, Role.ADMIN }) {
			CurrentUser someone = data.user(role);
			mvc.perform(post("/secretariat/views").param("name", "Của tôi").with(csrf()).with(Auth.as(someone)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/secretariat/views/1/delete").with(csrf()).with(Auth.as(someone)))
				.andExpect(status().isForbidden());
			assertThat(views.of(someone.id())).isEmpty();
		}
		mvc.perform(post("/secretariat/views").param("name", "Ẩn danh").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

}
