package vn.i4impact.portal.nomination.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationAttachmentRepository extends JpaRepository<NominationAttachment, Long> {

	List<NominationAttachment> findByNominationIdOrderByUploadedAtAscIdAsc(long nominationId);

	@Query("select coalesce(sum(a.sizeBytes), 0) from NominationAttachment a where a.nominationId = :nominationId")
	long totalSize(long nominationId);

}
