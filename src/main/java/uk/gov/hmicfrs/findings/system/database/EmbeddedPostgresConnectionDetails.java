package uk.gov.hmicfrs.findings.system.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** Connection details of the embedded PostgreSQL; its superuser has no password on loopback. */
record EmbeddedPostgresConnectionDetails(String jdbcUrl) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return "postgres";
    }

    @Override
    public String getPassword() {
        return "";
    }
}
