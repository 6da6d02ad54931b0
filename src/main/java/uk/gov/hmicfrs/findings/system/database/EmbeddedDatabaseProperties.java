package uk.gov.hmicfrs.findings.system.database;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param dataDirectory where the embedded database keeps its files between runs; empty for a
 *                      fresh database that disappears when the app stops (as in tests)
 * @param startupWait   how long to wait for PostgreSQL to accept connections
 * @param port          the port to listen on, or 0 for any free one (benchmarks fix it to load data)
 */
@ConfigurationProperties("app.embedded-database")
public record EmbeddedDatabaseProperties(Path dataDirectory, @DefaultValue("60s") Duration startupWait,
                                         @DefaultValue("0") int port) {

    boolean isPersistent() {
        return dataDirectory != null && !dataDirectory.toString().isBlank();
    }
}
