-- A realistic national data set on top of a migrated Findings Tracker database:
-- every force of Appendix 1 (already seeded), twenty years (2005-2024) of PEEL inspections,
-- about 102,000 findings with the text lengths and type mix of real reports, about 50,000 tracked
-- actions and 300,000 progress updates.
--
--   psql -v ON_ERROR_STOP=1 -f bench/national-data.sql "postgresql://user@host:port/db"
--
-- Text is drawn from the paragraphs and titles of the seeded West Midlands report, so lengths,
-- vocabulary and search behaviour are those of real findings. Everything is deterministic
-- (hash-based, no random()), so two loads give the same data. It runs in one transaction and
-- refuses to run twice.

\timing on
begin;

do $$
begin
    if exists (select 1 from inspection where slug like 'national-%') then
        raise exception 'The national data set is already loaded';
    end if;
end $$;

create temp table para on commit drop as
select row_number() over (order by f.id, x.ord) as n, x.p
from finding f, regexp_split_to_table(f.body, E'\n\n') with ordinality as x(p, ord)
where f.reference like 'WM-SOC-2024-%' and length(x.p) > 60;
select count(*) as paragraphs from para \gset

create temp table title_pool on commit drop as
select row_number() over (order by f.id) as n, f.title, o.name as org_name
from finding f left join organisation o on o.id = f.organisation_id
where f.reference like 'WM-SOC-2024-%';
select count(*) as titles from title_pool \gset

-- One force lead per organisation to author updates (password: demo-password).
insert into app_user (username, display_name, password_hash, role, organisation_id)
select 'bench.lead.' || lower(o.code), o.name || ' (bench lead)',
       '{bcrypt}$2a$10$y01ApTwqacCDrpkufzf4meNxYNJ4VLikQvGElFOQPzcciKBHK3lx6', 'FORCE_LEAD', o.id
from organisation o
on conflict (username) do nothing;

-- Twenty years of PEEL inspections of every force: 20 x 44 = 880 inspections.
create temp table plan on commit drop as
select y, o.id as organisation_id, o.code, o.name, o.region_id,
       'national-peel-' || y || '-' || o.slug as slug,
       'N' || y || '-' || o.code as prefix
from generate_series(2005, 2024) as y
join organisation o on o.type <> 'ROCU';

insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
select slug, prefix, 'PEEL ' || y || ': ' || name,
       make_date(y, 1 + abs(hashtext(slug)) % 12, 1 + abs(hashtext(slug || 'd')) % 28),
       case when y < 2014 then 'INTEGRATED_PEEL' else 'PEEL' end,
       region_id, 'generated for benchmarks'
from plan;

insert into judgement (inspection_id, organisation_id, grade, sentence, position)
select i.id, p.organisation_id, g.grade,
       p.name || ' is ' || lower(replace(g.grade, '_', ' ')) || ' at tackling serious and organised crime.', 1
