package vn.i4impact.portal.account;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.support.HtmlValidator;
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

/** Issue 13, item 13: a mail given up after every retry is listed for ADMINs, who may try it once more. */
@PortalTest
class OutboxRetryTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Mailer mailer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void anAdminSeesTheGivenUpMailAndTriesItAgainOthersMayNot() throws Exception {
		String to = TestData.uniqueEmail("hopthu-loi");
		new TransactionTemplate(transactions).executeWithoutResult(tx -> mailer.queue(to, Locale.forLanguageTag("vi"),
				"mail.consentGiven", "Anh Ba", "Chị Tư", "1.3", "01/12/2026 10:00", "http://localhost/my/nominations/1"));
		long id = jdbc.sql("select id from mail_outbox where recipient = ?").param(to).query(Long.class).single();
		jdbc.sql("""
				update mail_outbox set status = 'FAILED', attempts = 7, last_error = 'MailSendException: 550 mailbox unavailable',
				last_error_at = now() where id = ?""").param(id).update();
		CurrentUser admin = data.user(Role.ADMIN);

		String html = mvc.perform(get("/admin/outbox").with(as(admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Thư không gửi được")))
			.andExpect(content().string(containsString("Đã thử 7 lần")))
			.andExpect(content().string(containsString("550 mailbox unavailable")))
			.andExpect(content().string(containsString("/admin/outbox/" + id + "/retry")))
			.andReturn().getResponse().getContentAsString();
		HtmlValidator.assertValid("outbox with a given-up mail", html);
		mvc.perform(get("/admin/outbox").with(as(admin)).param("lang", "en"))
			.andExpect(content().string(containsString("Mails given up")))
			.andExpect(content().string(containsString("Try again")));

		for (Role refused : new Role[] { Role.SECRETARIAT, Role.APPLICANT }) {
			mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).with(as(data.user(refused))))
				.andExpect(status().isForbidden());
		}
		assertThat(state(id)).startsWith("FAILED|7|");

		mvc.perform(post("/admin/outbox/" + id + "/retry").with(csrf()).with(as(admin)))
			.andExpect(redirectedUrl("/admin/outbox"));
		// due now, attempts kept: one more failure gives it up again instead of hours of retries
		assertThat(state(id)).isEqualTo("PENDING|7|true");
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'mail.retry' and target_id = ?")
			.param(Long.toString(id)).query(Integer.class).single()).isEqualTo(1);
		mvc.perform(get("/admin/outbox").with(as(admin)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("/admin/outbox/" + id + "/retry"))));
	}

	String state(long id) {
		return jdbc.sql("select status || '|' || attempts || '|' || (next_attempt_at <= now()) from mail_outbox where id = ?")
			.param(id).query(String.class).single();
	}

}
