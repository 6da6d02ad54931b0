package uk.gov.hmicfrs.findings.progress;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EvidenceRepository extends JpaRepository<Evidence, Long> {

    @Query("""
            select new uk.gov.hmicfrs.findings.progress.TimelineRows$EvidenceRow(
                e.id, p.id, e.kind, e.url, e.fileName, e.contentType, e.sizeBytes)
            from Evidence e join e.progressUpdate p
            where p.action.id = :actionId
            order by e.id
            """)
    List<TimelineRows.EvidenceRow> findForAction(long actionId);

    @Query("""
            select new uk.gov.hmicfrs.findings.progress.TimelineRows$EvidenceFileRow(
                e.id, a.organisation.id, e.kind, e.fileName, e.contentType, e.content)
            from Evidence e join e.progressUpdate p join p.action a
            where e.id = :id
            """)
    Optional<TimelineRows.EvidenceFileRow> findFile(long id);
}
