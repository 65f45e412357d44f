package vn.i4impact.portal.jury.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import jakarta.persistence.LockModeType;

public interface RoundRepository extends JpaRepository<Round, Long> {

	List<Round> findByEditionIdOrderByKindDesc(long editionId);

	Optional<Round> findByEditionIdAndKind(long editionId, RoundKind kind);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from Round r where r.id = ?1")
	Optional<Round> lockById(long id);

}
