package vn.i4impact.portal.account.internal;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * Mails the outbox gave up on (a receipt that failed after every retry of {@code portal.mail.retry-backoff}), shown
 * to ADMINs on /admin/outbox with a button to try once more (issue 13, item 13).
 */
@Service("outboxRetry")
@Transactional
public class OutboxRetry {

	private final OutboxRepository outbox;

	private final AuditTrail audit;

	private final Clock clock;

	OutboxRetry(OutboxRepository outbox, AuditTrail audit, Clock clock) {
		this.outbox = outbox;
		this.audit = audit;
		this.clock = clock;
	}

	/** The most recent given-up mails, newest failure first. */
	@Transactional(readOnly = true)
	public List<OutboxMessage> failed() {
		return outbox.findTop50ByStatusOrderByLastErrorAtDescIdDesc(OutboxMessage.Status.FAILED);
	}

	/** @return false when the mail was no longer given up (someone retried it already) */
	public boolean retry(long id) {
		OutboxMessage mail = outbox.findById(id).orElseThrow(NotFoundException::new);
		boolean retried = mail.retry(clock.instant());
		if (retried) {
			audit.record("mail.retry", "mail", id, null, Map.of("status", "FAILED"), Map.of("status", "PENDING"));
		}
		return retried;
	}

}
