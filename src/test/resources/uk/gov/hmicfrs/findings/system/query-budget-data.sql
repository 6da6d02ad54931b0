-- More data for QueryBudgetTest: many times the West Midlands seed, in every shape the pages read,
-- so that any per-row query shows as more statements. It runs inside the test's transaction and is
-- rolled back with it. Everything it adds is named "budget" (or BWM-/BP-/-BUDGET- references), so
-- nothing can be mistaken for the seed. Deterministic (hash-based): every run adds the same rows.
-- Patterns borrowed from bench/national-data.sql, at a smaller scale.

-- A force lead for every organisation, to author progress updates (and to fill the users page).
insert into app_user (username, display_name, password_hash, role, organisation_id)
select 'budget.lead.' || lower(o.code), o.name || ' (budget lead)',
       '{bcrypt}$2a$10$y01ApTwqacCDrpkufzf4meNxYNJ4VLikQvGElFOQPzcciKBHK3lx6', 'FORCE_LEAD', o.id
from organisation o;

-- Four more regional inspections of the West Midlands, one of them newer than the seed report.
insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
select 'budget-wm-soc-' || y, 'BWM-SOC-' || y,
       'Budget regional inspection ' || y || ' of the West Midlands response to serious and organised crime',
       make_date(y, 3, 10), 'REGIONAL_SOC', r.id, 'generated for the query budget test'
from unnest(array[2012, 2016, 2020, 2025]) as y
cross join region r where r.slug = 'west-midlands';

-- PEEL inspections of every force in the country in 2019 and 2022, and of the West Midlands forces in 2014 too.
insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source)
select 'budget-peel-' || y || '-' || o.slug, 'BP-' || y || '-' || o.code,
       o.name || ': budget PEEL inspection ' || y, make_date(y, 6, 1), 'PEEL', o.region_id,
       'generated for the query budget test'
from organisation o
join region r on r.id = o.region_id
cross join unnest(array[2014, 2019, 2022]) as y
where o.type <> 'ROCU' and (y <> 2014 or r.slug = 'west-midlands');

-- Judgements: every West Midlands body in each regional inspection, the force in each PEEL inspection.
insert into judgement (inspection_id, organisation_id, grade, sentence, position)
select i.id, o.id, g.grade,
       o.name || ' is ' || lower(replace(g.grade, '_', ' ')) || ' at tackling serious and organised crime (budget).',
       o.position * 100
from inspection i
join organisation o on o.region_id = i.region_id
    and (i.kind = 'REGIONAL_SOC' or i.slug = 'budget-peel-' || extract(year from i.published_on)::int || '-' || o.slug)
cross join lateral (select (array['OUTSTANDING', 'GOOD', 'ADEQUATE', 'REQUIRES_IMPROVEMENT', 'INADEQUATE'])
                           [1 + abs(hashtext(i.slug || o.slug)) % 5] as grade) g
where i.slug like 'budget-%';

-- Findings: 30 for each West Midlands body and 30 regional ones in each regional inspection, 12 in each
-- PEEL inspection, and 8 more for each body (and 8 regional) in the seed report itself. Every type,
-- and every finding's text has the words the test searches for.
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference)
select i.id, b.organisation_id,
       case when b.organisation_id is null then 'REGIONAL'
            else (array['SUMMARY', 'UNDERSTANDING', 'RESOURCES', 'TACKLING'])[1 + k % 4] end,
       t.type,
       (array['Budget disruption recording is inconsistent', 'Budget 4P plans are not quality assured',
              'Budget intelligence about prisons is not shared', 'Budget analytical capacity is limited',
              'Budget lead responsible officers need training', 'Budget disruption of county lines'])[1 + k % 6]
           || ' (' || coalesce(b.code, 'regional') || ' ' || extract(year from i.published_on)::int || ' ' || k || ')',
       'The budget inspection found that disruption activity against 4P plans was recorded inconsistently by '
           || coalesce(b.name, 'the region') || ' in ' || extract(year from i.published_on)::int
           || ', and that intelligence was not always shared with partners.' || E'\n\n'
           || repeat('Analysts told us that the recording of disruption varied between teams. ', 1 + k % 5) || E'\n\n'
           || E'  \u2022 the force should review its 4P plans;\n  \u2022 it should record disruption consistently.',
       case when i.slug = 'west-midlands-soc-2024' then 10000 else 0 end + coalesce(b.position, 0) * 100 + k,
       i.reference_prefix || '-' || coalesce(b.code, 'REGIONAL') || '-' || t.code || '-'
           || case when i.slug = 'west-midlands-soc-2024' then 'BUDGET' || k else k::text end
from inspection i
cross join lateral (
    select o.id as organisation_id, o.code, o.name, o.position from organisation o
    where o.region_id = i.region_id
      and (i.kind <> 'PEEL' or i.slug = 'budget-peel-' || extract(year from i.published_on)::int || '-' || o.slug)
    union all
    select null, null, null, null where i.kind <> 'PEEL') b
