package vn.i4impact.portal.program.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CategoryRepository extends JpaRepository<Category, Long> {

	/** Categories with their awards in one query (the awards are what every program page lists). */
	@Query("select distinct c from Category c left join fetch c.awards a where c.edition.id = :editionId order by c.sortOrder, c.id")
	List<Category> findWithAwards(Long editionId);

	@Query("select c from Category c where c.edition.id = :editionId order by c.sortOrder, c.id")
	List<Category> findByEdition(Long editionId);

	boolean existsByEditionIdAndCode(Long editionId, String code);

}
