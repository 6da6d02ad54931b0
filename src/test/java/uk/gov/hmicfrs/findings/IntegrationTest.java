package uk.gov.hmicfrs.findings;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import uk.gov.hmicfrs.findings.support.DatabaseOwner;
import uk.gov.hmicfrs.findings.support.SqlStatementCounter;
import uk.gov.hmicfrs.findings.support.TestClock;

/**
 * The whole application against a real, migrated PostgreSQL: a Testcontainers one where Docker
 * runs, otherwise the embedded one (fresh per test run). Every test class with the same
 * annotation shares one application context, so the database starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK, properties = {
        // a fresh database per run, nothing kept on disk
        "app.embedded-database.data-directory=",
        "app.demo-accounts=true"})
@Import({TestDatabaseConfiguration.class, SqlStatementCounter.class, TestClock.class, DatabaseOwner.class})
public @interface IntegrationTest {
}
