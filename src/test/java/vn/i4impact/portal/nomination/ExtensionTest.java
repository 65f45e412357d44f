package vn.i4impact.portal.nomination;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.Extensions;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** The secretariat gives one dossier more time; the late submit then works and the unit is told. */
@PortalTest
class ExtensionTest {

	static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE);

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	NominationService service;

	@Autowired
	JdbcClient jdbc;

	@Test
	void onlyTheSecretariatMayOpenOrPostTheExtension() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String path = "/secretariat/nominations/" + n.getId() + "/extension";
		for (Role role : new Role[] { Role.APPLICANT, Role.JUROR, Role.ADMIN }) {
			CurrentUser user = data.user(role);
			mvc.perform(get(path).with(as(user))).andExpect(status().isForbidden());
			mvc.perform(post(path).with(as(user)).with(csrf()).param("until", "01/01/2099 10:00"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(get(path)).andExpect(redirectedUrl("/login"));
		assertThat(service.get(unit.id(), n.getId()).getDeadlineOverride()).isNull();
		mvc.perform(get("/secretariat/nominations/999999999/extension").with(as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isNotFound());
	}

	@Test
	void pastOrMistypedDatesAreRefusedOnTheFieldWithTheTypedValueKept() throws Exception {
		String edition = data.openEdition(3);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		String path = "/secretariat/nominations/" + n.getId() + "/extension";
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		String page = mvc.perform(get(path).with(as(secretary)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Công ty Thử nghiệm")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("extension page", page);

		String past = mvc.perform(post(path).with(as(secretary)).with(csrf()).param("until", "01/01/2020 10:00"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Hạn mới phải ở tương lai.")))
			.andExpect(content().string(containsString("value=\"01/01/2020 10:00\"")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("extension page with an error", past);
		// in the future but before the edition's own deadline (3 days away): no extension at all
		String tomorrow = INPUT.format(Instant.now().plus(1, ChronoUnit.DAYS));
		mvc.perform(post(path).with(as(secretary)).with(csrf()).param("until", tomorrow))
			.andExpect(content().string(containsString("Hạn mới phải sau hạn nộp chung")));
		mvc.perform(post(path).with(as(secretary)).with(csrf()).param("until", "31/02/2099 10:00"))
			.andExpect(content().string(containsString("dd/MM/yyyy HH:mm, ví dụ")));
		mvc.perform(post(path).with(as(secretary)).with(csrf()).param("until", ""))
			.andExpect(status().isOk());
		assertThat(service.get(unit.id(), n.getId()).getDeadlineOverride()).isNull();
	}

	@Test
	void aLateSubmitWorksAfterTheExtensionAndTheUnitIsTold() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "2.1");
		long version = dossiers.complete(unit, n, TestData.pdf(30_000));
		data.closeWindow(edition);
		assertThatThrownBy(() -> service.submit(unit.id(), n.getId(), version))
			.isInstanceOfSatisfying(Nomination.NotAllowedException.class,
					e -> assertThat(e.messageKey()).isEqualTo("nomination.error.deadlinePassed"));

		String until = INPUT.format(Instant.now().plus(5, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES));
		String path = "/secretariat/nominations/" + n.getId() + "/extension";
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		mvc.perform(post(path).with(as(secretary)).with(csrf()).param("until", until))
			.andExpect(redirectedUrl(path));
		mvc.perform(get(path).with(as(secretary)))
			.andExpect(content().string(containsString(until)));

		var mail = data.lastMail(unit.email());
		assertThat(mail.subject()).contains("Gia hạn");
		assertThat(mail.body()).contains(until).contains("/my/nominations/" + n.getId());
		assertThat(service.history(n.getId())).anySatisfy(h -> {
			assertThat(h.isExtension()).isTrue();
			assertThat(DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(PortalTime.ZONE)
				.format(h.getExtendedUntil())).isEqualTo(until);
		});
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'nomination.extend' and target_id = ?")
			.param(String.valueOf(n.getId())).query(Integer.class).single()).isEqualTo(1);

		String code = service.submit(unit.id(), n.getId(), service.get(unit.id(), n.getId()).getVersion());
		assertThat(code).startsWith("I4IA-2027-2.1-");
		// the unit reads the extension in its own language, as one line, not a status moving to itself
		String shown = until; // screens print dd/MM/yyyy HH:mm, as typed
		mvc.perform(get("/my/nominations/" + n.getId()).with(as(unit)))
			.andExpect(content().string(containsString("Ban Thư ký gia hạn nộp hồ sơ đến " + shown)));
		mvc.perform(get("/my/nominations/" + n.getId()).with(as(unit)).param("lang", "en"))
			.andExpect(content().string(containsString("The secretariat extended the deadline to " + shown)))
			.andExpect(content().string(Matchers.not(containsString("gia hạn nộp hồ sơ đến"))));
	}

	@Autowired
	Screening screening;

	@Autowired
	Extensions extensions;

	@Autowired
	UnitDecisions screeningService;

	private Instant latestRequestDue(long id) {
		return jdbc.sql("""
				select due_at from nomination_decision where nomination_id = ? and decision = 'CHANGES_REQUESTED'
				order by at desc, id desc limit 1""").param(id).query(Timestamp.class).single().toInstant();
	}

	@Test
	void extendingARequestForChangesMovesTheDateTheSecretariatAndTheUnitSee() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, edition, "1.3");
		dossiers.submit(unit, n);
		data.closeWindow(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		Instant firstDue = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		screening.requestChanges(n.getId(), service.get(unit.id(), n.getId()).getVersion(), "Bổ sung giấy phép", firstDue,
				secretary.id());
		service.submit(unit.id(), n.getId(), service.get(unit.id(), n.getId()).getVersion(), "Đã bổ sung");
		Instant secondDue = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		screening.requestChanges(n.getId(), service.get(unit.id(), n.getId()).getVersion(), "Bổ sung số liệu", secondDue,
				secretary.id());

		Instant until = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.MINUTES);
		extensions.extend(n.getId(), until, secretary.id());

		assertThat(service.get(unit.id(), n.getId()).getChangesDueAt()).isEqualTo(until);
		assertThat(latestRequestDue(n.getId())).isEqualTo(until);
		// the secretariat's page and the unit's page read the same decision rows
		assertThat(screening.dossier(n.getId()).decisions()).extracting(d -> d.dueAt()).containsExactly(firstDue, until);
		assertThat(screeningService.forUnit(n.getId())).extracting(d -> d.dueAt()).containsExactly(firstDue, until);
		assertThat(screening.dossier(n.getId()).deadline()).isEqualTo(until);
	}

}
