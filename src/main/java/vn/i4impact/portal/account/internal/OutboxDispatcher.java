package vn.i4impact.portal.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds, one mail at a time and never inside a database transaction, so a slow or silent SMTP
 * server holds no connection or lock (its connect, read and write timeouts are set in application.properties):
 * <ol>
 * <li>claim: a short transaction takes one due mail ({@code FOR UPDATE SKIP LOCKED}, so two nodes never take the same
 * one) and moves its next attempt a lease ahead ({@code portal.mail.claim-lease}), which hides it from every node;</li>
 * <li>send, with no transaction open;</li>
 * <li>mark it SENT, or failed with the next retry from {@code portal.mail.retry-backoff}, in a second short transaction.</li>
 * </ol>
 * No mail is sent twice by two nodes. The one at-least-once window: a node that dies after the SMTP server accepted a
 * mail and before step 3 committed leaves it PENDING, and it is sent again once its lease ends. Without SMTP
 * ({@code spring.mail.host} unset) mails are written to the log and marked LOGGED; ADMINs read them at /admin/outbox.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	/** At most this many mails a round, so one round never runs for long. */
	static final int ROUND = 50;

	private final OutboxRepository outbox;

	private final OutboxAttachmentRepository attachments;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final JdbcClient jdbc;

	private final TransactionTemplate shortTransaction;

	private final Clock clock;

	private final String from;

	private final List<Duration> backoff;

	private final Duration lease;

	OutboxDispatcher(OutboxRepository outbox, OutboxAttachmentRepository attachments,
			ObjectProvider<JavaMailSender> mailSender, JdbcClient jdbc, PlatformTransactionManager transactions,
			Clock clock, @Value("${portal.mail.from:I4 Impact Awards <i4impact@vidti.org.vn>}") String from,
			@Value("${portal.mail.retry-backoff:PT1M,PT5M,PT15M,PT1H,PT3H,PT8H}") List<Duration> backoff,
			@Value("${portal.mail.claim-lease:PT10M}") Duration lease) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.mailSender = mailSender;
		this.jdbc = jdbc;
		this.shortTransaction = new TransactionTemplate(transactions);
		// its own transaction even when called inside one (tests), so claims and marks commit at once
		this.shortTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
		this.from = from;
		this.backoff = List.copyOf(backoff);
		this.lease = lease;
	}

	/** @return how many mails this round took (sent, logged or failed) */
	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT5S}", initialDelayString = "${portal.mail.poll-interval:PT5S}")
	public int dispatchDue() {
		JavaMailSender sender = mailSender.getIfAvailable();
		int taken = 0;
		Optional<Long> claimed;
		while (taken < ROUND && (claimed = claim()).isPresent()) {
			taken++;
			long id = claimed.get();
			OutboxMessage mail = outbox.findById(id).orElseThrow();
			if (sender == null) {
				log.info("Mail (no SMTP configured) to {}: {}\n{}{}", mail.getRecipient(), mail.getSubject(), mail.getBody(),
						mail.hasAttachment() ? "\n[attached: " + mail.getAttachmentName() + "]" : "");
				mark(id, m -> m.logged(clock.instant()));
				continue;
			}
			try {
				sender.send(mime(sender, mail));
				mark(id, m -> m.sent(clock.instant()));
			}
			catch (Exception ex) {
				log.warn("Sending mail {} to {} failed (attempt {}): {}", id, mail.getRecipient(), mail.getAttempts() + 1,
						ex.getMessage());
				String error = ex.getClass().getSimpleName() + ": " + ex.getMessage();
				mark(id, m -> m.failed(error, clock.instant(), backoff));
			}
		}
		return taken;
	}

	/** One due mail, hidden from every node for the lease; empty when none is due. */
	private Optional<Long> claim() {
		Instant now = clock.instant();
		return shortTransaction.execute(status -> jdbc.sql("""
				update mail_outbox set next_attempt_at = ?, version = version + 1
				where id = (select id from mail_outbox where status = 'PENDING' and next_attempt_at <= ?
				            order by next_attempt_at, id limit 1 for update skip locked)
				returning id""").params(Timestamp.from(now.plus(lease)), Timestamp.from(now)).query(Long.class).optional());
	}

	private void mark(long id, Consumer<OutboxMessage> outcome) {
		shortTransaction.executeWithoutResult(status -> outbox.findById(id)
			.filter(m -> m.getStatus() == OutboxMessage.Status.PENDING)
			.ifPresent(outcome));
	}

	private MimeMessage mime(JavaMailSender sender, OutboxMessage mail) throws Exception {
		MimeMessage mime = sender.createMimeMessage();
		// multipart only when something is attached, so plain mails stay plain
		MimeMessageHelper helper = new MimeMessageHelper(mime, mail.hasAttachment(), "UTF-8");
		helper.setFrom(from);
		helper.setTo(mail.getRecipient());
		helper.setSubject(mail.getSubject());
		helper.setText(mail.getBody(), false);
		if (mail.hasAttachment()) {
			byte[] content = attachments.findById(mail.getId()).orElseThrow().getContent();
			helper.addAttachment(mail.getAttachmentName(), new ByteArrayResource(content), mail.getAttachmentType());
		}
		return mime;
	}

}
