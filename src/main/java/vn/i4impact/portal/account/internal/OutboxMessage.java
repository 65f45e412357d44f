package vn.i4impact.portal.account.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import vn.i4impact.portal.shared.BaseEntity;

/** A mail waiting to be sent, or the record of one sent (or written to the log when no SMTP is configured). */
@Entity
@Table(name = "mail_outbox")
public class OutboxMessage extends BaseEntity {

	public enum Status {

		PENDING, SENT, LOGGED, FAILED;

		public String messageKey() {
			return "outboxStatus." + name();
		}

	}

	/** The default retry schedule ({@code portal.mail.retry-backoff}); after the last one the mail is marked failed. */
	static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15),
			Duration.ofHours(1), Duration.ofHours(3), Duration.ofHours(8));

	private static final Pattern LINK = Pattern.compile("https?://\\S+");

	private String recipient;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private Status status;

	private int attempts;

	private Instant nextAttemptAt;

	private String lastError;

	private Instant lastErrorAt;

	private Instant createdAt;

	private Instant sentAt;

	private String attachmentName;

	private String attachmentType;

	private String topic;

	protected OutboxMessage() {
	}

	OutboxMessage(String recipient, String subject, String body, Instant now) {
		this.recipient = recipient;
		this.subject = subject;
		this.body = body;
		this.status = Status.PENDING;
		this.createdAt = now;
		this.nextAttemptAt = now;
	}

	void setTopic(String topic) {
		this.topic = topic;
	}

	/** Not sent before this instant (an embargo): the dispatcher only picks mails whose next attempt is due. */
	void holdUntil(Instant notBefore) {
		if (notBefore != null && notBefore.isAfter(nextAttemptAt)) {
			this.nextAttemptAt = notBefore;
		}
	}

	public String getTopic() {
		return topic;
	}

	void attach(String name, String contentType) {
		this.attachmentName = name;
		this.attachmentType = contentType;
	}

	public boolean hasAttachment() {
		return attachmentName != null;
	}

	public String getAttachmentName() {
		return attachmentName;
	}

	public String getAttachmentType() {
		return attachmentType;
	}

	void sent(Instant now) {
		status = Status.SENT;
		attempts++;
		sentAt = now;
		lastError = null;
	}

	void logged(Instant now) {
		status = Status.LOGGED;
		sentAt = now;
	}

	void failed(String error, Instant now) {
		failed(error, now, BACKOFF);
	}

	/** Retries wait as the schedule says; after its last step the mail is marked failed for an operator to see. */
	void failed(String error, Instant now, List<Duration> backoff) {
		attempts++;
		lastError = error;
		lastErrorAt = now;
		if (attempts > backoff.size()) {
			status = Status.FAILED;
		}
		else {
			nextAttemptAt = now.plus(backoff.get(attempts - 1));
		}
	}

	/**
	 * An ADMIN asks for one more try of a mail that was given up (say after fixing the SMTP settings): due now; the
	 * attempts stay counted, so if this try fails too the mail is given up again rather than retried for hours.
	 */
	boolean retry(Instant now) {
		if (status != Status.FAILED) {
			return false;
		}
		status = Status.PENDING;
		nextAttemptAt = now;
		return true;
	}

	/** The links in the body, so a local user can click them on the outbox page. */
	public List<String> links() {
		return LINK.matcher(body).results().map(m -> m.group()).toList();
	}

	public String getRecipient() {
		return recipient;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public Status getStatus() {
		return status;
	}

	public int getAttempts() {
		return attempts;
	}

	public Instant getNextAttemptAt() {
		return nextAttemptAt;
	}

	public Instant getLastErrorAt() {
		return lastErrorAt;
	}

	public String getLastError() {
		return lastError;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getSentAt() {
		return sentAt;
	}

}
