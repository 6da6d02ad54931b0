package uk.gov.hmicfrs.findings.support;

import org.flywaydb.core.Flyway;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A connection as the role Flyway migrates as, the schema's owner, for the few tests that need more than the
 * application's runtime role may do (proving what binds even the owner, say). Never a reason to give the
 * runtime role more. Its statements commit on their own: they are not part of a test's transaction.
 */
@TestComponent
public class DatabaseOwner {

    private final JdbcTemplate jdbc;

    public DatabaseOwner(Flyway flyway) {
        this.jdbc = new JdbcTemplate(flyway.getConfiguration().getDataSource());
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }
}
