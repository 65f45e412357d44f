package vn.i4impact.portal.nomination;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.internal.DeadlineReminders;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.support.HtmlValidator;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** Issue 13, item 7: reminders N days and one day before a unit's own deadline, through the outbox, never twice. */
@PortalTest
class DeadlineReminderTest {

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	DeadlineReminders reminders;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	List<String> subjects(CurrentUser user) {
		return jdbc.sql("select subject from mail_outbox where recipient = ? and subject not like '%nhận hồ sơ%' order by id")
			.param(user.email().toLowerCase()).query(String.class).list();
	}

	@Test
	void aDraftIsRemindedSevenDaysAndOneDayBeforeOnceEachButNotASubmittedOrExtendedOne() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser drafting = data.user(Role.APPLICANT);
		dossiers.self(drafting, edition, "1.3");
		CurrentUser submitted = data.user(Role.APPLICANT);
		dossiers.submit(submitted, dossiers.self(submitted, edition, "1.3"));
		CurrentUser extended = data.user(Role.APPLICANT);
		Nomination later = dossiers.self(extended, edition, "1.3");
		jdbc.sql("update nomination set deadline_override = now() + interval '40 days' where id = ?")
			.param(later.getId()).update();

		// eight days before: nothing yet
		clock.advance(Duration.ofDays(22));
		reminders.remind();
		assertThat(subjects(drafting)).isEmpty();

		// within the edition's seven days: one reminder, however often the job runs
		clock.advance(Duration.ofDays(1).plusHours(1));
		reminders.remind();
		reminders.remind();
		assertThat(subjects(drafting)).singleElement().asString().startsWith("Nhắc hạn nộp hồ sơ");
		String body = data.lastMail(drafting.email()).body();
		assertThat(body).contains("Nguyễn Văn Thử").contains("1.3").contains("giờ Việt Nam");
		assertThat(data.lastMail(drafting.email()).linkPath()).isEqualTo("/my/nominations/"
				+ jdbc.sql("select id from nomination where created_by = ?").param(drafting.id()).query(Long.class).single());
		assertThat(subjects(submitted)).isEmpty();
		assertThat(subjects(extended)).isEmpty();

		// the last day: one more, once
		clock.advance(Duration.ofDays(6));
		reminders.remind();
		reminders.remind();
		assertThat(subjects(drafting)).hasSize(2).last().asString().startsWith("Còn chưa đến một ngày");
		assertThat(subjects(submitted)).isEmpty();
		assertThat(subjects(extended)).isEmpty();

		// the extended dossier is reminded before its own deadline
		clock.advance(Duration.ofDays(10));
		reminders.remind();
		assertThat(subjects(extended)).singleElement().asString().startsWith("Còn chưa đến một ngày");
		assertThat(subjects(drafting)).hasSize(2);
	}

	@Test
	void anEditionWithZeroDaysSendsOnlyTheLastDayReminder() {
		String edition = data.openEdition(30);
		jdbc.sql("update edition set reminder_days = 0 where code = ?").param(edition).update();
		CurrentUser unit = data.user(Role.APPLICANT);
		dossiers.self(unit, edition, "1.3");
		clock.advance(Duration.ofDays(25));
		reminders.remind();
		assertThat(subjects(unit)).isEmpty();
		clock.advance(Duration.ofDays(4).plusHours(2));
		reminders.remind();
		assertThat(subjects(unit)).singleElement().asString().startsWith("Còn chưa đến một ngày");
	}

	@Test
	void anAdminSetsTheDaysPerEditionWithAClearMessageForBadInput() throws Exception {
		String edition = data.openEdition(30);
		String path = "/admin/editions/" + edition + "/reminders";
		CurrentUser admin = data.user(Role.ADMIN);
		String html = mvc.perform(get(path).with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"7\"")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("reminder settings", html);
		mvc.perform(post(path).with(csrf()).with(as(admin)).param("days", "mười"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Nhập một số nguyên từ 0 đến 60")))
			.andExpect(content().string(containsString("value=\"mười\"")));
		mvc.perform(post(path).with(csrf()).with(as(admin)).param("days", "61").param("lang", "en"))
			.andExpect(content().string(containsString("Enter a whole number from 0 to 60")));
		mvc.perform(post(path).with(csrf()).with(as(admin)).param("days", "3"))
			.andExpect(redirectedUrl("/admin/editions/" + edition));
		assertThat(jdbc.sql("select reminder_days from edition where code = ?").param(edition).query(Integer.class)
			.single()).isEqualTo(3);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'edition.reminders' and target_id = ?")
			.param(edition).query(Integer.class).single()).isEqualTo(1);
		for (Role refused : new Role[] { Role.SECRETARIAT, Role.APPLICANT }) {
			mvc.perform(post(path).with(csrf()).with(as(data.user(refused))).param("days", "9"))
				.andExpect(status().isForbidden());
		}
		assertThat(jdbc.sql("select reminder_days from edition where code = ?").param(edition).query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void twoNodesRunningAtOnceMailOnce() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser unit = data.user(Role.APPLICANT);
		dossiers.self(unit, edition, "1.3");
		clock.advance(Duration.ofDays(24));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> rounds = List.of(nodes.submit(() -> {
				start.await();
				return reminders.remind();
			}), nodes.submit(() -> {
				start.await();
				return reminders.remind();
			}));
			start.countDown();
			for (Future<Integer> round : rounds) {
				round.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(subjects(unit)).hasSize(1);
		assertThat(jdbc.sql("""
				select count(*) from nomination_deadline_reminder r join nomination n on n.id = r.nomination_id
				where n.created_by = ?""").param(unit.id()).query(Integer.class).single()).isEqualTo(1);
	}

}
