package vn.i4impact.portal.program.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AwardQuestionRepository extends JpaRepository<AwardQuestion, Long> {

	@Query("select q from AwardQuestion q join fetch q.edition left join fetch q.award where q.id = :id")
	Optional<AwardQuestion> findWithAward(Long id);

	@Query("select q from AwardQuestion q where q.edition.id = :editionId and q.award is null order by q.sortOrder, q.id")
	List<AwardQuestion> findCommon(Long editionId);

	@Query("select q from AwardQuestion q where q.award.id = :awardId order by q.sortOrder, q.id")
	List<AwardQuestion> findForAward(Long awardId);

	@Query("select q.award.id, count(q) from AwardQuestion q where q.edition.id = :editionId and q.award is not null group by q.award.id")
	List<Object[]> countPerAward(Long editionId);

}
