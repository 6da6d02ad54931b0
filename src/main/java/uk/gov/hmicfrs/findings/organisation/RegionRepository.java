package uk.gov.hmicfrs.findings.organisation;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RegionRepository extends JpaRepository<Region, Long> {

    Optional<Region> findBySlug(String slug);
}