cross join generate_series(1, case when i.kind = 'PEEL' then 12 when i.slug = 'west-midlands-soc-2024' then 8 else 30 end) as k
cross join lateral (select case
        when k = 1 and b.organisation_id is not null and i.slug <> 'west-midlands-soc-2024' then 'CAUSE_OF_CONCERN'
        when k % 5 in (0, 2) then 'AREA_FOR_IMPROVEMENT'
        when k % 7 = 3 then 'INNOVATIVE_PRACTICE'
        when k % 11 = 4 then 'PROMISING_PRACTICE'
        else 'OBSERVATION' end as type) t0
cross join lateral (select t0.type, case t0.type when 'AREA_FOR_IMPROVEMENT' then 'AFI' when 'CAUSE_OF_CONCERN' then 'COC'
        when 'INNOVATIVE_PRACTICE' then 'IP' when 'PROMISING_PRACTICE' then 'PP' else 'OBS' end as code) t
where i.slug like 'budget-%' or i.slug = 'west-midlands-soc-2024';

-- Each regional inspection's findings repeat the same finding of the one before; the seed's 2017 West
-- Mercia cause of concern (which the 2024 one repeats) now repeats the 2016 one, and so on back to 2012.
update finding later set repeats_finding_id = earlier.id
from finding earlier
where later.reference like 'BWM-SOC-2016-%' and earlier.reference = replace(later.reference, 'BWM-SOC-2016-', 'BWM-SOC-2012-');
update finding later set repeats_finding_id = earlier.id
from finding earlier
where later.reference like 'BWM-SOC-2020-%' and earlier.reference = replace(later.reference, 'BWM-SOC-2020-', 'BWM-SOC-2016-');
update finding later set repeats_finding_id = earlier.id
from finding earlier
where later.reference = 'WMERC-SOC-2017-WMERC-COC-1' and earlier.reference = 'BWM-SOC-2016-WMERC-COC-1';

-- Six recommendations under every new cause of concern, due six months after publication, and
-- 31 more under the seed's West Mercia cause of concern (R10 to R40).
insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position)
select f.id, f.organisation_id, f.reference || '-R' || r,
       'By ' || to_char(i.published_on + interval '6 months', 'FMDD FMMonth YYYY') || ', ' || o.name || ' should:',
       'budget recommendation ' || r || ': record every disruption against its 4P plan;',
       (i.published_on + interval '6 months')::date, r
from finding f
join inspection i on i.id = f.inspection_id and i.slug like 'budget-%'
join organisation o on o.id = f.organisation_id
cross join generate_series(1, 6) as r
where f.type = 'CAUSE_OF_CONCERN';

insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position)
select f.id, f.organisation_id, f.reference || '-R' || r, 'By 1 January 2025, West Mercia Police should:',
       'budget recommendation ' || r || ': record every disruption against its 4P plan;',
       date '2025-01-01' + (r * 30), r
from finding f
cross join generate_series(10, 40) as r
where f.reference = 'WM-SOC-2024-WMERC-COC-1';

