package uk.gov.hmicfrs.findings.system.database;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/** How the application connects to the embedded PostgreSQL: as the runtime role, which owns nothing. */
record EmbeddedPostgresConnectionDetails(String jdbcUrl, String username, String password) implements JdbcConnectionDetails {

    @Override
    public String getJdbcUrl() {
        return jdbcUrl;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public String getPassword() {
        return password;
    }
}
