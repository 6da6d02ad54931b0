package uk.gov.hmicfrs.findings.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;

/**
 * The database of last resort: a real PostgreSQL started from the binaries on the classpath,
 * so that the app and its tests run on a machine with nothing but Java.
 * <p>
 * It is an auto-configuration rather than a plain configuration so that it is considered after
 * any connection details the application or a test declares (a Testcontainers
 * {@code @ServiceConnection}, for one), and backs off when they exist.
 * <p>
 * The application connects as a runtime role that owns nothing, and Flyway as the superuser, which owns
 * the schema: so the application cannot switch off the audit log's trigger (docs/operations.md).
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(properties.startupWait())
                    // The context stops it (destroyMethod) after graceful shutdown and the pool. Its own JVM
                    // shutdown hook would stop it the moment SIGTERM arrives, under the requests still in flight.
                    .setRegisterShutdownHook(false);
            if (properties.port() > 0) {
                builder.setPort(properties.port());
            }
            String where;
            if (properties.isPersistent()) {
                Path dataDirectory = properties.dataDirectory().toAbsolutePath();
                Files.createDirectories(dataDirectory.getParent());
                StalePostmaster.stopIfLeftBehind(dataDirectory);
                builder.setDataDirectory(dataDirectory).setCleanDataDirectory(false);
                where = "data in " + dataDirectory;
            } else {
                where = "fresh temporary data directory";
            }
            EmbeddedPostgres postgres = builder.start();
            log.info("Database: embedded PostgreSQL on port {} ({})", postgres.getPort(), where);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    @Bean
    EmbeddedRuntimeRole embeddedRuntimeRole(EmbeddedPostgres postgres, @Value("${app.database.runtime-role}") String name) {
        return EmbeddedRuntimeRole.createOrRenew(postgres.getPostgresDatabase(), name);
    }

    /** The application connects as the runtime role, which owns nothing. */
    @Bean
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres, EmbeddedRuntimeRole runtimeRole) {
        return new EmbeddedPostgresConnectionDetails(jdbcUrl(postgres), runtimeRole.name(), runtimeRole.password());
    }

    /**
     * Flyway migrates as the superuser, which owns the schema. It takes the runtime role so that the role
     * exists before the migrations grant it its rights.
     */
    @Bean
    FlywayConnectionDetails embeddedPostgresMigrationConnectionDetails(EmbeddedPostgres postgres,
                                                                      EmbeddedRuntimeRole runtimeRole) {
        return new EmbeddedPostgresMigrationConnectionDetails(jdbcUrl(postgres));
    }

    /** Without a user in it: the driver would prefer the URL's to the one each connection details give. */
    private static String jdbcUrl(EmbeddedPostgres postgres) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }
}
