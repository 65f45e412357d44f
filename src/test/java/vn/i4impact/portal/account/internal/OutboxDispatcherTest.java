package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** Mail is never lost: an SMTP failure leaves it queued for a later retry; without SMTP it is logged. */
@PortalTest
class OutboxDispatcherTest {

	@Autowired
	OutboxRepository outbox;

	@Autowired
	OutboxAttachmentRepository attachments;

	@Autowired
	Mailer mailer;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	String queue() {
		String to = TestData.uniqueEmail("outbox");
		tx.executeWithoutResult(s -> mailer.queue(to, Locale.forLanguageTag("vi"), "mail.invitation", "Bà Vũ Thị Đức",
				"http://localhost/invitation?token=abc", "01/12/2026"));
		return to;
	}

	String row(String to) {
		return jdbc.sql("select status || '|' || attempts from mail_outbox where recipient = ?").param(to).query(String.class).single();
	}

	/**
	 * Dispatches until the given mail has been tried: the shared test database holds other tests' mails, and one
	 * round takes only the 50 due first.
	 */
	void dispatchUntilTried(OutboxDispatcher dispatcher, String to) {
		for (int round = 0; round < 500 && row(to).equals("PENDING|0"); round++) {
			tx.executeWithoutResult(s -> dispatcher.dispatchDue());
		}
	}

	OutboxDispatcher dispatcher(JavaMailSender sender) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		if (sender != null) {
			beans.addBean("mailSender", sender);
		}
		return new OutboxDispatcher(outbox, attachments, beans.getBeanProvider(JavaMailSender.class), jdbc, transactions,
				clock, "test@i4impact.vn", OutboxMessage.BACKOFF, Duration.ofMinutes(10));
	}

	@Test
	void aFailingSmtpServerLeavesTheMailQueuedWithALaterRetry() {
		String to = queue();
		JavaMailSender down = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage message) {
				throw new MailSendException("connection refused");
			}
		};
		dispatchUntilTried(dispatcher(down), to);
		assertThat(row(to)).isEqualTo("PENDING|1");
		Instant next = jdbc.sql("select next_attempt_at from mail_outbox where recipient = ?").param(to).query(Instant.class).single();
		assertThat(next).isAfter(clock.instant().plusSeconds(30));
		assertThat(jdbc.sql("select last_error from mail_outbox where recipient = ?").param(to).query(String.class).single())
			.contains("connection refused");
	}

	@Test
	void aWorkingServerSendsTheMailOnce() {
		String to = queue();
		var sent = new ArrayList<MimeMessage>();
		JavaMailSender up = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage message) {
				sent.add(message);
			}
		};
		dispatchUntilTried(dispatcher(up), to);
		assertThat(row(to)).isEqualTo("SENT|1");
		assertThat(sent).anySatisfy(m -> {
			try {
				assertThat(m.getSubject()).contains("Thư mời");
				assertThat(m.getAllRecipients()[0].toString()).isEqualTo(to);
			}
			catch (MessagingException ex) {
				throw new AssertionError(ex);
			}
		});
	}

	@Test
	void aMailWithAnAttachmentIsSentAsMultipartWithTheFile() throws Exception {
		String to = TestData.uniqueEmail("attached");
		byte[] pdf = TestData.pdf(2_000);
		tx.executeWithoutResult(s -> mailer.queue(to, Locale.forLanguageTag("vi"),
				new Mailer.Attachment("bien-nhan-I4IA-2027-1.3-0001.pdf", "application/pdf", pdf), "mail.invitation",
				"Bà Vũ Thị Đức", "http://localhost/invitation?token=abc", "01/12/2026"));
		var sent = new ArrayList<MimeMessage>();
		JavaMailSender up = new JavaMailSenderImpl() {
			@Override
			public void send(MimeMessage message) {
				sent.add(message);
			}
		};
		// other tests may have left many mails queued; drain until this one has gone
		for (int i = 0; i < 50 && row(to).startsWith("PENDING"); i++) {
			tx.executeWithoutResult(s -> dispatcher(up).dispatchDue());
		}
		assertThat(row(to)).isEqualTo("SENT|1");
		MimeMessage mine = sent.stream().filter(m -> {
			try {
				return m.getAllRecipients()[0].toString().equals(to);
			}
			catch (MessagingException ex) {
				throw new AssertionError(ex);
			}
		}).findFirst().orElseThrow();
		// a real transport computes the part headers before sending; the fake must ask for it
		mine.saveChanges();
		var multipart = (MimeMultipart) mine.getContent();
		boolean found = false;
		for (int i = 0; i < multipart.getCount(); i++) {
			var part = multipart.getBodyPart(i);
			if ("bien-nhan-I4IA-2027-1.3-0001.pdf".equals(part.getFileName())) {
				found = true;
				assertThat(part.getContentType()).startsWith("application/pdf");
				assertThat(part.getInputStream().readAllBytes()).isEqualTo(pdf);
			}
		}
		assertThat(found).as("attachment part").isTrue();
	}

	@Test
	void withoutSmtpTheMailIsLoggedForTheOutboxPage() {
		String to = queue();
		dispatchUntilTried(dispatcher(null), to);
		assertThat(row(to)).isEqualTo("LOGGED|0");
	}

	@Test
	void theRetryScheduleIsConfigurable() {
		OutboxMessage mail = new OutboxMessage("x@y.vn", "s", "b", Instant.EPOCH);
		List<Duration> schedule = List.of(Duration.ofSeconds(30), Duration.ofMinutes(2));
		mail.failed("down", Instant.EPOCH, schedule);
		assertThat(mail.getNextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(30));
		mail.failed("down", Instant.EPOCH, schedule);
		assertThat(mail.getNextAttemptAt()).isEqualTo(Instant.EPOCH.plusSeconds(120));
		mail.failed("down", Instant.EPOCH, schedule);
		assertThat(mail.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
	}

	@Test
	void afterTheLastRetryTheMailIsMarkedFailed() {
		OutboxMessage mail = new OutboxMessage("x@y.vn", "s", "b", Instant.EPOCH);
		for (int i = 0; i < OutboxMessage.BACKOFF.size(); i++) {
			mail.failed("down", Instant.EPOCH);
			assertThat(mail.getStatus()).isEqualTo(OutboxMessage.Status.PENDING);
		}
		mail.failed("down", Instant.EPOCH);
		assertThat(mail.getStatus()).isEqualTo(OutboxMessage.Status.FAILED);
		assertThat(new OutboxMessage("a@b.vn", "s", "Mở https://x.vn/confirm?token=1 hoặc http://y.vn/a", Instant.EPOCH).links())
			.containsExactly("https://x.vn/confirm?token=1", "http://y.vn/a");
	}

}
