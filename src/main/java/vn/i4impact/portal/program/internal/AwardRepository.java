package vn.i4impact.portal.program.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardRepository extends JpaRepository<Award, Long> {

	@Query("select a from Award a join fetch a.category join fetch a.edition e left join fetch a.nomineeTypes where e.code = :editionCode and a.code = :code")
	Optional<Award> findPublic(String editionCode, String code);

	boolean existsByEditionIdAndCode(Long editionId, String code);

	@Query("select a from Award a where a.category.id = :categoryId order by a.sortOrder, a.id")
	List<Award> findByCategory(Long categoryId);

	@Query("select a from Award a join fetch a.category c where a.edition.id = :editionId order by c.sortOrder, c.id, a.sortOrder, a.id")
	List<Award> findByEdition(Long editionId);


	@Query("select a from Award a join fetch a.category join fetch a.edition left join fetch a.nomineeTypes where a.id = :id")
	Optional<Award> findInfo(long id);

	@Query("select distinct a from Award a join fetch a.category c join fetch a.edition e left join fetch a.nomineeTypes where e.id = :editionId order by c.sortOrder, a.sortOrder, a.id")
	List<Award> findAllInfo(long editionId);

}
