package uk.gov.hmicfrs.findings.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JudgementRepository extends JpaRepository<Judgement, Long> {
}
