package vn.i4impact.portal.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

import jakarta.persistence.LockModeType;

public interface ConsentTokenRepository extends JpaRepository<ConsentToken, Long> {

	Optional<ConsentToken> findByTokenHash(String tokenHash);

	List<ConsentToken> findByNominationIdOrderByIdAsc(long nominationId);

	/** Locked, so that two clicks at once record one answer. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	Optional<ConsentToken> findForUpdateByTokenHash(String tokenHash);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	List<ConsentToken> findForUpdateByNominationIdOrderByIdAsc(long nominationId);

}
