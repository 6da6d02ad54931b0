package uk.gov.hmicfrs.findings.system.database;

import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;

/** How Flyway connects to the embedded PostgreSQL: as its superuser, which has no password on loopback. */
record EmbeddedPostgresMigrationConnectionDetails(String jdbcUrl) implements FlywayConnectionDetails {

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
