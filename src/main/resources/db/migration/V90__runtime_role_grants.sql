-- The application connects at run time as ${runtime_role}, a role that owns nothing; migrations run as the
-- schema's owner (docs/operations.md, "Database roles"). An owner can disable the audit log's trigger or drop
-- it, a mere grantee cannot, so the runtime role gets rights table by table and nothing else: no TRUNCATE,
-- REFERENCES or TRIGGER anywhere, nothing on Flyway's history, nothing it could grant on.
-- The role must exist before this runs: the embedded database creates it, an operator creates it elsewhere.

grant usage on schema ${flyway:defaultSchema} to "${runtime_role}";

-- Every table the application writes: pages, forms, the import, sign-in and Spring Session.
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to "${runtime_role}";
revoke all on table ${flyway:table} from "${runtime_role}";

-- Reference data the application only reads.
revoke insert, update, delete on region, organisation from "${runtime_role}";

-- The audit log is append-only for the application: it may add rows and read them, never change or remove
-- them (the trigger of V20 refuses that too, even to the owner).
revoke update, delete on audit_event from "${runtime_role}";

-- Tables of later migrations get the same rights as most tables here. A later migration that creates an
-- append-only table (one its trigger guards) revokes update and delete on it, as above for audit_event:
-- RuntimeRoleTest fails while the runtime role could change such a table.
alter default privileges in schema ${flyway:defaultSchema}
    grant select, insert, update, delete on tables to "${runtime_role}";
alter default privileges in schema ${flyway:defaultSchema}
    grant usage on sequences to "${runtime_role}";
