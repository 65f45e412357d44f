package vn.i4impact.portal.account.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	@Query("select t from AccountToken t join fetch t.user where t.tokenHash = :hash and t.purpose = :purpose")
	Optional<AccountToken> findByHash(String hash, TokenPurpose purpose);

	/** A new link makes the earlier ones of the same kind useless. */
	@Modifying
	@Query("update AccountToken t set t.usedAt = :now where t.user = :user and t.purpose = :purpose and t.usedAt is null")
	int retireAll(UserAccount user, TokenPurpose purpose, Instant now);

}
