package vn.i4impact.portal.account.internal;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import vn.i4impact.portal.account.Role;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String normalizedEmail);

	boolean existsByEmail(String normalizedEmail);

	@Query("select count(u) > 0 from UserAccount u join u.roles r where r = :role and u.status = vn.i4impact.portal.account.internal.AccountStatus.ACTIVE")
	boolean existsActiveWithRole(Role role);

	@Query("""
			select count(u) from UserAccount u join u.roles r
			where r = :role and u.status = vn.i4impact.portal.account.internal.AccountStatus.ACTIVE and u.id <> :userId""")
	long countOtherActiveWithRole(Role role, long userId);

	/**
	 * Accent- and case-insensitive search over name and e-mail ("nguyen van" finds "Nguyễn Văn"), optionally narrowed
	 * to a role and a status; an empty string means "any". {@code q} is matched literally: the caller escapes LIKE's
	 * wildcards.
	 */
	@Query(value = """
			select * from app_user u
			where (:q = '' or f_unaccent(lower(u.full_name)) like '%' || f_unaccent(lower(:q)) || '%'
			       or u.email like '%' || f_unaccent(lower(:q)) || '%')
			  and (:role = '' or exists (select 1 from app_user_role r where r.user_id = u.id and r.role = :role))
			  and (:status = '' or u.status = :status)
			order by u.created_at desc, u.id desc""",
			countQuery = """
			select count(*) from app_user u
			where (:q = '' or f_unaccent(lower(u.full_name)) like '%' || f_unaccent(lower(:q)) || '%'
			       or u.email like '%' || f_unaccent(lower(:q)) || '%')
			  and (:role = '' or exists (select 1 from app_user_role r where r.user_id = u.id and r.role = :role))
			  and (:status = '' or u.status = :status)""",
			nativeQuery = true)
	Page<UserAccount> search(String q, String role, String status, Pageable pageable);

	/** Escapes LIKE's wildcards so a typed "%" or "_" matches itself. */
	static String likeLiteral(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
