package vn.i4impact.portal.account.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Mailer;

@Component
class OutboxMailer implements Mailer {

	private final OutboxRepository outbox;

	private final MessageSource messages;

	private final Clock clock;

	private final OutboxAttachmentRepository attachments;

	private final String topic;

	private final JdbcClient jdbc;

	private final Instant notBefore;

	@Autowired
	OutboxMailer(OutboxRepository outbox, OutboxAttachmentRepository attachments, MessageSource messages, Clock clock,
			JdbcClient jdbc) {
		this(outbox, attachments, messages, clock, null, jdbc, null);
	}

	private OutboxMailer(OutboxRepository outbox, OutboxAttachmentRepository attachments, MessageSource messages,
			Clock clock, String topic, JdbcClient jdbc, Instant notBefore) {
		this.outbox = outbox;
		this.attachments = attachments;
		this.messages = messages;
		this.clock = clock;
		this.topic = topic;
		this.jdbc = jdbc;
		this.notBefore = notBefore;
	}

	@Override
	public Mailer about(String topic) {
		return new OutboxMailer(outbox, attachments, messages, clock, topic, jdbc, notBefore);
	}

	@Override
	public Mailer notBefore(Instant notBefore) {
		return new OutboxMailer(outbox, attachments, messages, clock, topic, jdbc, notBefore);
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public int holdUntil(String topic, Instant notBefore) {
		return jdbc.sql("""
				update mail_outbox set next_attempt_at = greatest(?, created_at), version = version + 1
				where topic = ? and status = 'PENDING' and attempts = 0""")
			.params(Timestamp.from(notBefore), topic).update();
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, Locale locale, String template, Object... args) {
		outbox.save(message(to, locale, template, args));
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, Locale locale, Attachment attachment, String template, Object... args) {
		OutboxMessage mail = message(to, locale, template, args);
		mail.attach(attachment.name(), attachment.contentType());
		outbox.saveAndFlush(mail);
		attachments.save(new OutboxAttachment(mail.getId(), attachment.content()));
	}

	private OutboxMessage message(String to, Locale locale, String template, Object... args) {
		String subject = messages.getMessage(template + ".subject", args, locale);
		String body = messages.getMessage(template + ".body", args, locale) + "\n\n"
				+ messages.getMessage("mail.signature", null, locale);
		OutboxMessage mail = new OutboxMessage(to, subject, body, clock.instant());
		mail.setTopic(topic);
		mail.holdUntil(notBefore);
		return mail;
	}

}
