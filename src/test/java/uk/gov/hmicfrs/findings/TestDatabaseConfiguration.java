package uk.gov.hmicfrs.findings;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Tests use, in order: SPRING_DATASOURCE_URL when set; a Testcontainers PostgreSQL when a Docker
 * engine answers; otherwise the embedded PostgreSQL that the application itself falls back to.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerAndNoDatasourceUrl.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer("postgres:17-alpine");
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