from plan p
join inspection i on i.slug = p.slug
cross join lateral (select (array['OUTSTANDING', 'GOOD', 'GOOD', 'ADEQUATE', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'])
                           [1 + abs(hashtext(p.slug || 'g')) % 8] as grade) g;

-- 116 findings an inspection: 45% areas for improvement, a cause of concern in every other
-- inspection, some innovative and promising practice, the rest observations.
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
select i.id, p.organisation_id,
       (array['UNDERSTANDING', 'RESOURCES', 'TACKLING'])[1 + (k * 3 / 117)],
       t.type,
       replace(tp.title, coalesce(tp.org_name, '~'), p.name),
       b.body,
       k + 1,
       p.prefix || '-' || p.code || '-' || k
from plan p
join inspection i on i.slug = p.slug
cross join generate_series(1, 116) as k
cross join lateral (select case
        when k = 1 and i.id % 2 = 0 then 'CAUSE_OF_CONCERN'
        when k % 20 < 9 then 'AREA_FOR_IMPROVEMENT'
        when k % 29 = 0 then 'INNOVATIVE_PRACTICE'
        when k % 31 = 0 then 'PROMISING_PRACTICE'
        else 'OBSERVATION' end as type) t
join title_pool tp on tp.n = 1 + abs(hashtext(p.slug || ':t:' || k)) % :titles
cross join lateral (
    select string_agg(pa.p, E'\n\n' order by m) as body
    from generate_series(1, 1 + abs(hashtext(p.slug || ':n:' || k)) % 4) as m
    join para pa on pa.n = 1 + abs(hashtext(p.slug || ':' || k || ':' || m)) % :paragraphs) b;

-- Ten recommendations under each cause of concern, due six months after publication.
insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position)
select f.id, f.organisation_id, f.reference || '-R' || r,
       'By ' || to_char(i.published_on + interval '6 months', 'FMDD FMMonth YYYY') || ', ' || o.name || ' should:',
       split_part(pa.p, '. ', 1) || ';',
       (i.published_on + interval '6 months')::date, r
from finding f
join inspection i on i.id = f.inspection_id and i.slug like 'national-%'
join organisation o on o.id = f.organisation_id
cross join generate_series(1, 10) as r
join para pa on pa.n = 1 + abs(hashtext(f.reference || ':r:' || r)) % :paragraphs
where f.type = 'CAUSE_OF_CONCERN';

-- One or two themes a finding.
insert into finding_theme (finding_id, theme_id)
select f.id, th.id
from finding f
join inspection i on i.id = f.inspection_id and i.slug like 'national-%'
cross join lateral (values (1 + abs(hashtext(f.reference)) % 13), (1 + abs(hashtext(f.reference || 'x')) % 13)) as pick(position)
join theme th on th.position = pick.position
on conflict do nothing;

-- Actions, as V4 makes them: one per recommendation and per area for improvement. Older
-- inspections are mostly closed; recent ones are open, and some are overdue.
insert into action (recommendation_id, organisation_id, original_due_on, force_status, assessment, updated_at)
select r.id, r.organisation_id, r.due_on, s.force_status, s.assessment, now()
from recommendation r
join finding f on f.id = r.finding_id
join inspection i on i.id = f.inspection_id and i.slug like 'national-%'
cross join lateral (select
        (array['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'])[1 + abs(hashtext(r.reference || 's')) % 3] as force_status,
        case when extract(year from i.published_on) < 2022 then 'MET'
             else (array['NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET'])[1 + abs(hashtext(r.reference || 'a')) % 4] end as assessment) s;

insert into action (finding_id, organisation_id, original_due_on, force_status, assessment, updated_at)
select f.id, f.organisation_id,
       case when abs(hashtext(f.reference)) % 3 = 0 then (i.published_on + interval '12 months')::date end,
       s.force_status, s.assessment, now()
from finding f
join inspection i on i.id = f.inspection_id and i.slug like 'national-%'
cross join lateral (select
        (array['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'])[1 + abs(hashtext(f.reference || 's')) % 3] as force_status,
        case when extract(year from i.published_on) < 2022 then 'MET'
             else (array['NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET'])[1 + abs(hashtext(f.reference || 'a')) % 4] end as assessment) s
where f.type = 'AREA_FOR_IMPROVEMENT';

-- Six progress updates an action from its force's bench lead, a month or so apart.
create temp table action_context on commit drop as
select a.id, a.force_status, u.id as author_id, i.published_on
from action a
left join recommendation r on r.id = a.recommendation_id
join finding f on f.id = coalesce(a.finding_id, r.finding_id)
join inspection i on i.id = f.inspection_id and i.slug like 'national-%'
join organisation o on o.id = a.organisation_id
join app_user u on u.username = 'bench.lead.' || lower(o.code);
analyze action_context;
analyze para;

insert into progress_update (action_id, author_id, created_at, status_before, status_after, narrative)
select c.id, c.author_id,
       c.published_on + (step * 35 || ' days')::interval,
       case when step = 1 then 'NOT_STARTED' else 'IN_PROGRESS' end,
       case when step < 6 then 'IN_PROGRESS' else c.force_status end,
       pa.p
from action_context c
cross join generate_series(1, 6) as step
join para pa on pa.n = 1 + abs(hashtext(c.id || ':u:' || step)) % :paragraphs;

commit;
analyze;

select (select count(*) from inspection) as inspections,
       (select count(*) from finding) as findings,
       (select count(*) from recommendation) as recommendations,
       (select count(*) from action) as actions,
       (select count(*) from progress_update) as progress_updates;
