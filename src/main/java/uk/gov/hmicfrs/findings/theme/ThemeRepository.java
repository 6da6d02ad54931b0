package uk.gov.hmicfrs.findings.theme;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ThemeRepository extends JpaRepository<Theme, Long> {

    Optional<Theme> findBySlug(String slug);

    boolean existsBySlug(String slug);

    boolean existsByNameIgnoreCase(String name);

    @Query("select coalesce(max(t.position), 0) from Theme t")
    int maxPosition();
}
