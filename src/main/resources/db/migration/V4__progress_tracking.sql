-- Progress tracking: every recommendation and every area for improvement is an action that the
-- owning organisation reports progress on and the inspectorate assesses.

create table action (
    id                      bigint generated always as identity primary key,
    -- exactly one of: the area for improvement (a finding) or the recommendation it tracks
    finding_id              bigint unique references finding (id),
    recommendation_id       bigint unique references recommendation (id),
    organisation_id         bigint not null references organisation (id),
    original_due_on         date,
    revised_due_on          date,
    revised_due_reason      text,
    revised_due_by          bigint references app_user (id),
    revised_due_at          timestamptz,
    force_status            text not null default 'NOT_STARTED'
                            check (force_status in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    assessment              text not null default 'NOT_ASSESSED'
                            check (assessment in ('NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET', 'SUPERSEDED')),
    superseded_by_action_id bigint references action (id),
    updated_at              timestamptz not null default now(),
    version                 integer not null default 0,
    check ((finding_id is null) <> (recommendation_id is null)),
    check ((assessment = 'SUPERSEDED') = (superseded_by_action_id is not null)),
    check ((revised_due_on is null) = (revised_due_reason is null))
);
create index action_organisation_idx on action (organisation_id);

-- A dated entry from the force. Never edited or deleted: a correction is a new entry.
create table progress_update (
    id             bigint generated always as identity primary key,
    action_id      bigint not null references action (id),
    author_id      bigint not null references app_user (id),
    created_at     timestamptz not null default now(),
    status_before  text not null check (status_before in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    status_after   text not null check (status_after in ('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED')),
    narrative      text not null check (length(btrim(narrative)) > 0)
);
create index progress_update_action_idx on progress_update (action_id, created_at);

-- Evidence attached to a progress update: a link, or a checked file stored in the database.
create table evidence (
    id                  bigint generated always as identity primary key,
    progress_update_id  bigint not null references progress_update (id),
    kind                text not null check (kind in ('LINK', 'FILE')),
    url                 text,
    file_name           text,
    content_type        text,
    size_bytes          bigint check (size_bytes between 0 and 10485760),
    content             bytea,
    sha256              text,
    check ((kind = 'LINK') = (url is not null)),
    check ((kind = 'FILE') = (content is not null and file_name is not null and content_type is not null))
);
create index evidence_progress_update_idx on evidence (progress_update_id);

-- The inspectorate's assessment of an action, as a dated entry.
create table assessment (
    id           bigint generated always as identity primary key,
    action_id    bigint not null references action (id),
    assessor_id  bigint not null references app_user (id),
    created_at   timestamptz not null default now(),
    assessment   text not null check (assessment in ('NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET', 'SUPERSEDED')),
    note         text not null default ''
);
create index assessment_action_idx on assessment (action_id, created_at);

-- Every recommendation and area for improvement already recorded becomes an action. A regional
-- area for improvement is owned by the region's ROCU, which leads the regional response.
insert into action (recommendation_id, organisation_id, original_due_on)
select r.id, r.organisation_id, r.due_on from recommendation r order by r.id;

insert into action (finding_id, organisation_id, original_due_on)
select f.id,
       coalesce(f.organisation_id,
                (select o.id from organisation o join inspection i on i.region_id = o.region_id
                 where i.id = f.inspection_id and o.type = 'ROCU')),
       null
from finding f
where f.type = 'AREA_FOR_IMPROVEMENT'
order by f.id;
