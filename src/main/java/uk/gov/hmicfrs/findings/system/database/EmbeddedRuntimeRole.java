package uk.gov.hmicfrs.findings.system.database;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;

import javax.sql.DataSource;

/**
 * The login role the application uses on the embedded database, made by its superuser as an operator makes
 * it elsewhere (docs/operations.md, "Database roles"): it owns nothing, so it cannot switch off the audit
 * log's trigger. Its password is new on every start; nothing outside this process needs it.
 */
record EmbeddedRuntimeRole(String name, String password) {

    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedRuntimeRole createOrRenew(DataSource superuser, String name) {
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        // URL-safe Base64: no quote or backslash, so it can stand in a string literal as it is
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        try (Connection connection = superuser.getConnection(); Statement statement = connection.createStatement()) {
            String verb = exists(connection, name) ? "alter" : "create";
            statement.execute(verb + " role " + quotedIdentifier(name)
                    + " login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password '" + password + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the runtime role " + name + " on the embedded PostgreSQL", e);
        }
        return new EmbeddedRuntimeRole(name, password);
    }

    private static boolean exists(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select 1 from pg_roles where rolname = ?")) {
            query.setString(1, name);
            try (ResultSet role = query.executeQuery()) {
                return role.next();
            }
        }
    }

    private static String quotedIdentifier(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    @Override
    public String toString() {
        return "EmbeddedRuntimeRole[" + name + "]";
    }
}
