package uk.gov.hmicfrs.findings.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The database roles as an operator creates them on their own PostgreSQL: the very script that docker compose
 * runs and docs/operations.md gives, docker/postgres/create-roles.sql (and transfer-ownership.sql for a
 * database from before the roles). The app then connects as the runtime role and Flyway as the owner, as in
 * production.
 */
public final class OperatorRoles {

    public static final String OWNER = "findings_owner";
    public static final String OWNER_PASSWORD = "owner-password-for-tests";
    public static final String RUNTIME = "findings_app";
    public static final String RUNTIME_PASSWORD = "app-password-for-tests";

    private static final Path CREATE_ROLES = Path.of("docker/postgres/create-roles.sql");
    private static final Path TRANSFER_OWNERSHIP = Path.of("docker/postgres/transfer-ownership.sql");

    private OperatorRoles() {
    }

    /** Runs create-roles.sql as the superuser; again on the same database, it only sets the passwords again. */
    public static void create(String jdbcUrl, String superuser, String superuserPassword) {
        run(jdbcUrl, superuser, superuserPassword, CREATE_ROLES, connection -> {
            try (PreparedStatement passwords = connection.prepareStatement(
                    "select set_config('findings.owner_password', ?, false), set_config('findings.app_password', ?, false)")) {
                passwords.setString(1, OWNER_PASSWORD);
                passwords.setString(2, RUNTIME_PASSWORD);
                passwords.execute();
            }
        });
    }

    /** Runs transfer-ownership.sql as the superuser, as for a database from before the roles. */
    public static void transferOwnership(String jdbcUrl, String superuser, String superuserPassword) {
        run(jdbcUrl, superuser, superuserPassword, TRANSFER_OWNERSHIP, connection -> {
        });
    }

    private interface Preparation {
        void prepare(Connection connection) throws SQLException;
    }

    private static void run(String jdbcUrl, String superuser, String superuserPassword, Path script, Preparation preparation) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, superuser, superuserPassword);
             Statement statement = connection.createStatement()) {
            preparation.prepare(connection);
            // one DO block: sent whole, as psql would
            statement.execute(Files.readString(script));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + script, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spring properties (as command-line arguments) that connect the app as the runtime role, Flyway as the owner. */
    public static List<String> arguments(String jdbcUrl) {
        return List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + RUNTIME,
                "--spring.datasource.password=" + RUNTIME_PASSWORD,
                "--spring.flyway.user=" + OWNER,
                "--spring.flyway.password=" + OWNER_PASSWORD);
    }
}
