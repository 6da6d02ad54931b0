package uk.gov.hmicfrs.findings.reporttext;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything an HMICFRS report text says, in report order, ready to be written to the database.
 *
 * <p>{@code position} values of {@link Judgement}, {@link Finding} and {@link Passage} share one
 * increasing sequence so that the report can be re-assembled from the database.
 */
public record ParsedReport(
        Inspection inspection,
        List<Chapter> chapters,
        List<Region> regions,
        List<Organisation> organisations,
        List<Judgement> judgements,
        List<Finding> findings,
        List<Passage> passages,
        List<KeyFigure> keyFigures) {

    public ParsedReport {
        chapters = List.copyOf(chapters);
        regions = List.copyOf(regions);
        organisations = List.copyOf(organisations);
        judgements = List.copyOf(judgements);
        findings = List.copyOf(findings);
        passages = List.copyOf(passages);
        keyFigures = List.copyOf(keyFigures);
    }

    public List<Recommendation> recommendations() {
        return findings.stream().flatMap(f -> f.recommendations().stream()).toList();
    }

    public Organisation organisation(String code) {
        return organisations.stream().filter(o -> o.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No organisation with code " + code));
    }

    public enum OrganisationType { TERRITORIAL_FORCE, OTHER_FORCE, ROCU }

    public enum Section { SUMMARY, REGIONAL, UNDERSTANDING, RESOURCES, TACKLING }

    public enum FindingType { AREA_FOR_IMPROVEMENT, CAUSE_OF_CONCERN, INNOVATIVE_PRACTICE, PROMISING_PRACTICE, OBSERVATION }

    public enum Grade { OUTSTANDING, GOOD, ADEQUATE, REQUIRES_IMPROVEMENT, INADEQUATE }

    public enum ChapterKind { INTRODUCTION, REGIONAL, ORGANISATION, APPENDIX }

    public record Inspection(String slug, String referencePrefix, String title, LocalDate publishedOn,
                             String kind, String regionSlug, String source) {
    }

    /** A chapter as the Contents lists it, with its sub-entries (sections or sub-headings). */
    public record Chapter(String heading, ChapterKind kind, String organisationCode, List<String> contentsEntries) {
        public Chapter {
            contentsEntries = List.copyOf(contentsEntries);
        }
    }

    public record Region(String slug, String name, int position) {
    }

    public record Organisation(String slug, String name, String shortName, String code, OrganisationType type,
                               String regionSlug, int position) {
    }

    public record Judgement(String organisationCode, Grade grade, String sentence, int position) {
    }

    public record Finding(String reference, String organisationCode, Section section, FindingType type,
                          String title, String body, int position, List<Recommendation> recommendations) {
        public Finding {
            recommendations = List.copyOf(recommendations);
        }
    }

    public record Recommendation(String reference, String findingReference, String organisationCode,
                                 String leadIn, String text, LocalDate dueOn, int position) {
    }

    public record Passage(String organisationCode, String chapter, Section section, String heading, String body,
                          int position) {
    }

    public record KeyFigure(String organisationCode, String findingReference, String label, BigDecimal value,
                            String unit, String period, int position) {
    }
}