-- Themes: one or two for every new finding (and 4P plans for every new West Mercia one, which the
-- test's filtered search looks for), one for every new recommendation.
insert into finding_theme (finding_id, theme_id)
select f.id, th.id
from finding f
cross join lateral (values (1 + abs(hashtext(f.reference)) % 13), (1 + abs(hashtext(f.reference || 'x')) % 13),
                           (case when f.reference like '%-WMERC-%' then 1 end)) as pick(position)
join theme th on th.position = pick.position
where f.reference like 'B%' or f.reference like '%-BUDGET%'
on conflict do nothing;

insert into recommendation_theme (recommendation_id, theme_id)
select r.id, th.id
from recommendation r
join theme th on th.position = 1 + abs(hashtext(r.reference)) % 13
where r.text like 'budget recommendation%';

-- Actions, as V4 makes them: one per new recommendation and per new area for improvement (a regional
-- one is owned by the region's ROCU). A mix of statuses: open, overdue, completed and awaiting assessment, met.
insert into action (recommendation_id, organisation_id, original_due_on, force_status, assessment)
select r.id, r.organisation_id, r.due_on,
       (array['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'])[1 + abs(hashtext(r.reference || 's')) % 3],
       (array['NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET'])[1 + abs(hashtext(r.reference || 'a')) % 4]
from recommendation r
where r.text like 'budget recommendation%';

insert into action (finding_id, organisation_id, original_due_on, force_status, assessment)
select f.id,
       coalesce(f.organisation_id, (select o.id from organisation o where o.region_id = i.region_id and o.type = 'ROCU')),
       (i.published_on + interval '12 months')::date,
       (array['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED'])[1 + abs(hashtext(f.reference || 's')) % 3],
       (array['NOT_ASSESSED', 'NOT_MET', 'PARTIALLY_MET', 'MET'])[1 + abs(hashtext(f.reference || 'a')) % 4]
from finding f
join inspection i on i.id = f.inspection_id
where f.type = 'AREA_FOR_IMPROVEMENT' and (f.reference like 'B%' or f.reference like '%-BUDGET%');

-- Three progress updates on every new action from its organisation's budget lead, a month apart,
-- and an assessment of every assessed one before its last update (so completed ones await assessment).
insert into progress_update (action_id, author_id, created_at, status_before, status_after, narrative)
select a.id, u.id, coalesce(a.original_due_on, date '2024-01-01') - 120 + step * 30,
       case when step = 1 then 'NOT_STARTED' else 'IN_PROGRESS' end,
       case when step < 3 then 'IN_PROGRESS' else a.force_status end,
       'Budget progress update ' || step || ': disruption recording reviewed against the 4P plans.'
from action a
join app_user u on u.organisation_id = a.organisation_id and u.username like 'budget.lead.%'
left join recommendation r on r.id = a.recommendation_id
left join finding f on f.id = a.finding_id
cross join generate_series(1, 3) as step
where coalesce(r.text like 'budget recommendation%', false) or coalesce(f.reference like 'B%' or f.reference like '%-BUDGET%', false);

insert into assessment (action_id, assessor_id, created_at, assessment, note)
select a.id, (select id from app_user where role = 'INSPECTOR' order by id limit 1),
       coalesce(a.original_due_on, date '2024-01-01') - 100, a.assessment, 'Budget assessment'
from action a
left join recommendation r on r.id = a.recommendation_id
left join finding f on f.id = a.finding_id
where a.assessment <> 'NOT_ASSESSED'
  and (coalesce(r.text like 'budget recommendation%', false) or coalesce(f.reference like 'B%' or f.reference like '%-BUDGET%', false));

-- The seed action the test opens (WM-SOC-2024-WMERC-COC-1-R3) gets a long history: 40 updates, each
-- with a link, and 10 assessments.
insert into progress_update (action_id, author_id, created_at, status_before, status_after, narrative)
select a.id, u.id, timestamptz '2024-06-01 09:00:00+00' + (step || ' days')::interval, 'IN_PROGRESS', 'IN_PROGRESS',
       'Budget history update ' || step || ' on disruption recording.'
from action a
join recommendation r on r.id = a.recommendation_id and r.reference = 'WM-SOC-2024-WMERC-COC-1-R3'
join app_user u on u.username = 'budget.lead.wmerc'
cross join generate_series(1, 40) as step;

insert into evidence (progress_update_id, kind, url)
select p.id, 'LINK', 'https://example.org/budget/evidence/' || p.id
from progress_update p where p.narrative like 'Budget history update%';

insert into assessment (action_id, assessor_id, created_at, assessment, note)
select a.id, (select id from app_user where role = 'INSPECTOR' order by id limit 1),
       timestamptz '2024-06-01 12:00:00+00' + (step * 4 || ' days')::interval, 'PARTIALLY_MET', 'Budget history assessment ' || step
from action a
join recommendation r on r.id = a.recommendation_id and r.reference = 'WM-SOC-2024-WMERC-COC-1-R3'
cross join generate_series(1, 10) as step;

-- Key figures for every West Midlands body in each regional inspection, the pursue share among them.
insert into key_figure (inspection_id, organisation_id, finding_id, label, value, unit, period, position)
select i.id, o.id, null, kf.label, kf.value, kf.unit, 'budget year ' || extract(year from i.published_on)::int, o.position * 10 + kf.n
from inspection i
join organisation o on o.region_id = i.region_id
cross join lateral (values
    (1, 'Recorded disruptions that were pursue activity', 40 + abs(hashtext(i.slug || o.slug)) % 50, 'percent'),
    (2, 'Budget analysts in the knowledge hub', 5 + abs(hashtext(i.slug || o.slug || 'a')) % 30, 'count')) as kf(n, label, value, unit)
where i.slug like 'budget-wm-soc-%';

-- Audit events, newest of all, as the application records them: after every event other tests have
-- committed, whatever clock those tests ran the application with.
insert into audit_event (occurred_at, actor_id, actor_username, action, entity_type, entity_id, before_state, after_state)
select greatest(now(), (select max(occurred_at) from audit_event)) + (n || ' seconds')::interval, null, 'budget.auditor', 'PROGRESS_UPDATE_ADDED', 'ACTION', n::text,
       jsonb_build_object('forceStatus', 'NOT_STARTED'), jsonb_build_object('forceStatus', 'IN_PROGRESS', 'narrative', 'Budget audit ' || n)
from generate_series(1, 300) as n;

-- Personal access tokens for the inspector (most revoked, as the limit on active tokens requires).
insert into personal_access_token (user_id, name, token_hash, token_hint, created_at, revoked_at)
select u.id, 'budget token ' || n, md5('budget' || n) || md5('token' || n), lpad(n::text, 4, '0'),
       now() - (n || ' days')::interval, case when n > 2 then now() - (n || ' hours')::interval end
from app_user u cross join generate_series(1, 30) as n
where u.username = 'inspector';
