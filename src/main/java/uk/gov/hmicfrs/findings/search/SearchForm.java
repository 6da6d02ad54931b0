package uk.gov.hmicfrs.findings.search;

import java.util.List;

/**
 * The search request exactly as the URL gives it. Every field is a string so that nothing a visitor
 * types into the address bar fails binding: {@link SearchService} validates it and explains problems.
 */
public record SearchForm(String q, List<String> type, String section, String inspection, String region,
                         String organisation, String theme, String status, String page) {

    public SearchForm {
        type = type == null ? List.of() : type;
    }

    static SearchForm empty() {
        return new SearchForm(null, List.of(), null, null, null, null, null, null, null);
    }
}
