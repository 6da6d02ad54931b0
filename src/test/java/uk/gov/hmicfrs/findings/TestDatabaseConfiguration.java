package uk.gov.hmicfrs.findings;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import uk.gov.hmicfrs.findings.support.OperatorRoles;

/**
 * Tests use, in order: SPRING_DATASOURCE_URL when set; a Testcontainers PostgreSQL when a Docker
 * engine answers; otherwise the embedded PostgreSQL that the application itself falls back to. On each
 * the app connects as the runtime role, which owns nothing, and Flyway as the schema's owner.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    /**
     * Started here rather than by a {@code @ServiceConnection}, which would connect the app and Flyway alike
     * as the container's superuser: the roles are made as an operator makes them, so that the app runs as the
     * runtime role and Flyway as the owner.
     */
    @Bean(destroyMethod = "stop")
    @Conditional(DockerAndNoDatasourceUrl.class)
    PostgreSQLContainer postgresContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
        container.start();
        OperatorRoles.create(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        return container;
    }

    @Bean
    @Conditional(DockerAndNoDatasourceUrl.class)
    JdbcConnectionDetails postgresContainerRuntimeConnection(PostgreSQLContainer container) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return container.getJdbcUrl();
            }

            @Override
            public String getUsername() {
                return OperatorRoles.RUNTIME;
            }

            @Override
            public String getPassword() {
                return OperatorRoles.RUNTIME_PASSWORD;
            }
        };
    }

    @Bean
    @Conditional(DockerAndNoDatasourceUrl.class)
    FlywayConnectionDetails postgresContainerMigrationConnection(PostgreSQLContainer container) {
        return new FlywayConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return container.getJdbcUrl();
            }

            @Override
            public String getUsername() {
                return OperatorRoles.OWNER;
            }

            @Override
            public String getPassword() {
                return OperatorRoles.OWNER_PASSWORD;
            }
        };
    }

    static class DockerAndNoDatasourceUrl implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            if (StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"))) {
                return false;
            }
            // Ask Testcontainers only where an engine could be: it logs an alarming error otherwise.
            boolean dockerConfigured = System.getenv("DOCKER_HOST") != null
                    || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                    || java.nio.file.Files.exists(java.nio.file.Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
            if (!dockerConfigured) {
                return false;
            }
            try {
                return DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                return false;
            }
        }
    }
}
