package uk.gov.hmicfrs.findings.system.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import uk.gov.hmicfrs.findings.FindingsTrackerApplication;
import uk.gov.hmicfrs.findings.IntegrationTest;
import uk.gov.hmicfrs.findings.support.DatabaseOwner;
import uk.gov.hmicfrs.findings.support.OperatorRoles;
import uk.gov.hmicfrs.findings.support.RunningApp;
import uk.gov.hmicfrs.findings.support.StoppablePostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The application's database user is a runtime role that owns nothing, so the audit log is append-only for it
 * whatever SQL it runs: the trigger that refuses changes (V20) binds everyone, and this role may not switch the
 * trigger off, drop it, replace its function or take the table over. Not transactional: PostgreSQL aborts a
 * transaction at its first error, so each statement runs on its own.
 */
@IntegrationTest
class RuntimeRoleTest {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    DatabaseOwner owner;

    @Test
    void theApplicationConnectsAsTheRuntimeRoleAndMigratesAsAnother() {
        assertThat(DatabaseRoleQueries.currentUser(jdbc)).isEqualTo("findings_app");
        assertThat(DatabaseRoleQueries.currentUser(owner.jdbc())).isNotEqualTo("findings_app");
    }

    @Test
    void theRuntimeRoleAddsAndReadsAuditRowsButCannotChangeRemoveOrUnguardThem() {
        jdbc.update("insert into audit_event (actor_username, action, entity_type, entity_id) values ('runtime.role.test', 'TEST', 'ACTION', '1')");
        assertThat(jdbc.queryForObject("select action from audit_event where actor_username = 'runtime.role.test'", String.class))
                .isEqualTo("TEST");

        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("update", "update audit_event set action = 'CHANGED' where actor_username = 'runtime.role.test'");
        attempts.put("delete", "delete from audit_event where actor_username = 'runtime.role.test'");
        attempts.put("truncate", "truncate audit_event");
        attempts.put("disable the trigger", "alter table audit_event disable trigger audit_event_no_update_or_delete");
        attempts.put("disable every trigger", "alter table audit_event disable trigger all");
        attempts.put("drop the trigger", "drop trigger audit_event_no_update_or_delete on audit_event");
        attempts.put("drop the truncate trigger", "drop trigger audit_event_no_truncate on audit_event");
        attempts.put("replace the trigger's function", """
                create or replace function audit_event_is_append_only() returns trigger language plpgsql as $$
                begin return coalesce(new, old); end $$""");
        attempts.put("take the table over", "alter table audit_event owner to findings_app");
        attempts.put("drop the table", "drop table audit_event");
        attempts.put("skip triggers for the session", "set session_replication_role = replica");
        attempts.forEach((what, sql) -> assertThatThrownBy(() -> jdbc.execute(sql))
                .as(what)
                .isInstanceOf(DataAccessException.class)
                .satisfies(e -> {
                    SQLException cause = (SQLException) ((DataAccessException) e).getMostSpecificCause();
                    assertThat(cause.getSQLState()).as("%s: %s", what, cause.getMessage()).isEqualTo(INSUFFICIENT_PRIVILEGE);
                    // refused for want of the right, before the trigger is reached
                    assertThat(cause.getMessage()).as(what).doesNotContain("append-only");
                }));

        assertThat(jdbc.queryForObject("select action from audit_event where actor_username = 'runtime.role.test'", String.class))
                .isEqualTo("TEST");
        assertThat(jdbc.queryForList("""
                select t.tgname || ' ' || t.tgenabled::text from pg_trigger t
                where t.tgrelid = 'audit_event'::regclass and not t.tgisinternal order by t.tgname""", String.class))
                .containsExactly("audit_event_no_truncate O", "audit_event_no_update_or_delete O");
    }

    @Test
    void theRuntimeRoleOwnsNothingAndHoldsOnlyTheRightsItNeeds() {
        DatabaseRoleQueries.Standing standing = DatabaseRoleQueries.standingOfCurrentUser(jdbc);
        assertThat(standing.superuser()).isFalse();
        assertThat(standing.owns()).isEmpty();

        Map<String, Set<String>> rights = tableRights(jdbc);
        Set<String> appendOnly = new TreeSet<>(jdbc.queryForList("""
                select c.relname from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_proc p on p.oid = t.tgfoid
                where p.proname = 'audit_event_is_append_only'""", String.class));
        assertThat(appendOnly).contains("audit_event");
        assertThat(rights).containsKeys("audit_event", "app_user", "spring_session", "spring_session_attributes", "flyway_schema_history");
        rights.forEach((table, granted) -> {
            Set<String> expected;
            if (table.equals("flyway_schema_history")) {
                expected = Set.of();
            } else if (appendOnly.contains(table)) {
                expected = Set.of("SELECT", "INSERT");
            } else if (Set.of("region", "organisation").contains(table)) {
                expected = Set.of("SELECT");
            } else {
                expected = Set.of("SELECT", "INSERT", "UPDATE", "DELETE");
            }
            assertThat(granted).as(table).containsExactlyInAnyOrderElementsOf(expected);
        });

        assertThat(jdbc.queryForObject("select has_schema_privilege('public', 'CREATE')", Boolean.class)).isFalse();
        assertThat(jdbc.queryForList("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and case when c.relkind = 'S' then has_sequence_privilege(c.oid, 'UPDATE') end""", String.class))
                .as("sequences the runtime role could reset").isEmpty();
    }

