package vn.i4impact.portal.account;

import java.time.Instant;
import java.util.List;

/** The mails queued about one thing (see {@link Mailer#about(String)}), oldest first, for staff to see. */
public interface MailLog {

	List<SentMail> about(String topic);

	/** One mail as the outbox holds it; {@code status} is PENDING, SENT, LOGGED or FAILED. */
	record SentMail(long id, String recipient, String subject, String body, String status, Instant createdAt,
			Instant sentAt, String attachmentName) {
	}

}
