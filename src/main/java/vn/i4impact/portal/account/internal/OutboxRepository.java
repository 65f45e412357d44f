package vn.i4impact.portal.account.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface OutboxRepository extends JpaRepository<OutboxMessage, Long> {

	/** Due mails, locked so that two nodes never send the same one. */
	@Query(value = """
			select * from mail_outbox where status = 'PENDING' and next_attempt_at <= :now
			order by next_attempt_at, id limit :limit for update skip locked""", nativeQuery = true)
	List<OutboxMessage> lockDue(Instant now, int limit);

	Page<OutboxMessage> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	List<OutboxMessage> findTop50ByStatusOrderByLastErrorAtDescIdDesc(OutboxMessage.Status status);

	List<OutboxMessage> findByRecipientOrderByIdDesc(String recipient);

}
