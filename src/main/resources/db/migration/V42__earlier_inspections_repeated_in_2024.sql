-- The earlier inspections that the West Midlands 2024 report names, recorded as far as the report
-- describes them, and the 2024 findings linked as repeats of theirs.
--
-- What the report does not say is not invented: it gives only the year of each inspection, so
-- published_on is 1 January of that year (2022 for "2021/22") and stands for "in that year"; it
-- states a grade only for Warwickshire 2018 ("good"), so West Mercia 2017 and Staffordshire 2021/22
-- have no judgement. The report does not say which part of those reports each finding came from,
-- so they sit in the summary section. Finding text uses the 2024 report's own words.

insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source) values
    ('warwickshire-integrated-peel-2018', 'WARKS-PEEL-2018',
     'Warwickshire Police: 2018 integrated PEEL inspection', date '2018-01-01', 'INTEGRATED_PEEL',
     (select id from region where slug = 'west-midlands'),
     'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/'),
    ('west-mercia-soc-peel-2017', 'WMERC-SOC-2017',
     'West Mercia Police: 2017 serious and organised crime PEEL inspection', date '2017-01-01', 'SOC_PEEL',
     (select id from region where slug = 'west-midlands'),
     'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/'),
    ('staffordshire-peel-2021-22', 'STAFFS-PEEL-2022',
     'Staffordshire Police: 2021/22 PEEL inspection', date '2022-01-01', 'PEEL',
     (select id from region where slug = 'west-midlands'),
     'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/');

insert into judgement (inspection_id, organisation_id, grade, sentence, position) values
    ((select id from inspection where slug = 'warwickshire-integrated-peel-2018'),
     (select id from organisation where code = 'WARKS'), 'GOOD',
     'We last inspected Warwickshire Police’s response to SOC in our 2018 integrated PEEL inspection. We graded the force’s response as good but identified three areas for improvement.',
     1);

insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values
    ((select id from inspection where slug = 'warwickshire-integrated-peel-2018'),
     (select id from organisation where code = 'WARKS'), 'SUMMARY', 'AREA_FOR_IMPROVEMENT',
     'The quality of 4P plans',
     'We last inspected Warwickshire Police’s response to SOC in our 2018 integrated PEEL inspection. We graded the force’s response as good but identified three areas for improvement, the first being the quality of 4P plans.',
     2, 'WARKS-PEEL-2018-WARKS-AFI-1'),
    ((select id from inspection where slug = 'warwickshire-integrated-peel-2018'),
     (select id from organisation where code = 'WARKS'), 'SUMMARY', 'AREA_FOR_IMPROVEMENT',
     'Organisational learning and the force’s understanding of how its work affects SOC',
     'We last inspected Warwickshire Police’s response to SOC in our 2018 integrated PEEL inspection. We graded the force’s response as good but identified three areas for improvement, the second being organisational learning and the force’s understanding of how its work affects SOC.',
     3, 'WARKS-PEEL-2018-WARKS-AFI-2'),
    ((select id from inspection where slug = 'warwickshire-integrated-peel-2018'),
     (select id from organisation where code = 'WARKS'), 'SUMMARY', 'AREA_FOR_IMPROVEMENT',
     'The management of SOC offenders',
     'We last inspected Warwickshire Police’s response to SOC in our 2018 integrated PEEL inspection. We graded the force’s response as good but identified three areas for improvement, the third being the management of SOC offenders.',
     4, 'WARKS-PEEL-2018-WARKS-AFI-3'),
    ((select id from inspection where slug = 'west-mercia-soc-peel-2017'),
     (select id from organisation where code = 'WMERC'), 'SUMMARY', 'CAUSE_OF_CONCERN',
     'West Mercia Police was not tackling serious and organised crime effectively enough',
     'In our 2017 serious and organised crime PEEL inspection of the force, we issued a cause of concern. As a result, we placed the force in Engage (the higher level of a two-stage performance monitoring and improvement support process). In 2019, we assessed that the force had made enough improvement and removed it from enhanced monitoring.',
     1, 'WMERC-SOC-2017-WMERC-COC-1'),
    ((select id from inspection where slug = 'staffordshire-peel-2021-22'),
     (select id from organisation where code = 'STAFFS'), 'SUMMARY', 'AREA_FOR_IMPROVEMENT',
     'Delays in securing digital forensic evidence',
     'Following our 2021/22 PEEL inspection, we reported an area for improvement relating to delays in securing digital forensic evidence.',
     1, 'STAFFS-PEEL-2022-STAFFS-AFI-1');

insert into finding_theme (finding_id, theme_id)
select f.id, t.id from (values
    ('WARKS-PEEL-2018-WARKS-AFI-1', '4p-plans'),
    ('WARKS-PEEL-2018-WARKS-AFI-2', 'organisational-learning'),
    ('WARKS-PEEL-2018-WARKS-AFI-3', 'soc-offender-management'),
    ('WMERC-SOC-2017-WMERC-COC-1', 'governance-and-performance'),
    ('STAFFS-PEEL-2022-STAFFS-AFI-1', 'resources')
) as tag (reference, slug)
join finding f on f.reference = tag.reference
join theme t on t.slug = tag.slug;

-- The 2024 findings that say the earlier problem remains.
update finding f set repeats_finding_id = earlier.id
from (values
    ('WM-SOC-2024-WARKS-AFI-2', 'WARKS-PEEL-2018-WARKS-AFI-1'),
    ('WM-SOC-2024-WARKS-AFI-3', 'WARKS-PEEL-2018-WARKS-AFI-2'),
    ('WM-SOC-2024-WARKS-AFI-4', 'WARKS-PEEL-2018-WARKS-AFI-3'),
    ('WM-SOC-2024-WMERC-COC-1', 'WMERC-SOC-2017-WMERC-COC-1'),
    ('WM-SOC-2024-STAFFS-AFI-1', 'STAFFS-PEEL-2022-STAFFS-AFI-1')
) as link (reference, earlier_reference)
join finding earlier on earlier.reference = link.earlier_reference
where f.reference = link.reference;

-- Every area for improvement is an action. These earlier ones were carried into the 2024 areas for
-- improvement that repeat them, so their actions are superseded by the 2024 actions.
insert into action (finding_id, organisation_id, original_due_on, assessment, superseded_by_action_id)
select earlier.id, earlier.organisation_id, null, 'SUPERSEDED', later_action.id
from finding earlier
join finding later on later.repeats_finding_id = earlier.id
join action later_action on later_action.finding_id = later.id
where earlier.type = 'AREA_FOR_IMPROVEMENT'
order by earlier.id;
