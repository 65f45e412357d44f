package vn.i4impact.portal.account;

import java.time.Instant;
import java.util.Locale;

/**
 * Queues a mail in the outbox, inside the caller's transaction: it is sent after commit by the outbox dispatcher, and
 * never if the business change rolls back.
 */
public interface Mailer {

	/**
	 * @param template message-key prefix; {@code template.subject} and {@code template.body} are rendered with the
	 * arguments in the recipient's language
	 */
	void queue(String to, Locale locale, String template, Object... args);

	/** The same, with one file attached (a PDF receipt, say); the bytes are kept with the mail until it is sent. */
	void queue(String to, Locale locale, Attachment attachment, String template, Object... args);

	/**
	 * The same mailer, tagging every mail it queues with a topic (say {@code nomination:42}) so that the mails about one
	 * thing can be listed later through {@link MailLog}.
	 */
	Mailer about(String topic);

	/**
	 * The same mailer, holding every mail it queues until {@code notBefore} (results are mailed at the publication
	 * instant, not when they are decided). Only the outbox's due time changes: the dispatcher needs nothing new.
	 */
	Mailer notBefore(Instant notBefore);

	/** Moves the hold of the pending, never attempted mails of a topic (the publication instant moved). */
	int holdUntil(String topic, Instant notBefore);

	/** A file sent with a mail. */
	record Attachment(String name, String contentType, byte[] content) {

		public Attachment {
			if (name == null || name.isBlank() || contentType == null || content == null) {
				throw new IllegalArgumentException("attachment needs a name, a type and content");
			}
		}

	}

}
