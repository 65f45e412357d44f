package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.util.List;

import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends what the outbox holds. Without SMTP ({@code spring.mail.host} unset) mails are written to the log and marked
 * LOGGED; administrators read them at /admin/outbox.
 */
@Component
class OutboxDispatcher {

	private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

	private final OutboxRepository outbox;

	private final OutboxAttachmentRepository attachments;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final String from;

	OutboxDispatcher(OutboxRepository outbox, OutboxAttachmentRepository attachments,
			ObjectProvider<JavaMailSender> mailSender, Clock clock,
			@Value("${portal.mail.from:I4 Impact Awards <i4impact@vidti.org.vn>}") String from) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.mailSender = mailSender;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${portal.mail.poll-interval:PT5S}", initialDelayString = "${portal.mail.poll-interval:PT5S}")
	@Transactional
	public int dispatchDue() {
		List<OutboxMessage> due = outbox.lockDue(clock.instant(), 50);
		JavaMailSender sender = mailSender.getIfAvailable();
		for (OutboxMessage mail : due) {
			if (sender == null) {
				log.info("Mail (no SMTP configured) to {}: {}\n{}{}", mail.getRecipient(), mail.getSubject(), mail.getBody(),
						mail.hasAttachment() ? "\n[attached: " + mail.getAttachmentName() + "]" : "");
				mail.logged(clock.instant());
				continue;
			}
			try {
				MimeMessage mime = sender.createMimeMessage();
				// multipart only when something is attached, so plain mails stay plain
				MimeMessageHelper helper = new MimeMessageHelper(mime, mail.hasAttachment(), "UTF-8");
				helper.setFrom(from);
				helper.setTo(mail.getRecipient());
				helper.setSubject(mail.getSubject());
				helper.setText(mail.getBody(), false);
				if (mail.hasAttachment()) {
					byte[] content = attachments.findById(mail.getId()).orElseThrow().getContent();
					helper.addAttachment(mail.getAttachmentName(), new ByteArrayResource(content),
							mail.getAttachmentType());
				}
				sender.send(mime);
				mail.sent(clock.instant());
			}
			catch (Exception ex) {
				log.warn("Sending mail {} to {} failed (attempt {}): {}", mail.getId(), mail.getRecipient(),
						mail.getAttempts() + 1, ex.getMessage());
				mail.failed(ex.getClass().getSimpleName() + ": " + ex.getMessage(), clock.instant());
			}
		}
		return due.size();
	}

}
