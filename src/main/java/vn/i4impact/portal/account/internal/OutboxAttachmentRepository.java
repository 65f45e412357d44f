package vn.i4impact.portal.account.internal;

import org.springframework.data.jpa.repository.JpaRepository;

public interface OutboxAttachmentRepository extends JpaRepository<OutboxAttachment, Long> {

}
