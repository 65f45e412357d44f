package vn.i4impact.portal.nomination.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UnitRepository extends JpaRepository<Unit, Long> {

	/** The unit an account works for (its own, or one it was added to as a colleague). */
	@Query(value = "select u.* from unit u join unit_member m on m.unit_id = u.id where m.user_id = :userId order by m.role desc, u.id limit 1",
			nativeQuery = true)
	Optional<Unit> findForUser(long userId);

	@Query(value = "select u.* from unit u join unit_member m on m.unit_id = u.id where m.user_id = :userId and m.role = 'OWNER' order by u.id limit 1",
			nativeQuery = true)
	Optional<Unit> findOwnedBy(long userId);

	@Modifying
	@Query(value = "insert into unit_member (unit_id, user_id, role) values (:unitId, :userId, :role)", nativeQuery = true)
	void addMember(long unitId, long userId, String role);


	/** The unit's people, owner first: user id and role. */
	@Query(value = "select user_id, role from unit_member where unit_id = :unitId order by role desc, user_id", nativeQuery = true)
	List<Object[]> members(long unitId);

	@Modifying
	@Query(value = "delete from unit_member where unit_id = :unitId and user_id = :userId and role = 'MEMBER'", nativeQuery = true)
	int removeMember(long unitId, long userId);

}
