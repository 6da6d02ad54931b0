-- For a database that Findings Tracker used before it had its own roles, when one user owned the schema and
-- the application connected as it (docker compose's superuser, say). After create-roles.sql, run this as a
-- superuser connected to the application's database: it gives findings_owner every table, view, sequence
-- and function in the public schema, so that Flyway migrates as findings_owner and the application can run
-- as findings_app (docs/operations.md, "Database roles"). REASSIGN OWNED would be shorter, but it refuses
-- the objects of the superuser that initialised the cluster.
do
$$
declare
    change text;
begin
    for change in
        select format('alter table public.%I owner to findings_owner', c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v')
        union all
        -- a table's own sequences (identity, serial) follow the table
        select format('alter sequence public.%I owner to findings_owner', c.relname)
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind = 'S'
          and not exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
        union all
        select format('alter function %s owner to findings_owner', p.oid::regprocedure)
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname = 'public'
    loop
        execute change;
    end loop;
end
$$;
