package uk.gov.hmicfrs.findings.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "organisation")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select new uk.gov.hmicfrs.findings.account.UserRow(u.id, u.username, u.displayName, u.role, o.id, o.name,
                u.active, u.lockedUntil, u.version)
            from AppUser u left join u.organisation o order by lower(u.username)
            """)
    List<UserRow> findAllRows();

    @Query("""
            select new uk.gov.hmicfrs.findings.account.UserRow(u.id, u.username, u.displayName, u.role, o.id, o.name,
                u.active, u.lockedUntil, u.version)
            from AppUser u left join u.organisation o where u.id = :id
            """)
    Optional<UserRow> findRow(long id);

    /**
     * Counts a wrong password, locking the account until {@code lockedUntil} when it is the
     * {@code maxFailures}th in a row. One statement, so that concurrent attempts all count; SET
     * expressions all read the old row, so both columns decide on the same count.
     */
    @Modifying
    @Query(nativeQuery = true, value = """
            update app_user set
                locked_until = case when failed_attempts + 1 >= :maxFailures then :lockedUntil else locked_until end,
                failed_attempts = case when failed_attempts + 1 >= :maxFailures then 0 else failed_attempts + 1 end
            where lower(username) = lower(:username)
            """)
    void countFailedSignIn(String username, int maxFailures, Instant lockedUntil);

    @Modifying
    @Query(nativeQuery = true, value = """
            update app_user set failed_attempts = 0, locked_until = null
            where id = :id and (failed_attempts <> 0 or locked_until is not null)
            """)
    void clearFailedSignIns(long id);
}
