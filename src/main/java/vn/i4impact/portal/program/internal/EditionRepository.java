package vn.i4impact.portal.program.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.i4impact.portal.program.EditionStatus;

public interface EditionRepository extends JpaRepository<Edition, Long> {

	@EntityGraph(attributePaths = "phases")
	Optional<Edition> findByCurrentTrue();

	@EntityGraph(attributePaths = "phases")
	Optional<Edition> findByCode(String code);

	boolean existsByCode(String code);

	@Query("select e from Edition e where e.status <> EditionStatus.DRAFT order by e.current desc, e.year desc, e.id desc")
	List<Edition> findPublic();

	@Query("select e from Edition e order by e.current desc, e.year desc, e.id desc")
	List<Edition> findAllForAdmin();

}
