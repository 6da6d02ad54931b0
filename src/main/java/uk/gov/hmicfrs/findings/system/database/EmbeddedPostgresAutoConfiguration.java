package uk.gov.hmicfrs.findings.system.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
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
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@Conditional(NoDatasourceUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
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
    @ConditionalOnMissingBean(JdbcConnectionDetails.class)
    JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
        return new EmbeddedPostgresConnectionDetails(postgres.getJdbcUrl("postgres", "postgres"));
    }
}
