package vn.i4impact.portal.nomination.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Mailer;
import vn.i4impact.portal.nomination.NominationSubmitted;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * Mails the submitting account its receipt. The submitting transaction only records that a receipt is owed; the PDF
 * is rendered after commit on a small pool (one thread per core: rendering is CPU work), each in its own short
 * transaction, so a submit never holds the per-award counter lock or a second connection while a PDF renders. A
 * sweeper mails receipts still owed (a crash, a rendering failure). With {@code portal.receipts.async=false} (tests)
 * the receipt is mailed just after commit on the calling thread, so the mail is there when the call returns.
 */
@Component
class ReceiptMailer {

	private static final Logger log = LoggerFactory.getLogger(ReceiptMailer.class);

	private final NominationRepository nominations;

	private final Receipts receipts;

	private final Accounts accounts;

	private final Mailer mailer;

	private final ProgramCatalog program;

	private final AbsoluteLinks links;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TransactionTemplate newTransaction;

	private final Duration retryAfter;

	private final ExecutorService pool;

	ReceiptMailer(NominationRepository nominations, Receipts receipts, Accounts accounts, Mailer mailer,
			ProgramCatalog program, AbsoluteLinks links, JdbcClient jdbc, Clock clock, PlatformTransactionManager transactions,
			@Value("${portal.receipts.retry-after:PT2M}") Duration retryAfter,
			@Value("${portal.receipts.async:true}") boolean async) {
		this.nominations = nominations;
		this.receipts = receipts;
		this.accounts = accounts;
		this.mailer = mailer;
		this.program = program;
		this.links = links;
		this.jdbc = jdbc;
		this.clock = clock;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.retryAfter = retryAfter;
		AtomicInteger n = new AtomicInteger();
		this.pool = async ? Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
			Thread t = new Thread(r, "receipts-" + n.incrementAndGet());
			t.setDaemon(true);
			return t;
		}) : null;
	}

	@PreDestroy
	void stop() {
		if (pool != null) {
			pool.shutdown();
		}
	}

	/** In the submitting transaction: the receipt is owed exactly when the submission exists. */
	@EventListener
	void owe(NominationSubmitted event) {
		long id = jdbc.sql("""
				insert into nomination_receipt (nomination_id, user_id, reference_code, created_at)
				values (?, ?, ?, ?) returning id""").params(event.nominationId(), event.userId(), event.referenceCode(),
				Timestamp.from(clock.instant())).query(Long.class).single();
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				if (pool != null) {
					pool.execute(() -> sendQuietly(id));
				}
				else {
					sendQuietly(id);
				}
			}
		});
	}

	/** Receipts a crash or a failure left owed, a few at a time. */
	@Scheduled(fixedDelayString = "${portal.receipts.retry-after:PT2M}", initialDelayString = "${portal.receipts.retry-after:PT2M}")
	void sweep() {
		List<Long> owed = jdbc.sql("select id from nomination_receipt where mailed_at is null and created_at < ? order by created_at limit 20")
			.param(Timestamp.from(clock.instant().minus(retryAfter))).query(Long.class).list();
		owed.forEach(this::sendQuietly);
	}

	private void sendQuietly(long id) {
		try {
			newTransaction.executeWithoutResult(status -> send(id));
		}
		catch (RuntimeException ex) {
			// the submission stands; the sweeper tries again
			log.warn("Receipt {} not mailed yet: {}", id, ex.toString());
		}
	}

	private void send(long id) {
		// locked and re-checked, so the sweeper and the pool never mail the same receipt twice
		List<Object[]> rows = jdbc.sql("""
				select nomination_id, user_id, reference_code from nomination_receipt
				where id = ? and mailed_at is null for update skip locked""").param(id)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3) }).list();
		if (rows.isEmpty()) {
			return;
		}
		Object[] row = rows.get(0);
		CurrentUser user = accounts.find((long) row[1]).orElse(null);
		Nomination n = nominations.findById((long) row[0]).orElse(null);
		if (user != null && n != null) {
			Locale locale = accounts.preferredLocale(user.id());
			var award = program.award(n.getAwardId()).orElseThrow();
			byte[] pdf = receipts.render(n, locale);
			mailer.about(Nomination.topic(n.getId())).queue(user.email(), locale,
					new Mailer.Attachment(receipts.fileName(n, locale), "application/pdf", pdf), "mail.receipt",
					user.fullName(), (String) row[2], award.code() + " – " + award.name(locale),
					Receipts.format(n.getSubmittedAt()), links.page("/my/nominations/" + n.getId()));
		}
		jdbc.sql("update nomination_receipt set mailed_at = ? where id = ?").params(Timestamp.from(clock.instant()), id)
			.update();
	}

}
