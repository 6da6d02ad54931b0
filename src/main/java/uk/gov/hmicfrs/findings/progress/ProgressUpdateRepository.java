package uk.gov.hmicfrs.findings.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    @Query("""
            select new uk.gov.hmicfrs.findings.progress.TimelineRows$UpdateRow(
                p.id, p.createdAt, u.displayName, p.statusBefore, p.statusAfter, p.narrative)
            from ProgressUpdate p join p.author u
            where p.action.id = :actionId
            order by p.createdAt, p.id
            """)
    List<TimelineRows.UpdateRow> findTimeline(long actionId);
}
