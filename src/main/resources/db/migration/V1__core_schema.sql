-- Core schema: reference data (regions, organisations) and what an inspection report says.
-- Text columns hold the report's words verbatim; enum-like columns are constrained here so
-- that a bad write fails in the database as well as in the application.

create table region (
    id        bigint generated always as identity primary key,
    slug      text not null unique,
    name      text not null,
    position  integer not null
);

create table organisation (
    id          bigint generated always as identity primary key,
    slug        text not null unique,
    name        text not null,
    -- the name as a report lists it (Appendix 1 says "Warwickshire", the ROCU is "ROCUWM")
    short_name  text not null,
    -- a short upper-case code used in finding references (WMERC in WM-SOC-2024-WMERC-COC-1)
    code        text not null unique,
    type        text not null check (type in ('TERRITORIAL_FORCE', 'OTHER_FORCE', 'ROCU')),
    region_id   bigint not null references region (id),
    position    integer not null
);
create index organisation_region_idx on organisation (region_id);

create table inspection (
    id                bigint generated always as identity primary key,
    slug              text not null unique,
    -- prefix of every finding reference in this inspection, e.g. WM-SOC-2024
    reference_prefix  text not null unique,
    title             text not null,
    published_on      date not null,
    kind              text not null check (kind in ('REGIONAL_SOC', 'SOC_PEEL', 'PEEL', 'INTEGRATED_PEEL', 'THEMATIC')),
    region_id         bigint references region (id),
    source            text not null,
    version           integer not null default 0
);

create table judgement (
    id               bigint generated always as identity primary key,
    inspection_id    bigint not null references inspection (id),
    organisation_id  bigint not null references organisation (id),
    grade            text not null check (grade in ('OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE')),
    -- the report's sentence, e.g. "West Mercia Police is inadequate at tackling serious and organised crime."
    sentence         text not null,
    -- where the organisation's chapter starts in the report (same sequence as finding.position)
    position         integer not null,
    version          integer not null default 0,
    unique (inspection_id, organisation_id)
);
create index judgement_organisation_idx on judgement (organisation_id);

create table finding (
    id               bigint generated always as identity primary key,
    inspection_id    bigint not null references inspection (id),
    -- null for regional findings, which no single body owns
    organisation_id  bigint references organisation (id),
    section          text not null check (section in ('SUMMARY', 'REGIONAL', 'UNDERSTANDING', 'RESOURCES', 'TACKLING')),
    type             text not null check (type in ('AREA_FOR_IMPROVEMENT', 'CAUSE_OF_CONCERN', 'INNOVATIVE_PRACTICE', 'PROMISING_PRACTICE', 'OBSERVATION')),
    title            text not null,
    -- verbatim paragraphs separated by a blank line; list items keep their "  • " or "  1. " marker
    body             text not null,
    -- report order within the inspection, shared with passage.position and judgement.position
    position         integer not null,
    reference        text not null unique,
    withdrawn        boolean not null default false,
    version          integer not null default 0,
    unique (inspection_id, position)
);
create index finding_inspection_idx on finding (inspection_id, position);
create index finding_organisation_idx on finding (organisation_id);

create table recommendation (
    id               bigint generated always as identity primary key,
    finding_id       bigint not null references finding (id),
    -- the organisation that must act
    organisation_id  bigint not null references organisation (id),
    reference        text not null unique,
    -- the sentence that introduces the list, e.g. "By 1 January 2025, West Mercia Police should:"
    lead_in          text not null,
    text             text not null,
    due_on           date,
    position         integer not null,
    version          integer not null default 0,
    unique (finding_id, position)
);
create index recommendation_organisation_idx on recommendation (organisation_id);

create table key_figure (
    id               bigint generated always as identity primary key,
    inspection_id    bigint not null references inspection (id),
    organisation_id  bigint references organisation (id),
    -- the finding whose text states the figure, when there is one
    finding_id       bigint references finding (id),
    label            text not null,
    value            numeric not null,
    unit             text not null,
    period           text,
    position         integer not null
);
create index key_figure_organisation_idx on key_figure (organisation_id);

-- Report text that is not a headed finding: the introduction, chapter openings, appendices.
-- Kept so that the database holds every heading and paragraph of a report.
create table passage (
    id               bigint generated always as identity primary key,
    inspection_id    bigint not null references inspection (id),
    organisation_id  bigint references organisation (id),
    -- the chapter heading it sits under, e.g. "Introduction", "Regional findings", "Warwickshire Police"
    chapter          text not null,
    section          text check (section in ('SUMMARY', 'REGIONAL', 'UNDERSTANDING', 'RESOURCES', 'TACKLING')),
    heading          text,
    body             text not null,
    position         integer not null,
    unique (inspection_id, position)
);

create table app_user (
    id               bigint generated always as identity primary key,
    username         text not null unique,
    display_name     text not null,
    password_hash    text not null,
    role             text not null check (role in ('INSPECTOR', 'FORCE_LEAD', 'ANALYST', 'ADMIN')),
    -- a force lead is bound to exactly one organisation; nobody else is
    organisation_id  bigint references organisation (id),
    active           boolean not null default true,
    failed_attempts  integer not null default 0,
    locked_until     timestamptz,
    created_at       timestamptz not null default now(),
    version          integer not null default 0,
    check ((role = 'FORCE_LEAD') = (organisation_id is not null))
);