    /** Every table of the schema, with the table rights the connection's user holds on it. */
    private static Map<String, Set<String>> tableRights(JdbcTemplate jdbc) {
        Map<String, Set<String>> rights = new LinkedHashMap<>();
        jdbc.query("""
                select c.relname, r.privilege
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                left join unnest(array['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER']) r (privilege)
                       on has_table_privilege(c.oid, r.privilege)
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                order by c.relname""", row -> {
            Set<String> granted = rights.computeIfAbsent(row.getString(1), table -> new TreeSet<>());
            if (row.getString(2) != null) {
                granted.add(row.getString(2));
            }
        });
        return rights;
    }

    @Test
    void startUpRefusesAnApplicationUserThatIsASuperuserOwnsSomethingOrIsFlywaysToo() throws SQLException {
        String url = jdbcUrl();
        String migrator = DatabaseRoleQueries.currentUser(owner.jdbc());
        JdbcTemplate ownerJdbc = owner.jdbc();

        // the runtime role itself, with Flyway as another user: allowed
        RuntimeRoleCheck.refuseUnsafe(DatabaseRoleQueries.standingOfCurrentUser(jdbc), migrator);

        assertThatThrownBy(() -> RuntimeRoleCheck.refuseUnsafe(DatabaseRoleQueries.standingOfCurrentUser(jdbc), "findings_app"))
                .hasMessageContaining("Flyway would migrate as findings_app, the application's own database user")
                .hasMessageContaining("SPRING_FLYWAY_USER");

        ownerJdbc.execute("create role owns_a_table login password 'scratch-password'");
        ownerJdbc.execute("create role belongs_to_the_owner login password 'scratch-password' in role \"" + migrator + "\"");
        try {
            ownerJdbc.execute("create table owned_by_the_app (id int)");
            ownerJdbc.execute("alter table owned_by_the_app owner to owns_a_table");
            assertThatThrownBy(() -> RuntimeRoleCheck.refuseUnsafe(
                    DatabaseRoleQueries.standingOfCurrentUser(as(url, "owns_a_table")), migrator))
                    .hasMessageStartingWith("The application's database user owns_a_table owns table owned_by_the_app, "
                            + "so it could switch off the audit log's trigger.")
                    .hasMessageContaining("SPRING_DATASOURCE_USERNAME");
            // a member of the owner's role can act as the owner
            assertThat(catchThrowable(() -> RuntimeRoleCheck.refuseUnsafe(
                    DatabaseRoleQueries.standingOfCurrentUser(as(url, "belongs_to_the_owner")), migrator)))
                    .hasMessageStartingWith("The application's database user belongs_to_the_owner owns ");
        } finally {
            ownerJdbc.execute("drop table if exists owned_by_the_app");
            ownerJdbc.execute("drop role owns_a_table");
            ownerJdbc.execute("drop role belongs_to_the_owner");
        }
    }

    /**
     * The whole application, on a database of its own that one user owned before the roles existed (as the
     * superuser of docker compose did): it stops before migrating anything until it runs as findings_app and
     * Flyway as findings_owner, and starts once the operator's scripts have made the roles and handed the
     * schema to the owner.
     */
    @Test
    void theApplicationStartsOnlyAsARoleThatOwnsNothingAndMigratesAsTheOwner() throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres()) {
            String url = postgres.jdbcUrl();
            JdbcTemplate superuser = new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
            Flyway.configure().dataSource(url, "postgres", "").locations("classpath:db/migration").target("80").load().migrate();

            assertThat(startFailure(url, "postgres", "", "postgres", ""))
                    .hasMessageStartingWith("The application's database user postgres is a superuser, so it could change or remove audit log rows.");
            OperatorRoles.create(url, "postgres", "");
            assertThat(startFailure(url, OperatorRoles.OWNER, OperatorRoles.OWNER_PASSWORD, OperatorRoles.OWNER, OperatorRoles.OWNER_PASSWORD))
                    .hasMessageStartingWith("The application's database user findings_owner owns database postgres, schema public,");
            assertThat(startFailure(url, OperatorRoles.RUNTIME, OperatorRoles.RUNTIME_PASSWORD, OperatorRoles.RUNTIME, OperatorRoles.RUNTIME_PASSWORD))
                    .hasMessageStartingWith("Flyway would migrate as findings_app, the application's own database user");
            assertThat(superuser.queryForObject("select max(installed_rank) from flyway_schema_history where version = '90'", Integer.class))
                    .as("nothing migrated while refused").isNull();

            OperatorRoles.transferOwnership(url, "postgres", "");
            try (RunningApp app = RunningApp.start(url)) {
                DatabaseRoleQueries.Standing runtime = DatabaseRoleQueries.standingOfCurrentUser(app.jdbc());
                assertThat(runtime.user()).isEqualTo(OperatorRoles.RUNTIME);
                assertThat(runtime.owns()).isEmpty();
                assertThat(app.jdbc().queryForObject("select count(*) from finding", Integer.class)).isPositive();
            }
            assertThat(superuser.queryForList("select distinct tableowner from pg_tables where schemaname = 'public'", String.class))
                    .containsExactly(OperatorRoles.OWNER);
            assertThat(superuser.queryForObject("select success from flyway_schema_history where version = '90'", Boolean.class)).isTrue();
        }
    }

    private static Throwable startFailure(String url, String user, String password, String flywayUser, String flywayPassword) {
        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(FindingsTrackerApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--spring.flyway.user=" + flywayUser,
                "--spring.flyway.password=" + flywayPassword, "--server.port=0", "--spring.main.banner-mode=off").close());
        assertThat(failure).as("start-up as %s, migrating as %s", user, flywayUser).isNotNull();
        Throwable cause = failure;
        while (!(cause instanceof IllegalStateException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String jdbcUrl() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        }
    }

    private static JdbcTemplate as(String url, String user) {
        return new JdbcTemplate(new DriverManagerDataSource(url, user, "scratch-password"));
    }
}
