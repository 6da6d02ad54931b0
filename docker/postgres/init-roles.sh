#!/bin/sh
# Runs once, when docker compose creates the database volume (the postgres image runs what is in
# /docker-entrypoint-initdb.d on a new data directory only): creates the owner and runtime roles with the
# passwords from FINDINGS_OWNER_PASSWORD and FINDINGS_APP_PASSWORD. psql quotes them (:'...'), so any
# character is safe.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" <<'SQL'
\getenv owner_password FINDINGS_OWNER_PASSWORD
\getenv app_password FINDINGS_APP_PASSWORD
select set_config('findings.owner_password', :'owner_password', false) as owner_password_set,
       set_config('findings.app_password', :'app_password', false) as app_password_set \gset
\i /findings/create-roles.sql
SQL
