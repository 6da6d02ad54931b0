package uk.gov.hmicfrs.findings.recurrence;

import java.time.LocalDate;
import java.util.List;

/**
 * A finding and the earlier findings it repeats, newest first (the finding itself is first).
 *
 * @param links              the chain, starting with the finding asked about
 * @param inspectionsLasted  how many inspections the problem has been found in (1 when it repeats nothing)
 */
public record RecurrenceChain(List<Link> links, int inspectionsLasted) {

    public record Link(long findingId, String reference, String title, String typeLabel, boolean withdrawn,
                       String inspectionTitle, String inspectionSlug, LocalDate publishedOn) {
    }

    public boolean repeats() {
        return links.size() > 1;
    }

    /** The finding this one repeats directly, or null. */
    public Link repeatedFrom() {
        return links.size() > 1 ? links.get(1) : null;
    }

    /** The earlier findings only, newest first. */
    public List<Link> earlier() {
        return links.size() > 1 ? links.subList(1, links.size()) : List.of();
    }
}
