package vn.i4impact.portal.nomination.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationHistoryRepository extends JpaRepository<NominationHistory, Long> {

	List<NominationHistory> findByNominationIdOrderByAtAscIdAsc(long nominationId);

}
