-- Reports imported from JSON, by the SHA-256 of the file, so that the same file is never imported twice.
create table report_import (
    id             bigint generated always as identity primary key,
    sha256         text not null unique,
    file_name      text not null,
    inspection_id  bigint not null references inspection (id),
    imported_by    bigint not null references app_user (id),
    imported_at    timestamptz not null default now()
);
