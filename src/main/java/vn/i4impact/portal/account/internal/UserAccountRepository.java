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

	/** Accent- and case-insensitive search over name and e-mail ("nguyen van" finds "Nguyễn Văn"). */
	@Query(value = """
			select * from app_user u
			where :q = '' or f_unaccent(lower(u.full_name)) like '%' || f_unaccent(lower(:q)) || '%'
			   or u.email like '%' || lower(:q) || '%'
			order by u.created_at desc, u.id desc""",
			countQuery = """
			select count(*) from app_user u
			where :q = '' or f_unaccent(lower(u.full_name)) like '%' || f_unaccent(lower(:q)) || '%'
			   or u.email like '%' || lower(:q) || '%'""",
			nativeQuery = true)
	Page<UserAccount> search(String q, Pageable pageable);

}
