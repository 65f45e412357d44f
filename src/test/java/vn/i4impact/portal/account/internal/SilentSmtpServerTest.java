package vn.i4impact.portal.account.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.ProductionLikeTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An SMTP server that accepts connections and never answers: the dispatcher gives up after the configured timeout,
 * holds no database lock meanwhile, other scheduled jobs keep running, the health a load balancer reads stays UP and
 * the ADMIN sees the failure on the outbox page.
 */
class SilentSmtpServerTest extends ProductionLikeTest {

	@Autowired
	OutboxDispatcher dispatcher;

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	Mailer mailer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Test
	void theDispatcherTimesOutOutsideAnyTransactionWhileOtherJobsKeepRunning() throws Exception {
		assertThat(scheduler).isInstanceOf(ThreadPoolTaskScheduler.class);
		assertThat(((ThreadPoolTaskScheduler) scheduler).getScheduledThreadPoolExecutor().getCorePoolSize())
			.isGreaterThanOrEqualTo(4);
		String to = TestData.uniqueEmail("silent");
		tx.executeWithoutResult(s -> mailer.queue(to, Locale.forLanguageTag("vi"), "mail.invitation", "Bà Vũ Thị Đức",
				"http://localhost/invitation?token=abc", "01/12/2026"));

		AtomicInteger ticks = new AtomicInteger();
		ScheduledFuture<?> otherJob = scheduler.scheduleWithFixedDelay(ticks::incrementAndGet, Duration.ofMillis(100));
		CompletableFuture<Integer> round = new CompletableFuture<>();
		Instant started = Instant.now();
		scheduler.schedule(() -> round.complete(dispatcher.dispatchDue()), started);

		// while the send waits on the silent server, the row is claimed but not locked: no transaction is open
		Thread.sleep(700);
		assertThat(round).isNotDone();
		List<Long> free = tx.execute(s -> jdbc.sql("select id from mail_outbox where recipient = ? for update nowait")
			.param(to).query(Long.class).list());
		assertThat(free).hasSize(1);
		int ticksWhileStuck = ticks.get();

		assertThat(round.get(20, TimeUnit.SECONDS)).isEqualTo(1);
		Duration took = Duration.between(started, Instant.now());
		otherJob.cancel(false);
		assertThat(took).isLessThan(Duration.ofSeconds(10));
		assertThat(ticksWhileStuck).as("another job ran while the mail was stuck").isGreaterThanOrEqualTo(3);
		String row = jdbc.sql("select status || '|' || attempts || '|' || last_error from mail_outbox where recipient = ?")
			.param(to).query(String.class).single();
		assertThat(row).startsWith("PENDING|1|").containsIgnoringCase("timed out");

		// the ADMIN sees the problem on the outbox page
		String page = mvc.perform(get("/admin/outbox").with(Auth.as(data.user(Role.ADMIN))))
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("Tình trạng gửi thư").contains("Lỗi gần nhất").containsIgnoringCase("timed out");
		assertThat(page.replaceAll("\\s+", " ")).containsPattern("outbox-retrying\">[1-9]");
	}

	@Test
	void theLoadBalancersHealthIgnoresMail() throws Exception {
		for (String url : List.of("/actuator/health", "/actuator/health/readiness", "/actuator/health/liveness")) {
			var response = mvc.perform(get(url)).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(response.getContentAsString()).as(url).contains("UP");
		}
	}

	@Test
	void productionTimeoutsAreSet() throws IOException {
		var props = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
		for (String key : List.of("connectiontimeout", "timeout", "writetimeout")) {
			assertThat(Integer.parseInt(props.getProperty("spring.mail.properties.mail.smtp." + key))).as(key)
				.isBetween(1000, 60_000);
		}
		assertThat(props.getProperty("management.health.mail.enabled")).isEqualTo("false");
	}

}
