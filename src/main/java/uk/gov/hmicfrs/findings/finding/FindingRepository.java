package uk.gov.hmicfrs.findings.finding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Loads findings to change them; {@link FindingWriter} writes them. */
public interface FindingRepository extends JpaRepository<Finding, Long> {

    Optional<Finding> findByReference(String reference);
}
