package uk.gov.hmicfrs.findings.system.database;

import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import uk.gov.hmicfrs.findings.system.database.DatabaseRoleQueries.Standing;

/**
 * The audit log is append-only for the application only if the application's database user cannot act as
 * the owner of anything: an owner can disable or drop the trigger that guards it, and a superuser can do
 * anything. So the app refuses to start, before and after migrating, when its user could, or when Flyway
 * would migrate as that same user (docs/operations.md, "Database roles").
 */
@Configuration(proxyBeanMethods = false)
class RuntimeRoleCheck {

    private static final int NAMES_SHOWN = 5;

    @Bean
    FlywayMigrationStrategy migrateOnlyAsAnotherRole(DataSource dataSource) {
        return flyway -> {
            JdbcTemplate runtime = new JdbcTemplate(dataSource);
            String migrator = DatabaseRoleQueries.currentUser(new JdbcTemplate(flyway.getConfiguration().getDataSource()));
            refuseUnsafe(DatabaseRoleQueries.standingOfCurrentUser(runtime), migrator);
            flyway.migrate();
            refuseUnsafe(DatabaseRoleQueries.standingOfCurrentUser(runtime), migrator);
        };
    }

    static void refuseUnsafe(Standing runtime, String migrator) {
        String action = " Connect the application (SPRING_DATASOURCE_USERNAME) as a login role that owns nothing,"
                + " and migrate as the schema's owner (SPRING_FLYWAY_USER, SPRING_FLYWAY_PASSWORD); see"
                + " docs/operations.md, \"Database roles\".";
        if (runtime.superuser()) {
            throw new IllegalStateException("The application's database user " + runtime.user()
                    + " is a superuser, so it could change or remove audit log rows." + action);
        }
        if (!runtime.owns().isEmpty()) {
            List<String> owns = runtime.owns();
            String shown = String.join(", ", owns.subList(0, Math.min(NAMES_SHOWN, owns.size())))
                    + (owns.size() > NAMES_SHOWN ? " and " + (owns.size() - NAMES_SHOWN) + " more" : "");
            throw new IllegalStateException("The application's database user " + runtime.user() + " owns " + shown
                    + ", so it could switch off the audit log's trigger." + action);
        }
        if (runtime.user().equals(migrator)) {
            throw new IllegalStateException("Flyway would migrate as " + migrator
                    + ", the application's own database user, which must own nothing." + action);
        }
    }
}
