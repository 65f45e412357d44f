package vn.i4impact.portal.program.internal;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardRepository extends JpaRepository<Award, Long> {

	@Query("select a from Award a join fetch a.category join fetch a.edition e left join fetch a.nomineeTypes where e.code = :editionCode and a.code = :code")
	Optional<Award> findPublic(String editionCode, String code);

}
