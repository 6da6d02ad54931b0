package uk.gov.hmicfrs.findings.system.database;

import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.postgresql.PGStatement;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A JdbcTemplate whose statements PostgreSQL plans for their values every time they run: for the
 * statements whose best plan depends on what a visitor asked for.
 * <p>
 * Words searched for are a bound parameter, and a word in half of all findings ("police") and a rare
 * one ("kidnap") need different plans: walk the findings newest first, or read the text index. The
 * export and API filters ("no region given, or this region") likewise only simplify for known values.
 * The driver turns a statement run five times on a connection into a server-prepared one, and
 * PostgreSQL may then settle on one generic plan for every value. With server preparation off, each
 * run is an unnamed statement, which PostgreSQL always plans with its values. Every other statement
 * keeps its cached plan rather than being planned again on every request (about 2 ms of database time
 * for the organisation page's six).
 */
public final class PlannedEachTimeJdbcTemplate extends JdbcTemplate {

    public PlannedEachTimeJdbcTemplate(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void applyStatementSettings(Statement statement) throws SQLException {
        super.applyStatementSettings(statement);
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }
}
