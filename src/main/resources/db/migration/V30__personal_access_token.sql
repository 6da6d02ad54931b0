-- Personal access tokens for the JSON API. Only a SHA-256 hash of each token is stored: the token
-- itself is shown once, when it is created, and cannot be recovered from the database.
create table personal_access_token (
    id            bigint generated always as identity primary key,
    user_id       bigint not null references app_user (id),
    name          text not null check (length(btrim(name)) between 1 and 100),
    -- lower-case hex SHA-256 of the whole token
    token_hash    text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    -- the token's last four characters, so that its owner can tell tokens apart
    token_hint    text not null,
    created_at    timestamptz not null default now(),
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
create index personal_access_token_user_idx on personal_access_token (user_id);
