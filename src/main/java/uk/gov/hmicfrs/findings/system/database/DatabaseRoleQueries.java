package uk.gov.hmicfrs.findings.system.database;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What the start-up check asks PostgreSQL about the role a connection logs in as. */
final class DatabaseRoleQueries {

    /**
     * @param owns what the user owns in this database, or can act as the owner of through a role it belongs
     *             to: the database itself, a schema, a table, view or sequence, a function
     */
    record Standing(String user, boolean superuser, List<String> owns) {
    }

    private DatabaseRoleQueries() {
    }

    static Standing standingOfCurrentUser(JdbcTemplate jdbc) {
        return jdbc.queryForObject("""
                select current_user as username,
                       (select rolsuper from pg_roles where rolname = current_user) as superuser,
                       array(select 'database ' || d.datname from pg_database d
                             where d.datname = current_database() and pg_has_role(d.datdba, 'MEMBER')
                             union all
                             select * from (select 'schema ' || n.nspname from pg_namespace n
                                            where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                                              and pg_has_role(n.nspowner, 'MEMBER')
                                            order by 1) schemas
                             union all
                             select * from (select case c.relkind when 'S' then 'sequence ' when 'v' then 'view '
                                                   else 'table ' end || c.relname
                                            from pg_class c join pg_namespace n on n.oid = c.relnamespace
                                            where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                                              and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
                                              and pg_has_role(c.relowner, 'MEMBER')
                                            order by 1) relations
                             union all
                             select * from (select 'function ' || p.proname from pg_proc p
                                            join pg_namespace n on n.oid = p.pronamespace
                                            where n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                                              and pg_has_role(p.proowner, 'MEMBER')
                                            order by 1) functions) as owns
                """, (row, n) -> new Standing(row.getString("username"), row.getBoolean("superuser"),
                List.of((String[]) row.getArray("owns").getArray())));
    }

    static String currentUser(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select current_user", String.class);
    }
}
