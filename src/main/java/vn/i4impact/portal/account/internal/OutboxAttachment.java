package vn.i4impact.portal.account.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a mail's attachment, apart from the mail so that listing the outbox never loads them. */
@Entity
@Table(name = "mail_outbox_attachment")
public class OutboxAttachment {

	@Id
	private Long mailId;

	private byte[] content;

	protected OutboxAttachment() {
	}

	OutboxAttachment(long mailId, byte[] content) {
		this.mailId = mailId;
		this.content = content;
	}

	public byte[] getContent() {
		return content;
	}

}
