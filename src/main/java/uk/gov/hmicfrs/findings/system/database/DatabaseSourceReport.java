package uk.gov.hmicfrs.findings.system.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.stereotype.Component;

/**
 * Says at start-up which database the app uses, so nobody has to guess whether the data they see
 * is the embedded demo database or a real one. The embedded database announces itself.
 */
@Component
class DatabaseSourceReport {

    private static final Logger log = LoggerFactory.getLogger(DatabaseSourceReport.class);

    DatabaseSourceReport(ObjectProvider<JdbcConnectionDetails> details) {
        JdbcConnectionDetails connection = details.getIfAvailable();
        if (connection == null || connection instanceof EmbeddedPostgresConnectionDetails) {
            return;
        }
        String source = connection.getClass().getSimpleName().equals("PropertiesJdbcConnectionDetails")
                ? "SPRING_DATASOURCE_URL"
                : "service connection (" + connection.getClass().getSimpleName() + ")";
        log.info("Database: PostgreSQL from {} at {}", source, withoutCredentials(connection.getJdbcUrl()));
    }

    static String withoutCredentials(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        return query < 0 ? jdbcUrl : jdbcUrl.substring(0, query);
    }
}
