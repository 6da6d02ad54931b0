package uk.gov.hmicfrs.findings.finding;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Loads recommendations to change them; {@link FindingWriter} writes them. */
public interface RecommendationRepository extends JpaRepository<Recommendation, Long> {

    Optional<Recommendation> findByReference(String reference);
}
