package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Mailer;

@Component
class OutboxMailer implements Mailer {

	private final OutboxRepository outbox;

	private final MessageSource messages;

	private final Clock clock;

	OutboxMailer(OutboxRepository outbox, MessageSource messages, Clock clock) {
		this.outbox = outbox;
		this.messages = messages;
		this.clock = clock;
	}

	@Override
	@Transactional(propagation = Propagation.MANDATORY)
	public void queue(String to, Locale locale, String template, Object... args) {
		String subject = messages.getMessage(template + ".subject", args, locale);
		String body = messages.getMessage(template + ".body", args, locale) + "\n\n"
				+ messages.getMessage("mail.signature", null, locale);
		outbox.save(new OutboxMessage(to, subject, body, clock.instant()));
	}

}
