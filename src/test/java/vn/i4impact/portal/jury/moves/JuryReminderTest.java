package vn.i4impact.portal.jury.moves;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.jury.internal.AssignmentService;
import vn.i4impact.portal.jury.internal.JurorDesk;
import vn.i4impact.portal.jury.internal.JuryReminders;
import vn.i4impact.portal.jury.internal.RoundService;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.i4impact.portal.support.Auth.as;

/** Issue 14: automatic reminders to jurors N days and one day before a round closes, never twice, never to the done. */
@PortalTest
class JuryReminderTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	JuryReminders reminders;

	@Autowired
	AssignmentService assignments;

	@Autowired
	RoundService rounds;

	@Autowired
	JurorDesk desk;

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

	/** The reminders a juror got (automatic or by the button), oldest first; the assignment mail is left out. */
	List<String> reminders(CurrentUser juror) {
		return jdbc.sql("""
				select subject from mail_outbox where recipient = ? and (subject like 'Nhắc việc%' or subject like 'Chỉ còn chưa%'
				or subject like 'Reminder%' or subject like 'Less than%') order by id""")
			.param(juror.email().toLowerCase()).query(String.class).list();
	}

	/** A round of two dossiers, one member each, published; the first member submits, the second prefers English. */
	Setup publishedRound() throws Exception {
		Setup s = fixture.openRound(2, 2, 1);
		assignments.publish(s.roundId());
		CurrentUser done = s.jurors().get(0);
		long d = fixture.dossiersOf(s.roundId(), done.id()).get(0);
		desk.declare(done.id(), s.roundId(), d, false, null);
		var a = desk.assignment(done.id(), s.roundId(), d);
		Map<Long, Integer> scores = new HashMap<>();
		desk.criteria(a).forEach(c -> scores.put(c.id(), 7));
		desk.submit(done.id(), s.roundId(), d, -1, scores, Map.of(), "Hồ sơ tốt");
		jdbc.sql("update app_user set preferred_locale = 'en' where id = ?").param(s.jurors().get(1).id()).update();
		return s;
	}

	@Test
	void anUnfinishedJurorIsRemindedThreeDaysAndOneDayBeforeOnceEachAndASubmittedOneNever() throws Exception {
		Setup s = publishedRound();
		CurrentUser done = s.jurors().get(0);
		CurrentUser late = s.jurors().get(1);
		Instant closes = rounds.get(s.roundId()).getClosesAt();

		// four days before: nothing yet
		clock.set(closes.minus(Duration.ofDays(4)));
		reminders.remind();
		assertThat(reminders(late)).isEmpty();

		// within the round's three days: one reminder in the juror's language, however often the job runs
		clock.set(closes.minus(Duration.ofDays(3)).plus(Duration.ofHours(1)));
		reminders.remind();
		reminders.remind();
		assertThat(reminders(late)).singleElement().asString().startsWith("Reminder: the round closes soon");
		assertThat(data.lastMail(late.email()).body()).contains("One of your score sheets is not submitted")
			.contains("/jury");
		assertThat(reminders(done)).isEmpty();

		// the last day: one more, once
		clock.set(closes.minus(Duration.ofHours(20)));
		reminders.remind();
		reminders.remind();
		assertThat(reminders(late)).hasSize(2).last().asString().startsWith("Less than a day left");
		assertThat(reminders(done)).isEmpty();
		assertThat(jdbc.sql("select kind from jury_reminder where round_id = ? order by kind").param(s.roundId())
			.query(String.class).list()).containsExactly("EARLY", "LAST_DAY");

		// after the close: nothing more
		clock.set(closes.plus(Duration.ofHours(1)));
		reminders.remind();
		assertThat(reminders(late)).hasSize(2);
	}

	@Test
	void aClosedRoundAndUnpublishedAssignmentsRemindNoOne() throws Exception {
		Setup closed = fixture.openRound(1, 1, 1);
		assignments.publish(closed.roundId());
		rounds.close(closed.roundId(), rounds.get(closed.roundId()).getVersion(), closed.admin().id());
		Setup unpublished = fixture.openRound(1, 1, 1);
		clock.set(rounds.get(closed.roundId()).getClosesAt().minus(Duration.ofHours(12)));
		reminders.remind();
		assertThat(reminders(closed.jurors().get(0))).isEmpty();
		assertThat(reminders(unpublished.jurors().get(0))).isEmpty();
	}

	@Test
	void aRoundWithZeroDaysRemindsOnlyOnTheLastDay() throws Exception {
		Setup s = fixture.openRound(1, 1, 1);
		assignments.publish(s.roundId());
		reminders.setDays(s.roundId(), rounds.get(s.roundId()).getVersion(), 0, s.admin().id());
		Instant closes = rounds.get(s.roundId()).getClosesAt();
		clock.set(closes.minus(Duration.ofDays(2)));
		reminders.remind();
		assertThat(reminders(s.jurors().get(0))).isEmpty();
		clock.set(closes.minus(Duration.ofHours(3)));
		reminders.remind();
		assertThat(reminders(s.jurors().get(0))).singleElement().asString().startsWith("Chỉ còn chưa đầy một ngày");
	}

	@Test
	void twoNodesRunningAtOnceMailOnce() throws Exception {
		Setup s = fixture.openRound(1, 1, 1);
		assignments.publish(s.roundId());
		clock.set(rounds.get(s.roundId()).getClosesAt().minus(Duration.ofDays(2)));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<Integer>> runs = List.of(nodes.submit(() -> {
				start.await();
				return reminders.remind();
			}), nodes.submit(() -> {
				start.await();
				return reminders.remind();
			}));
			start.countDown();
			for (Future<Integer> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
		assertThat(reminders(s.jurors().get(0))).singleElement().asString().startsWith("Nhắc việc: vòng chấm sắp kết thúc");
	}

	@Test
	void theCommitteeSetsTheDaysWithAFieldMessageAndNoOneElseCan() throws Exception {
		Setup s = fixture.draftRound(1, 1, 1);
		String page = "/admin/editions/" + s.editionId() + "/rounds";
		String path = page + "/" + s.roundId() + "/reminders";
		long version = rounds.get(s.roundId()).getVersion();
		String html = mvc.perform(get(page).with(as(s.admin()))).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reminder-days-" + s.roundId() + "\"")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("round reminders", html);
		assertThat(html).contains("value=\"3\"");

		// a bad value comes back at the field, as typed, in the user's language
		var bad = mvc.perform(post(path).with(csrf()).with(as(s.admin())).param("version", "" + version)
				.param("reminderDays", "ba ngày"))
			.andExpect(flash().attribute("reminderTyped", "ba ngày")).andReturn();
		mvc.perform(get(page).with(as(s.admin())).flashAttrs(bad.getFlashMap()))
			.andExpect(content().string(containsString("value=\"ba ngày\"")))
			.andExpect(content().string(containsString("Nhập một số nguyên từ 0 đến 30.")));
		var tooMany = mvc.perform(post(path).with(csrf()).with(as(s.admin())).param("version", "" + version)
				.param("reminderDays", "31")).andReturn();
		mvc.perform(get(page).with(as(s.admin())).param("lang", "en").flashAttrs(tooMany.getFlashMap()))
			.andExpect(content().string(containsString("Enter a whole number from 0 to 30.")))
			.andExpect(content().string(containsString("value=\"31\"")));
		assertThat(rounds.get(s.roundId()).getReminderDays()).isEqualTo(3);

		// others are refused, and a round of another edition is not found
		for (CurrentUser refused : List.of(data.user(Role.SECRETARIAT), s.jurors().get(0), data.user(Role.APPLICANT))) {
			mvc.perform(post(path).with(csrf()).with(as(refused)).param("version", "" + version).param("reminderDays", "9"))
				.andExpect(status().isForbidden());
		}
		Setup other = fixture.draftRound(1, 1, 1);
		mvc.perform(post("/admin/editions/" + other.editionId() + "/rounds/" + s.roundId() + "/reminders").with(csrf())
				.with(as(s.admin())).param("version", "" + version).param("reminderDays", "9"))
			.andExpect(status().isNotFound());

		mvc.perform(post(path).with(csrf()).with(as(s.admin())).param("version", "" + version).param("reminderDays", " 5 "))
			.andExpect(flash().attributeExists("flashSuccess"));
		assertThat(rounds.get(s.roundId()).getReminderDays()).isEqualTo(5);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.round.reminders' and target_id = ?")
			.param("" + s.roundId()).query(Integer.class).single()).isEqualTo(1);
		// a stale form is refused, not applied
		mvc.perform(post(path).with(csrf()).with(as(s.admin())).param("version", "" + version).param("reminderDays", "7"))
			.andExpect(flash().attributeExists("flashError"));
		assertThat(rounds.get(s.roundId()).getReminderDays()).isEqualTo(5);
	}

}
