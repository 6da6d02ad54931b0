-- The append-only audit log: one row for every write the application makes, in the same
-- transaction as the write. Rows are never changed or removed, by anyone.

create table audit_event (
    id              bigint generated always as identity primary key,
    occurred_at     timestamptz not null default now(),
    -- kept as text as well as the id, so the log still reads correctly if a username changes
    actor_id        bigint references app_user (id),
    actor_username  text not null,
    action          text not null,
    entity_type     text not null,
    entity_id       text not null,
    before_state    jsonb,
    after_state     jsonb
);
create index audit_event_occurred_idx on audit_event (occurred_at desc, id desc);
create index audit_event_actor_idx on audit_event (actor_username, occurred_at desc);
create index audit_event_entity_idx on audit_event (entity_type, entity_id);

-- A trigger binds every role, including the owner and a superuser (the embedded database
-- connects as one), where a REVOKE alone would not.
create function audit_event_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_event is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_event_no_update_or_delete
    before update or delete on audit_event
    for each row execute function audit_event_is_append_only();

create trigger audit_event_no_truncate
    before truncate on audit_event
    for each statement execute function audit_event_is_append_only();

-- Where production runs the application as a separate login role, take the rights away as well.
revoke update, delete, truncate on audit_event from public;
do
$$
begin
    if exists (select 1 from pg_roles where rolname = 'findings_app') then
        execute 'revoke update, delete, truncate on audit_event from findings_app';
        execute 'grant select, insert on audit_event to findings_app';
    end if;
end;
$$;
