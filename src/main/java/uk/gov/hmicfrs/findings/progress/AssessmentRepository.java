package uk.gov.hmicfrs.findings.progress;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    @Query("""
            select new uk.gov.hmicfrs.findings.progress.TimelineRows$AssessmentRow(
                s.id, s.createdAt, u.displayName, s.assessment, s.note)
            from Assessment s join s.assessor u
            where s.action.id = :actionId
            order by s.createdAt, s.id
            """)
    List<TimelineRows.AssessmentRow> findTimeline(long actionId);
}
