package uk.gov.hmicfrs.findings.progress;

import org.springframework.jdbc.core.JdbcTemplate;

/** Looks up seeded rows the progress tests use, by their references. */
public final class ProgressTestData {

    public static final String R3 = "WM-SOC-2024-WMERC-COC-1-R3";

    private ProgressTestData() {
    }

    public static long actionId(JdbcTemplate jdbc, String reference) {
        return jdbc.queryForObject("""
                select a.id from action a left join recommendation r on r.id = a.recommendation_id
                left join finding f on f.id = a.finding_id where coalesce(r.reference, f.reference) = ?
                """, Long.class, reference);
    }

    public static int version(JdbcTemplate jdbc, long actionId) {
        return jdbc.queryForObject("select version from action where id = ?", Integer.class, actionId);
    }

    public static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    /** A tiny but valid one-page PDF. */
    public static byte[] pdf() {
        String body = """
                %PDF-1.4
                1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj
                2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
                3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj
                trailer << /Root 1 0 R >>
                %%EOF
                """;
        return body.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
