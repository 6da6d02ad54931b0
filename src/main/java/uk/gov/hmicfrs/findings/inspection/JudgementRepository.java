package uk.gov.hmicfrs.findings.inspection;

import org.springframework.data.jpa.repository.JpaRepository;

import uk.gov.hmicfrs.findings.organisation.Organisation;

public interface JudgementRepository extends JpaRepository<Judgement, Long> {

    boolean existsByInspectionAndOrganisation(Inspection inspection, Organisation organisation);
}
