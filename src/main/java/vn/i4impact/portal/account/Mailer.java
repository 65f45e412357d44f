package vn.i4impact.portal.account;

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

}
