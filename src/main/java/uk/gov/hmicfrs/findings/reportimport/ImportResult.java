package uk.gov.hmicfrs.findings.reportimport;

public record ImportResult(String inspectionSlug, String inspectionTitle, int judgements, int findings,
                           int recommendations, int keyFigures, int passages) {

    public String summary() {
        return inspectionTitle + ": " + judgements + " judgements, " + findings + " findings, " + recommendations
                + " recommendations, " + keyFigures + " key figures imported";
    }
}
