package vn.i4impact.portal.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

	/** A dossier, only if it belongs to a unit the account is a member of: the one way the applicant screens load it. */
	@Query(value = """
			select n.* from nomination n join unit_member m on m.unit_id = n.unit_id
			where n.id = :id and m.user_id = :userId""", nativeQuery = true)
	Optional<Nomination> findForMember(long id, long userId);

	/**
	 * The same, locking the dossier's row until the transaction ends: concurrent saves of one draft queue here, so the
	 * version check that follows and the update are one atomic step (issue 12).
	 */
	@Query(value = """
			select n.* from nomination n join unit_member m on m.unit_id = n.unit_id
			where n.id = :id and m.user_id = :userId for update of n""", nativeQuery = true)
	Optional<Nomination> findForMemberForUpdate(long id, long userId);

	List<Nomination> findByUnitIdOrderByUpdatedAtDesc(long unitId);

	@Query(value = """
			select n.* from nomination n where n.unit_id = :unitId and n.award_id = :awardId
			and n.nominee_key = :nomineeKey and n.status <> 'WITHDRAWN' limit 1""", nativeQuery = true)
	Optional<Nomination> findLive(long unitId, long awardId, String nomineeKey);

	@Query(value = "select count(*) from nomination where award_id = :awardId and status not in ('DRAFT', 'WITHDRAWN')",
			nativeQuery = true)
	long countSubmitted(long awardId);

}
