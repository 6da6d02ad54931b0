package uk.gov.hmicfrs.findings.audit;

import java.util.List;

public record AuditPage(List<AuditEntry> entries, int page, int pages, long total) {

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages;
    }
}
