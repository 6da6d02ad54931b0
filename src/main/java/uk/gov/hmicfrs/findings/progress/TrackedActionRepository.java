package uk.gov.hmicfrs.findings.progress;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

import uk.gov.hmicfrs.findings.finding.Finding;
import uk.gov.hmicfrs.findings.finding.Recommendation;

interface TrackedActionRepository extends JpaRepository<TrackedAction, Long> {

    @Query("""
            select new uk.gov.hmicfrs.findings.progress.ActionRow(
                a.id, a.version, o.id, o.name, o.slug,
                r.reference, r.leadIn, r.text, coalesce(rf.reference, f.reference), coalesce(rf.title, f.title),
                a.originalDueOn, a.revisedDueOn, a.revisedDueReason, u.displayName, a.revisedDueAt,
                a.forceStatus, a.assessment, s.id, coalesce(sr.reference, sf.reference))
            from TrackedAction a join a.organisation o
                left join a.recommendation r left join r.finding rf
                left join a.finding f
                left join a.revisedDueBy u
                left join a.supersededBy s left join s.recommendation sr left join s.finding sf
            where a.id = :id
            """)
    Optional<ActionRow> findRow(long id);

    /** Serialises writes to one action, so the version check and the write cannot interleave. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from TrackedAction a where a.id = :id")
    Optional<TrackedAction> findForUpdate(long id);

    @Query("""
            select a from TrackedAction a left join a.recommendation r left join a.finding f
            where r.reference = :reference or f.reference = :reference
            """)
    Optional<TrackedAction> findByReference(String reference);

    @Query("select count(a) > 0 from TrackedAction a where a.finding = :finding")
    boolean existsByFinding(Finding finding);

    @Query("select a from TrackedAction a where a.recommendation = :recommendation")
    Optional<TrackedAction> findByRecommendation(Recommendation recommendation);
}
