package uk.gov.hmicfrs.findings.system.database;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Spring Session JDBC inserts a session attribute the first time a request sets it. Two requests of
 * one session at once (tabs opened together, a double submit) both insert it, and the second failed
 * on the primary key with a 500. PostgreSQL's own statements write attributes with an upsert.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgreSqlSessionStatements() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
