package uk.gov.hmicfrs.findings.account;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
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
}
