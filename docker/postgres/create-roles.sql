-- The database roles of Findings Tracker (docs/operations.md, "Database roles"). Run it as a superuser,
-- connected to the application's database, after setting the two passwords in the same session:
--   select set_config('findings.owner_password', '...', false), set_config('findings.app_password', '...', false);
-- docker/postgres/init-roles.sh does this for docker compose. Run again, it only sets the passwords again.
do
$$
begin
    -- findings_owner owns the database, so the public schema and everything Flyway creates in it. Only
    -- Flyway logs in as it (SPRING_FLYWAY_USER).
    if exists (select from pg_roles where rolname = 'findings_owner') then
        execute format('alter role findings_owner login password %L', current_setting('findings.owner_password'));
    else
        execute format('create role findings_owner login password %L', current_setting('findings.owner_password'));
    end if;
    -- findings_app is the application at run time (SPRING_DATASOURCE_USERNAME). It owns nothing, so it
    -- cannot switch off the audit log's trigger; the migrations grant it what it needs.
    if exists (select from pg_roles where rolname = 'findings_app') then
        execute format('alter role findings_app login password %L', current_setting('findings.app_password'));
    else
        execute format('create role findings_app login password %L', current_setting('findings.app_password'));
    end if;
    execute format('alter database %I owner to findings_owner', current_database());
end
$$;
