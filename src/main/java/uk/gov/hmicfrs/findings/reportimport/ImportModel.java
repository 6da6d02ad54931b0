package uk.gov.hmicfrs.findings.reportimport;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A report file after checking: every name resolved to an id, every reference settled. */
record ImportModel(Inspection inspection, List<Judgement> judgements, List<Finding> findings,
                   List<KeyFigure> keyFigures, List<Passage> passages) {

    /**
     * Items without a position (-1) go after all positioned ones, in file order: judgements, then
     * findings, then passages.
     */
    ImportModel withPositions() {
        int max = 0;
        for (Judgement j : judgements) max = Math.max(max, j.position());
        for (Finding f : findings) max = Math.max(max, f.position());
        for (Passage p : passages) max = Math.max(max, p.position());
        int[] next = {max};
        List<Judgement> js = judgements.stream().map(j -> j.position() > 0 ? j
                : new Judgement(j.organisationId(), j.grade(), j.sentence(), ++next[0])).toList();
        List<Finding> fs = findings.stream().map(f -> f.position() > 0 ? f
                : new Finding(f.reference(), f.section(), f.type(), f.organisationId(), f.title(), f.body(), ++next[0],
                        f.themeIds(), f.repeatsFindingId(), f.recommendations())).toList();
        List<Passage> ps = passages.stream().map(p -> p.position() > 0 ? p
                : new Passage(p.organisationId(), p.chapter(), p.section(), p.heading(), p.body(), ++next[0])).toList();
        return new ImportModel(inspection, js, fs, keyFigures, ps);
    }

    record Inspection(String title, String slug, String referencePrefix, LocalDate publishedOn, String kind,
                      Long regionId, String source) {
    }

    record Judgement(long organisationId, String grade, String sentence, int position) {
    }

    record Finding(String reference, String section, String type, Long organisationId, String title, String body,
                   int position, List<Long> themeIds, Long repeatsFindingId, List<Recommendation> recommendations) {
    }

    record Recommendation(String reference, long organisationId, String leadIn, String text, LocalDate dueOn,
                          int position, List<Long> themeIds) {
    }

    record KeyFigure(Long organisationId, String findingReference, String label, BigDecimal value, String unit,
                     String period, int position) {
    }

    record Passage(Long organisationId, String chapter, String section, String heading, String body, int position) {
    }
}
