-- An inspection of the West Midlands regional response to serious and organised crime
-- Seed data generated from west-midlands-soc-2024.txt by
-- uk.gov.hmicfrs.findings.reporttext.GenerateSeedMigration. Do not edit by hand: fix the parser or
-- its tables (OrganisationDirectory, ReportFacts) and regenerate.
-- 10 regions, 53 organisations, 5 judgements, 65 findings, 9 recommendations, 11 passages, 16 key figures.

-- Regions and organisations, as Appendix 1 lists them
insert into region (slug, name, position) values
    ('north-east', 'North East', 1),
    ('yorkshire-and-the-humber', 'Yorkshire and the Humber', 2),
    ('north-west', 'North West', 3),
    ('southern-wales', 'Southern Wales', 4),
    ('west-midlands', 'West Midlands', 5),
    ('east-midlands', 'East Midlands', 6),
    ('eastern', 'Eastern', 7),
    ('south-west', 'South West', 8),
    ('london', 'London', 9),
    ('south-east', 'South East', 10);

insert into organisation (slug, name, short_name, code, type, region_id, position) values
    ('rocune', 'North East Regional Organised Crime Unit', 'ROCUNE', 'ROCUNE', 'ROCU', (select id from region where slug = 'north-east'), 1),
    ('cleveland-police', 'Cleveland Police', 'Cleveland', 'CLEV', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-east'), 2),
    ('durham-constabulary', 'Durham Constabulary', 'Durham', 'DURH', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-east'), 3),
    ('northumbria-police', 'Northumbria Police', 'Northumbria', 'NUMB', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-east'), 4),
    ('yhrocu', 'Yorkshire & the Humber Regional Organised Crime Unit', 'YHROCU', 'YHROCU', 'ROCU', (select id from region where slug = 'yorkshire-and-the-humber'), 5),
    ('humberside-police', 'Humberside Police', 'Humberside', 'HUMB', 'TERRITORIAL_FORCE', (select id from region where slug = 'yorkshire-and-the-humber'), 6),
    ('north-yorkshire-police', 'North Yorkshire Police', 'North Yorkshire', 'NYORKS', 'TERRITORIAL_FORCE', (select id from region where slug = 'yorkshire-and-the-humber'), 7),
    ('south-yorkshire-police', 'South Yorkshire Police', 'South Yorkshire', 'SYORKS', 'TERRITORIAL_FORCE', (select id from region where slug = 'yorkshire-and-the-humber'), 8),
    ('west-yorkshire-police', 'West Yorkshire Police', 'West Yorkshire', 'WYORKS', 'TERRITORIAL_FORCE', (select id from region where slug = 'yorkshire-and-the-humber'), 9),
    ('nwrocu', 'North West Regional Organised Crime Unit', 'NWROCU', 'NWROCU', 'ROCU', (select id from region where slug = 'north-west'), 10),
    ('cheshire-constabulary', 'Cheshire Constabulary', 'Cheshire', 'CHES', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 11),
    ('cumbria-constabulary', 'Cumbria Constabulary', 'Cumbria', 'CUMB', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 12),
    ('greater-manchester-police', 'Greater Manchester Police', 'Greater Manchester', 'GMP', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 13),
    ('lancashire-constabulary', 'Lancashire Constabulary', 'Lancashire', 'LANCS', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 14),
    ('merseyside-police', 'Merseyside Police', 'Merseyside', 'MERS', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 15),
    ('north-wales-police', 'North Wales Police', 'North Wales', 'NWALES', 'TERRITORIAL_FORCE', (select id from region where slug = 'north-west'), 16),
    ('tarian', 'Tarian', 'Tarian', 'TARIAN', 'ROCU', (select id from region where slug = 'southern-wales'), 17),
    ('dyfed-powys-police', 'Dyfed-Powys Police', 'Dyfed-Powys', 'DYFP', 'TERRITORIAL_FORCE', (select id from region where slug = 'southern-wales'), 18),
    ('gwent-police', 'Gwent Police', 'Gwent', 'GWENT', 'TERRITORIAL_FORCE', (select id from region where slug = 'southern-wales'), 19),
    ('south-wales-police', 'South Wales Police', 'South Wales', 'SWALES', 'TERRITORIAL_FORCE', (select id from region where slug = 'southern-wales'), 20),
    ('rocuwm', 'Regional Organised Crime Unit for the West Midlands', 'ROCUWM', 'ROCUWM', 'ROCU', (select id from region where slug = 'west-midlands'), 21),
    ('warwickshire-police', 'Warwickshire Police', 'Warwickshire', 'WARKS', 'TERRITORIAL_FORCE', (select id from region where slug = 'west-midlands'), 22),
    ('west-mercia-police', 'West Mercia Police', 'West Mercia', 'WMERC', 'TERRITORIAL_FORCE', (select id from region where slug = 'west-midlands'), 23),
    ('west-midlands-police', 'West Midlands Police', 'West Midlands', 'WMP', 'TERRITORIAL_FORCE', (select id from region where slug = 'west-midlands'), 24),
    ('staffordshire-police', 'Staffordshire Police', 'Staffordshire', 'STAFFS', 'TERRITORIAL_FORCE', (select id from region where slug = 'west-midlands'), 25),
    ('emsou', 'East Midlands Special Operations Unit', 'EMSOU', 'EMSOU', 'ROCU', (select id from region where slug = 'east-midlands'), 26),
    ('derbyshire-constabulary', 'Derbyshire Constabulary', 'Derbyshire', 'DERBYS', 'TERRITORIAL_FORCE', (select id from region where slug = 'east-midlands'), 27),
    ('leicestershire-police', 'Leicestershire Police', 'Leicestershire', 'LEICS', 'TERRITORIAL_FORCE', (select id from region where slug = 'east-midlands'), 28),
    ('lincolnshire-police', 'Lincolnshire Police', 'Lincolnshire', 'LINCS', 'TERRITORIAL_FORCE', (select id from region where slug = 'east-midlands'), 29),
    ('northamptonshire-police', 'Northamptonshire Police', 'Northamptonshire', 'NHANTS', 'TERRITORIAL_FORCE', (select id from region where slug = 'east-midlands'), 30),
    ('nottinghamshire-police', 'Nottinghamshire Police', 'Nottinghamshire', 'NOTTS', 'TERRITORIAL_FORCE', (select id from region where slug = 'east-midlands'), 31),
    ('ersou', 'Eastern Region Special Operations Unit', 'ERSOU', 'ERSOU', 'ROCU', (select id from region where slug = 'eastern'), 32),
    ('bedfordshire-police', 'Bedfordshire Police', 'Bedfordshire', 'BEDS', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 33),
    ('cambridgeshire-constabulary', 'Cambridgeshire Constabulary', 'Cambridgeshire', 'CAMBS', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 34),
    ('essex-police', 'Essex Police', 'Essex', 'ESSEX', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 35),
    ('hertfordshire-constabulary', 'Hertfordshire Constabulary', 'Hertfordshire', 'HERTS', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 36),
    ('kent-police', 'Kent Police', 'Kent', 'KENT', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 37),
    ('norfolk-constabulary', 'Norfolk Constabulary', 'Norfolk', 'NORF', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 38),
    ('suffolk-constabulary', 'Suffolk Constabulary', 'Suffolk', 'SUFF', 'TERRITORIAL_FORCE', (select id from region where slug = 'eastern'), 39),
    ('swrocu', 'South West Regional Organised Crime Unit', 'SWROCU', 'SWROCU', 'ROCU', (select id from region where slug = 'south-west'), 40),
    ('avon-and-somerset-police', 'Avon and Somerset Police', 'Avon & Somerset', 'AVSOM', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-west'), 41),
    ('devon-and-cornwall-police', 'Devon and Cornwall Police', 'Devon & Cornwall', 'DEVCORN', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-west'), 42),
    ('dorset-police', 'Dorset Police', 'Dorset', 'DORSET', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-west'), 43),
    ('gloucestershire-constabulary', 'Gloucestershire Constabulary', 'Gloucestershire', 'GLOS', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-west'), 44),
    ('wiltshire-police', 'Wiltshire Police', 'Wiltshire', 'WILTS', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-west'), 45),
    ('metropolitan-police-service', 'Metropolitan Police Service', 'Metropolitan Police Service', 'MPS', 'TERRITORIAL_FORCE', (select id from region where slug = 'london'), 46),
    ('city-of-london-police', 'City of London Police', 'City of London Police', 'COLP', 'TERRITORIAL_FORCE', (select id from region where slug = 'london'), 47),
    ('british-transport-police', 'British Transport Police', 'British Transport Police', 'BTP', 'OTHER_FORCE', (select id from region where slug = 'london'), 48),
    ('serocu', 'South East Regional Organised Crime Unit', 'SEROCU', 'SEROCU', 'ROCU', (select id from region where slug = 'south-east'), 49),
    ('hampshire-and-isle-of-wight-constabulary', 'Hampshire and Isle of Wight Constabulary', 'Hampshire', 'HIOW', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-east'), 50),
    ('surrey-police', 'Surrey Police', 'Surrey', 'SURREY', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-east'), 51),
    ('sussex-police', 'Sussex Police', 'Sussex', 'SUSSEX', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-east'), 52),
    ('thames-valley-police', 'Thames Valley Police', 'Thames Valley', 'TVP', 'TERRITORIAL_FORCE', (select id from region where slug = 'south-east'), 53);

-- The inspection
insert into inspection (slug, reference_prefix, title, published_on, kind, region_id, source) values (
    'west-midlands-soc-2024',
    'WM-SOC-2024',
    'An inspection of the West Midlands regional response to serious and organised crime',
    date '2024-05-14',
    'REGIONAL_SOC',
    (select id from region where slug = 'west-midlands'),
    'https://www.justiceinspectorates.gov.uk/hmicfrs/publications/an-inspection-of-the-west-midlands-regional-response-to-serious-and-organised-crime/');

-- The report in order: passages, judgements and findings share one position sequence

-- passage 1: Introduction / About our inspection
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'About our inspection',
    'As part of our overall police effectiveness, efficiency and legitimacy inspections, we inspected how well police forces tackle serious and organised crime (SOC). In 2022, we changed how we inspect this aspect of policing, to incorporate inspections of the ten regions, as well as the nine regional organised crime units (ROCUs) throughout England and Wales, and the 43 police forces. This improves our understanding of how well forces and ROCUs work together to tackle SOC.',
    1);

-- passage 2: Introduction / About us
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'About us',
    'His Majesty’s Inspectorate of Constabulary and Fire & Rescue Services (HMICFRS) independently assesses the effectiveness and efficiency of police forces and fire and rescue services, to make communities safer. In preparing our reports, we ask the questions that the public would ask, and publish the answers in an accessible form. We use our expertise to interpret the evidence and make recommendations for improvement.',
    2);

-- passage 3: Introduction / About our report
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'About our report',
    'This report includes sections on the following:

  • Regional findings – a summary of inspection evidence that identifies good or poor performance within the region; in other words, involving or relating to the ROCU and constituent forces. The performance of the region is not given a graded judgement. Instead, we highlight areas for improvement, causes of concern and innovative and promising practice in this section, where applicable.
  • The ROCU and individual forces – the ROCU and each individual force are given a graded judgment, with a summary of the findings from our inspection and highlighted sections for areas for improvement, causes of concern, and innovative and promising practice.',
    3);

-- passage 4: Introduction / Terminology used in this report
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'Terminology used in this report',
    'Our reports contain references to, among other things, ‘national’ definitions, priorities, policies, systems, responsibilities and processes.

In some instances, ‘national’ means applying to England and Wales. In others, it means applying to England and Wales and Scotland or the whole of the United Kingdom.',
    4);

-- passage 5: Introduction / About ROCUs
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'About ROCUs',
    'Each ROCU serves between three and seven constituent forces (see map in Appendix 1).

The Strategic Policing Requirement defines ROCUs as:

“collaboration arrangements between forces that deliver specialist policing capabilities” that is the “primary interface between the NCA [National Crime Agency] and forces”.

It sets out that:

“The ROCU network mission is to protect communities by disrupting organised crime groups, individual criminals and those who enable them.”

The Government’s Serious and organised crime strategy 2023 to 2028 states:

“ROCUs are the operational and intelligence link between the NCA and police forces in England and Wales and lead the law enforcement response to serious and organised crime in their regions.”

ROCUs provide a range of specialist capabilities to forces. These include the regional organised crime threat assessment (ROCTA) units, surveillance, undercover policing, sensitive intelligence units, regional asset recovery teams, cybercrime teams, the Government Agency Intelligence Network, prison intelligence units and others.

ROCUs are set up under collaboration agreements (made under section 22A of the Police Act 1996) between the chief constables and police and crime commissioners (PCCs) in each region. ROCUs aren’t statutory bodies. They rely on forces to supply the administrative and support functions they need, including human resources, finance and IT. As a result, each ROCU is set up differently, under different terms of collaboration.

Each ROCU’s financing is mostly provided by chief constables and PCCs, with additional funding from the Home Office. In each region, forces negotiate their financial contribution to the ROCU.',
    5);

-- passage 6: Introduction / Changes to how SOC threats are managed nationally
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Introduction',
    null,
    'Changes to how SOC threats are managed nationally',
    'Our previous PEEL inspection reports have referred to how well forces have managed and mapped or assessed organised crime groups (OCGs).

In this report, we refer to SOC threats, which encompasses OCGs, SOC priority individuals and SOC vulnerabilities.

This reflects changes introduced nationally to provide a “single picture of demand”. This has been achieved by establishing a national database of SOC threats called the SOC master list, which is held on the agency and partner management information system (APMIS). This is used to assess which SOC threat is a priority for each agency or force. It holds information from the National Crime Agency (NCA), ROCUs, police forces and government agencies that tackle SOC. APMIS is also where forces, ROCUs and other agencies record their disruption activity against SOC threats.',
    6);

-- passage 7: Regional findings
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Regional findings',
    'REGIONAL',
    null,
    'The West Midlands region consists of four forces (Staffordshire Police, Warwickshire Police, West Mercia Police and West Midlands Police) and their ROCU, the Regional Organised Crime Unit for the West Midlands (ROCUWM).

Most SOC demand comes from West Midlands Police in terms of high threat and high volume.',
    7);

-- finding 8: WM-SOC-2024-REGIONAL-AFI-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'REGIONAL',
    'AREA_FOR_IMPROVEMENT',
    'The Regional Organised Crime Unit for the West Midlands and its constituent forces should improve how they work together to tackle serious and organised crime',
    'The Regional Organised Crime Unit for the West Midlands (ROCUWM), with its constituent forces, should:

We have identified these themes from our inspection of the regional forces. They are explained further throughout this report.

LROs should prepare 4P plans to manage SOC threats. These plans are important and should support joint working with relevant SOC partner organisations. The operational 4P plans we reviewed across the region were inconsistent in their content and quality.

We found there was no formal process for ROCUWM senior investigating officers and local LROs to work with each other. This means there are differences between the activity taking place in the ROCUWM and the local management of threats. Some LROs weren’t sure what was expected of them if an organised crime group they were responsible for was also being investigated by the ROCUWM.

The ROCUWM and its constituent forces record SOC disruption activity in different ways. This makes it difficult to understand how effectively SOC is being tackled regionally. The regional rollout of the agency and partner management information system may improve the accuracy of disruption recording.

The ROCUWM has a SOC community co-ordinator. Part of their role is to improve the local response to SOC throughout the region by, for example, supporting Clear, Hold, Build initiatives in forces. At the time of our inspection, regional forces were in the early stages of implementing the Clear, Hold, Build model.',
    8,
    'WM-SOC-2024-REGIONAL-AFI-1');

-- finding 9: WM-SOC-2024-REGIONAL-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'REGIONAL',
    'OBSERVATION',
    'The SOC lead for the West Midlands region should make sure regional change is managed effectively',
    'At the time of our inspection, the chief constable of Warwickshire Police had taken additional responsibility to oversee the regional response to SOC. The chief constable was supported by an assistant chief constable (ACC) responsible for managing how the region tackles SOC and counter-terrorism. A regional SOC board was holding the ROCUWM and forces to account for their progress on tackling SOC.

During our inspection, we found that several changes had been made to the ROCUWM’s structure and funding. Chief officers and PCCs in the West Midlands region had stopped transferring officers into the ROCUWM from regional forces. These officers had originally been pledged to the ROCUWM as part of the Police Uplift Programme. And West Midlands Police had transferred some units from ROCUWM back to the force.

Several interviewees told us that they didn’t expect any difficulties because of these changes. But we did identify some risks. For example, the ROCUWM has hosted most of the region’s surveillance teams for several years. Returning some surveillance officers to West Midlands Police means that the ROCUWM will have less surveillance capacity. As a result, regional forces that have relied almost entirely on the ROCUWM for surveillance support may not get the same level of assistance. The ROCUWM was planning to recruit into the surveillance teams in September 2023. But for several reasons (including training), it may take time for these teams to be fully operational.

The newly appointed regional SOC leaders should manage the introduction of these changes to reduce any effect on service delivery, particularly on the smaller forces in the region.',
    9,
    'WM-SOC-2024-REGIONAL-OBS-1');

-- finding 10: WM-SOC-2024-REGIONAL-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'REGIONAL',
    'OBSERVATION',
    'The ROCUWM has a new set of strategic groups to manage SOC',
    'The ROCUWM has introduced a new governance model, which includes the establishment of three strategic groups. ACCs from the regional forces chair these groups, which cover the SOC themes of commodity, undermining the economy and vulnerability. The ROCUWM ACC told us that relationships with force senior leaders are good.',
    10,
    'WM-SOC-2024-REGIONAL-OBS-2');

-- finding 11: WM-SOC-2024-REGIONAL-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'REGIONAL',
    'OBSERVATION',
    'Not all forces request ROCUWM support at the regional tasking meeting',
    'A regional tasking and co-ordination meeting is held monthly to consider requests from forces for specialist support from the ROCUWM. West Midlands Police is the largest force in the region and manages a high number of significant SOC threats. This means West Midlands Police tends to get more support from the ROCUWM. Other forces in the region are reluctant to ask for ROCUWM support because they feel their requests are unlikely to be successful. The ROCUWM needs to understand the levels of SOC demand in the region. Therefore, it is important that forces ask for support even if they are aware that they are unlikely to receive it.

Between November 2022 and March 2023, the ROCUWM invited lead responsible officers (LROs) and senior investigating officers from regional forces to ROCUWM roadshows to explain the support available. Despite this, the number of requests for ROCUWM support at tasking meetings didn’t increase significantly. Senior leaders from the ROCUWM should continue with their efforts to increase requests for support.

A ROCUWM senior leader told us that some investigations that forces referred to them weren’t developed enough for them to proceed with. Placing covert teams in the ROCUWM has led to some force personnel becoming less experienced in how to deal with covert information. This is a problem that the ROCUWM and the regional forces should address.',
    11,
    'WM-SOC-2024-REGIONAL-OBS-3');

-- finding 12: WM-SOC-2024-REGIONAL-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'REGIONAL',
    'OBSERVATION',
    'There is a regional communication strategy to promote work done to tackle SOC',
    'Forces in the region have agreed to introduce a communications strategy, called Operation Target, to publicise operational work to tackle SOC. Its aim is to provide consistent messages about SOC to the public as well as to police personnel. This strategy was being implemented at the time of our inspection, so we were unable to assess its effectiveness.',
    12,
    'WM-SOC-2024-REGIONAL-OBS-4');

-- judgement 13: ROCUWM
insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'ADEQUATE',
    'The ROCUWM is adequate at tackling serious and organised crime.',
    13);

-- finding 14: WM-SOC-2024-ROCUWM-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The ROCUWM has effective structures and processes to gather and assess intelligence',
    'The ROCUWM has dedicated threat desks aligned with the regional control strategy priorities. These threat desks have specialist personnel who analyse intelligence and produce regional threat assessments.

The regional intelligence unit has developed standard operating procedures to make sure intelligence is managed consistently. For example, the unit has a process to analyse intelligence from call data records from different operations. Analytical staff examine this data to identify users of particular mobile phones and find out if they also appear in different operations. They then highlight operational opportunities to investigative teams.

Forces in the region submit threat assessments to the ROCTA team for moderation. This makes sure that mapping SOC threats throughout the region is consistent. We interviewed some ROCTA personnel and found that they understood the regional SOC threats. They told us that the number of threats identified in the region had doubled since 2020.

The ROCUWM has a gateway team to receive all requests made for specialist ROCUWM support. This team keeps a record of whether these requests were approved.

Some interviewees told us that sensitive intelligence isn’t always made available to intelligence teams, including the ROCTA and tackling organised exploitation (ToEx) teams. This means that sensitive intelligence isn’t always being used to assess the region’s SOC threats. This should be addressed.',
    14,
    'WM-SOC-2024-ROCUWM-OBS-1');

-- finding 15: WM-SOC-2024-ROCUWM-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The ROCUWM should make sure it collects intelligence for all types of SOC',
    'Managers at the ROCUWM accept that intelligence collection for some crime types needs to improve. Child sexual abuse and exploitation and organised immigration crime are identified as regional priorities. But we found that most operations led by the ROCUWM targeted drugs and firearms criminality. Some of these operations had been developed from existing investigations. The regional tasking meeting reviews these new operations to make sure resources are being allocated correctly.

The ROCUWM works with local forces to respond to emerging threats. For example, they target those responsible for the organised theft of vehicles, which has been identified as a regional problem. Some personnel from the ToEx team told us they work closely with investigators from the ROCUWM to target crimes involving the exploitation of vulnerable people, such as modern slavery and human trafficking.',
    15,
    'WM-SOC-2024-ROCUWM-OBS-2');

-- finding 16: WM-SOC-2024-ROCUWM-IP-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'UNDERSTANDING',
    'INNOVATIVE_PRACTICE',
    'The Regional Organised Crime Unit for the West Midlands has a team dedicated to exploiting technical intelligence',
    'The Regional Organised Crime Unit for the West Midlands (ROCUWM) team that focuses on technical intelligence contains both detectives and software developers. This is improving the ROCUWM’s ability to exploit intelligence from technical sources. The team’s work is sensitive, which means that we can’t report on most of it. The team manager told us that other forces and regional organised crime units had visited the ROCUWM to help them develop their own capabilities.

The ROCUWM has developed software to analyse mobile phone location data. This is saving regional forces time and money by reducing the need to buy expensive licences for other software products. It has innovative projects designed to protect covert human intelligence sources and other projects designed to manage concerns about public protection.',
    16,
    'WM-SOC-2024-ROCUWM-IP-1');

-- finding 17: WM-SOC-2024-ROCUWM-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'RESOURCES',
    'OBSERVATION',
    'The ROCUWM makes effective use of its specialist capabilities',
    'The ROCUWM has a range of specialist operational capabilities and makes sure its personnel and regional forces are aware of them. Personnel from the regional intelligence unit hold monthly professional development events for force LROs and ROCUWM personnel to improve their understanding of the available capabilities. A weekly ROCUWM leads’ meeting is held to review resources and support the tasking and co-ordination process.',
    17,
    'WM-SOC-2024-ROCUWM-OBS-3');

-- finding 18: WM-SOC-2024-ROCUWM-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'RESOURCES',
    'OBSERVATION',
    'The ROCUWM focuses on tackling vulnerability',
    'During our inspections of forces in the region, we found that the ToEx team was supporting operations and identifying opportunities to safeguard vulnerable people.

Members of the ToEx team told us during interviews that they had enough training and technology to carry out their role effectively.

Some interviewees told us that safeguarding vulnerable people is a high priority during operational activity. They said any safeguarding concerns identified during investigations are actively managed. But others said they hadn’t received any safeguarding training.

The ROCUWM should review the training needed to make sure all personnel understand their responsibility to safeguard the vulnerable people they encounter.',
    18,
    'WM-SOC-2024-ROCUWM-OBS-4');

-- finding 19: WM-SOC-2024-ROCUWM-OBS-5
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'RESOURCES',
    'OBSERVATION',
    'The ROCUWM is dealing with an increase in demand',
    'ROCUWM managers expect a significant increase in their workload because of changes made to how the NCA tackles SOC, as outlined in the National Strategic Assessment.

Like other ROCUs, the ROCUWM is dealing with increased demand because of illicit commodities, such as drugs, being imported from overseas. The ROCUWM works with SOC partners to identify the most effective response.

ROCUWM managers told us they are having to quickly change how their teams are set up to respond to these challenges.',
    19,
    'WM-SOC-2024-ROCUWM-OBS-5');

-- finding 20: WM-SOC-2024-ROCUWM-OBS-6
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'RESOURCES',
    'OBSERVATION',
    'The ROCUWM doesn’t consistently record organisational learning',
    'The ROCUWM has a closing report that investigators should complete at the conclusion of operations. But some interviewees in a focus group told us that these documents aren’t always being completed. Some personnel didn’t know where these reports are stored or who should review them.

Specialist debrief officers are available to review live investigations into crimes in progress, such as kidnap and extortion.',
    20,
    'WM-SOC-2024-ROCUWM-OBS-6');

-- finding 21: WM-SOC-2024-ROCUWM-IP-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'TACKLING',
    'INNOVATIVE_PRACTICE',
    'The Regional Organised Crime Unit for the West Midlands undercover online team targets potential offenders',
    'During our inspection, interviewees told us how the undercover online team is trying to protect children. Officers in the team investigate potential sex offenders who are targeting children online. The team has developed a process to divert potential offenders to third-party organisations that offer support to prevent them from offending. If this is unsuccessful, the individuals are then investigated further.',
    21,
    'WM-SOC-2024-ROCUWM-IP-2');

-- finding 22: WM-SOC-2024-ROCUWM-AFI-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'TACKLING',
    'AREA_FOR_IMPROVEMENT',
    'The Regional Organised Crime Unit for the West Midlands should improve the quality of its 4P plans',
    'At the time of our inspection, the Regional Organised Crime Unit for the West Midlands (ROCUWM) had generic 4P plans for its operations. We found that supervisors weren’t routinely reviewing or updating these plans. We concluded that these plans weren’t driving investigative activity. The ROCUWM should make sure personnel are trained to complete and maintain 4P plans. Supervisors should regularly quality assure these plans.',
    22,
    'WM-SOC-2024-ROCUWM-AFI-1');

-- finding 23: WM-SOC-2024-ROCUWM-AFI-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'TACKLING',
    'AREA_FOR_IMPROVEMENT',
    'The Regional Organised Crime Unit for the West Midlands should improve its management of serious and organised crime offenders',
    'The West Midlands region contains 12 prisons that house over 2,000 serious and organised crime offenders. The regional prison intelligence unit isn’t resourced well enough to manage this demand.

The unit works with HM Prison Service staff to gather intelligence about corruption in prisons. They have jointly developed a system to assess offenders in prison and help with information sharing. But in one focus group, we heard that some prisons had generated little intelligence on corruption.

At the time of our inspection, there were only two offenders on the multi-agency response to serious and organised crime (MARSOC) programme. Interviewees described referrals to MARSOC as “scant”. When we interviewed personnel in regional forces, we found that there was a lack of awareness about MARSOC. We reviewed disruption data from November 2021 to October 2023 and found that the Regional Organised Crime Unit for the West Midlands had the lowest number of MARSOC disruptions across England and Wales.',
    23,
    'WM-SOC-2024-ROCUWM-AFI-2');

-- finding 24: WM-SOC-2024-ROCUWM-OBS-7
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'ROCUWM'),
    'TACKLING',
    'OBSERVATION',
    'The ROCUWM should improve how it records disruption activity',
    'During our inspection, we found that some personnel didn’t fully understand what information they needed to record about disruption activity. This was most evident for prevent, prepare and protect activity. For example, although the economic crime unit was regularly working with community members to warn them about current frauds and prevent them from becoming victims, this activity wasn’t always recorded on APMIS. We also heard that investigation teams in the ROCUWM were encouraged to recognise exploitation and vulnerability. But we believe some disruption activity that ROCUWM teams carry out isn’t being recorded.

We examined disruption data recorded by the ROCUWM for the year ending 30 June 2023. We found a good distribution of activity, with 52 percent of recorded disruptions for pursue activities. Most of the remaining disruption data related to tackling cybercrime and SOC activity in prison.',
    24,
    'WM-SOC-2024-ROCUWM-OBS-7');

-- judgement 25: STAFFS
insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'REQUIRES_IMPROVEMENT',
    'Staffordshire Police requires improvement at tackling serious and organised crime.',
    25);

-- finding 26: WM-SOC-2024-STAFFS-IP-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'UNDERSTANDING',
    'INNOVATIVE_PRACTICE',
    'Staffordshire Police is focused on understanding its serious and organised crime performance',
    'The force manages its performance at its organised crime group mapping meeting. It has developed a performance framework dashboard to inform this meeting. We found this dashboard to be comprehensive and were impressed by its contents.

The dashboard includes data covering thematic types of serious and organised crime as well as in a wider context, such as theft from motor vehicles and sexual offences. It also includes a section on regional performance, which highlights the amount of specialist support the force received from the Regional Organised Crime Unit for the West Midlands and the National Crime Agency. It provides monthly, quarterly and rolling 12-month demand and performance data to help the force identify areas for improvement.

The force has plans to automate the dashboard using the Power BI application. When it is fully functioning, this dashboard should help provide the force with a detailed and up-to-date understanding of its progress in tackling serious and organised crime.',
    26,
    'WM-SOC-2024-STAFFS-IP-1');

-- finding 27: WM-SOC-2024-STAFFS-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force has a strategy and meetings to manage its response to SOC',
    'The force has a SOC strategy for the period 2022–25. The strategy includes actions and is set out clearly against four objectives:

  1. building safe and secure communities;
  2. developing an exceptional workforce;
  3. developing active and productive partnerships; and
  4. building an outstanding organisation.

The force uses a series of local and force tasking and co-ordination meetings to manage its response to SOC, which are held on a weekly, monthly and quarterly basis. During our inspection, we observed some of these meetings and found them to be well structured and supported by analytical products to inform decision-making.

The force told us it had recently established a strategic partnership board for SOC that will meet on a six-monthly basis. At the time of our inspection, there had only been an inaugural meeting, chaired by the ACC for specialist crime. This inaugural meeting lacked the presence of some key SOC partners. But the force was aiming to increase membership and introduce a rotating chair arrangement to increase partner involvement. This board has written terms of reference, which provide a clear governance framework. Since our inspection, the force has told us that attendance by partners has increased.',
    27,
    'WM-SOC-2024-STAFFS-OBS-1');

-- finding 28: WM-SOC-2024-STAFFS-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force analyses intelligence to help it understand its SOC threats',
    'The force produces an annual SOC profile that explains its SOC threats, but relevant recommendations aren’t always included. We found that the force wasn’t always using the profile to inform local or partnership activity. The force should make sure police and partners are aware of this profile.

The force also produces precision policing plans, which are analytical documents that help it identify locations vulnerable to SOC. The force identifies six priority neighbourhoods in which to concentrate its resources. We found that LROs in these neighbourhoods were using the plans to inform activity.

Additional partnership data, particularly on public health and education, would help the force improve these plans.',
    28,
    'WM-SOC-2024-STAFFS-OBS-2');

-- finding 29: WM-SOC-2024-STAFFS-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force doesn’t routinely use partnership data to inform its understanding of SOC',
    'The force has a data-sharing agreement with partners. But some personnel we interviewed described this as outdated and not fit for purpose. We also found examples of local agreements for sharing data, but these weren’t consistent across the force. For example, each of its policing areas has different arrangements for information sharing. Some police and partner personnel told us that they are uncertain about what can be shared. We heard that all partnership meetings would address this issue, but it would take up to 12 months to resolve. The new strategic partnership board is leading this work.',
    29,
    'WM-SOC-2024-STAFFS-OBS-3');

-- finding 30: WM-SOC-2024-STAFFS-AFI-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'RESOURCES',
    'AREA_FOR_IMPROVEMENT',
    'Staffordshire Police needs to make sure it has enough frontline and specialist resources to tackle serious and organised crime',
    'The force has specialist resources to tackle its highest serious and organised crime (SOC) threats. Neighbourhood policing teams lead the local response to tackling SOC threats, but we found that they lacked proactive resources. These teams deal with daily demand and personnel are frequently abstracted into response roles. As a result, they rarely have time to dedicate to tackling SOC.

The force has a small team of financial investigators. But the team is limited to carrying out reactive investigations and can’t proactively support every SOC investigation. This may mean that opportunities to tackle criminal finance are being missed. The force has recruited additional financial investigators. But limited available training courses meant they weren’t fully operational at the time of our inspection.

Following our 2021/22 PEEL inspection, we reported an area for improvement relating to delays in securing digital forensic evidence. During this inspection, we found that the force was still experiencing delays in downloading data from mobile devices. The force was aware of this problem and was carrying out a review.

Since this inspection, the force has reviewed its resources for tackling SOC and told us that it plans to invest in additional teams to increase capability.',
    30,
    'WM-SOC-2024-STAFFS-AFI-1');

-- finding 31: WM-SOC-2024-STAFFS-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'RESOURCES',
    'OBSERVATION',
    'The force would benefit from more resilience and flexibility within its knowledge hub',
    'At the time of our inspection, the force had 24 analysts, who were based in its knowledge hub. Three analysts were externally funded and concentrated on tackling serious violence, offender management and county lines.

Half of the analysts, two researchers and nine intelligence officers were working with the SOC and exploitation (SOCEX) team. Individual analysts in the SOCEX team were concentrating on specific threats, such as firearms and foreign national offenders. They also had responsibility for geographical areas of the force. For example, two analysts were supporting OCG investigations in the north of the force area, while two others were supporting investigations in the south.

Some analysts told us that they sometimes have to carry out other duties, such as processing intelligence, because of staff vacancies within the SOCEX team. We also heard that, although the analysts are given specialist threats to focus on, there is little resilience or flexibility in the team to cover each other’s areas of specialism.',
    31,
    'WM-SOC-2024-STAFFS-OBS-4');

-- finding 32: WM-SOC-2024-STAFFS-OBS-5
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'RESOURCES',
    'OBSERVATION',
    'The force doesn’t consistently record organisational learning',
    'We found an inconsistent approach to debriefing operations and recording best practice. Some investigators told us that they don’t routinely debrief operations and there is no central location for storing or sharing best practice. Some LROs told us that operations are sometimes debriefed, but it isn’t mandatory.',
    32,
    'WM-SOC-2024-STAFFS-OBS-5');

-- finding 33: WM-SOC-2024-STAFFS-AFI-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'TACKLING',
    'AREA_FOR_IMPROVEMENT',
    'Staffordshire Police should improve the quality of its 4P plans',
    'We reviewed several 4P plans and found that their quality and content were inconsistent. There was little attention to recording actions, outcomes, intervention activity or objectives. There was no quality assurance in place to maintain standards of these plans.

Various force IT systems were being used to store 4P plans, which made it difficult for some personnel to access them. Since our inspection, the force has made sure that all 4P plans are stored on the same system and has introduced a consistent template.

Some lead responsible officers told us that competing demands mean they frequently have to delegate the creation and management of 4P plans to other staff. Most of the 4P plans we reviewed weren’t subject to management oversight. And some didn’t have a clear author. We found that many 4P plans concentrated on activities aimed at pursuing offenders.

Lead responsible officers receive little support from subject matter experts or serious and organised partners to inform their 4P plans. We were surprised to find that force leads for prepare, protect and prevent weren’t involved in formulating 4P plans. A lack of consultation with partners means that the force is missing some opportunities to use partners’ powers to tackle serious and organised crime.

As a result, we aren’t assured that 4P plans are driving serious and organised crime intervention activity or that officers always record it accurately.',
    33,
    'WM-SOC-2024-STAFFS-AFI-2');

-- finding 34: WM-SOC-2024-STAFFS-AFI-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'TACKLING',
    'AREA_FOR_IMPROVEMENT',
    'Staffordshire Police should improve how it records serious and organised crime disruptions on the national database',
    'Analysis of disruption data for the year ending 30 June 2023 showed that 85 percent of disruptions were categorised as pursue activity. During our fieldwork, we saw evidence that the force was working to prevent people from becoming involved in serious and organised crime and to protect victims.

During interviews, some force personnel explained that they hadn’t received any training in disruption recording, including personnel who lead work to protect vulnerable people and prevent crime. We found that lead responsible officers and prevent and protect leads weren’t always working together, which resulted in disruption opportunities not always being identified.

We found examples of work such as cybercrime prevention messaging and safeguarding referrals being completed. But the force hadn’t recorded any corresponding disruption activity. The force hadn’t recorded disruption activity for fraud, modern slavery and human trafficking, offender management, organised acquisitive crime (theft, robbery or burglary), firearms or child sexual abuse.

At the time of our inspection, the force was preparing to get access to the agency and partner management information system to record its serious and organised crime assessments and disruptions. Since our inspection, the force has introduced the system and has told us that disruption recording has improved.',
    34,
    'WM-SOC-2024-STAFFS-AFI-3');

-- finding 35: WM-SOC-2024-STAFFS-OBS-6
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'TACKLING',
    'OBSERVATION',
    'The force should improve how it works with its SOC partners',
    'Some partners told us that the force doesn’t fully work with them to tackle SOC. Some described the organised crime group mapping (OCGM) meeting as a police meeting, and others said they felt like observers rather than active participants. During fieldwork, we heard examples of some force personnel not routinely working with partners to tackle SOC or using them to develop 4P plans.',
    35,
    'WM-SOC-2024-STAFFS-OBS-6');

-- finding 36: WM-SOC-2024-STAFFS-OBS-7
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'TACKLING',
    'OBSERVATION',
    'The force aims to prevent people from becoming involved in SOC',
    'We saw that the force had initiatives aimed at preventing people from becoming involved in SOC. The PCC funds SOC and violence prevention awareness sessions in schools. The violence reduction unit (VRU) identifies a cohort of young people and refers them to diversion schemes such as Catch 22. A governance board assesses the effectiveness of these schemes and monitors the progress of the young people in this cohort.

We found examples of the force working with academic institutions to evaluate its initiatives to tackle SOC. For example, Staffordshire University is helping the force to understand the effect of intervention activity in Stoke-on-Trent to tackle emerging drugs markets.',
    36,
    'WM-SOC-2024-STAFFS-OBS-7');

-- finding 37: WM-SOC-2024-STAFFS-OBS-8
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'STAFFS'),
    'TACKLING',
    'OBSERVATION',
    'The force has a process to manage SOC offenders',
    'The force’s offender management team provides support to LROs and investigators when making serious crime prevention order (SCPO) applications to make sure that these orders align with licence conditions. The team checks the force custody system every day to identify any SOC offenders suitable for preventative orders. Members of the team also visit SOC offenders in prison to prepare management plans ahead of their release.

During our inspection, we saw examples of the force tackling known SOC offenders who were continuing to offend. For example, it uses prison recalls when appropriate and works with HM Prison Service to transfer prisoners between prisons if they are believed to still be active in SOC.

But we found that the management of SOC offenders in the community varied across the force. Some offenders are managed by the offender management team, while others are managed by local policing teams. As a result, some SOC offenders are being managed by inexperienced personnel.',
    37,
    'WM-SOC-2024-STAFFS-OBS-8');

-- judgement 38: WARKS
insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'REQUIRES_IMPROVEMENT',
    'Warwickshire Police requires improvement at tackling serious and organised crime.',
    38);

-- finding 39: WM-SOC-2024-WARKS-AFI-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'UNDERSTANDING',
    'AREA_FOR_IMPROVEMENT',
    'Warwickshire Police should develop an up-to-date serious and organised crime local profile',
    'At the time of our inspection, the force didn’t have a serious and organised crime (SOC) local profile. This document should be used to help prepare a multi-agency action plan to tackle SOC.

The force does produce an intelligence document called a local profile, which is used by the SOC joint action group partnership meeting. But the local profile only considers known SOC threats and doesn’t explore place-based harm or community vulnerabilities. It doesn’t meet the requirements for an effective SOC local profile.',
    39,
    'WM-SOC-2024-WARKS-AFI-1');

-- finding 40: WM-SOC-2024-WARKS-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force has a structure to manage its response to SOC',
    'Warwickshire Police has separate threat desks to assess and develop intelligence received from SOC partners and across the force area. The monthly force SOCEX meeting considers emerging SOC threats and, when appropriate, assigns an LRO. The force uses the management of risk in law enforcement (MoRiLE) model to help prioritise SOC threats. LROs are responsible for developing 4P plans after they are assigned an OCG to manage.

The force has introduced a system that allows SOC partners to submit intelligence directly to the force intelligence bureau. The force told us that this has increased the amount of intelligence on SOC.

The force uses several strategic and local meetings to manage its response to SOC. The chief superintendent with responsibility for SOC chairs the strategic governance board. During our inspection, we observed several meetings and found they were well structured and supported by analytical documents.',
    40,
    'WM-SOC-2024-WARKS-OBS-1');

-- finding 41: WM-SOC-2024-WARKS-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force should improve how it gathers intelligence in some geographical areas',
    'During interviews, we heard that some geographical areas of the force don’t have enough sources to gather intelligence. This is because the teams that manage this in these areas are understaffed and unable to proactively recruit intelligence sources. This is a risk that the force is aware of and is trying to address.',
    41,
    'WM-SOC-2024-WARKS-OBS-2');

-- passage 42: Warwickshire Police
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'Warwickshire Police',
    'RESOURCES',
    null,
    'We last inspected Warwickshire Police’s response to SOC in our 2018 integrated PEEL inspection. We graded the force’s response as good but identified three areas for improvement:

  1. the quality of 4P plans;
  2. organisational learning and the force’s understanding of how its work affects SOC; and
  3. the management of SOC offenders.

During this inspection, we found that problems remain in all three areas.',
    42);

-- finding 43: WM-SOC-2024-WARKS-AFI-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'RESOURCES',
    'AREA_FOR_IMPROVEMENT',
    'Warwickshire Police should improve the quality of its 4P plans',
    'During our inspection, we reviewed some of the force’s 4P plans. We found them to be inconsistent in content and quality. Most of the plans we reviewed contained a list of 4P actions, but the outcomes of these actions weren’t recorded. Some 4P plans focused on pursue activity and lacked actions on prevention and protection against serious and organised crime. We found one example where a 4P plan had only recently been completed for an investigation that had been running for some time. Consultation with serious and organised crime partners on 4P plans was inconsistent and varied between individual lead responsible officers.

The force’s processes for managing SOC threats aren’t efficient. We found that, alongside 4P plans, the force was using problem-solving plans to respond to local SOC threats and record activity. In most cases, these problem-solving plans were being stored on a different IT system. This means that personnel, including some lead responsible officers, sometimes can’t access plans on both systems.

Although interviewees told us there is ongoing training for lead responsible officers, some said they need further training and support to write and manage their 4P plans.',
    43,
    'WM-SOC-2024-WARKS-AFI-2');

-- finding 44: WM-SOC-2024-WARKS-AFI-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'RESOURCES',
    'AREA_FOR_IMPROVEMENT',
    'Warwickshire Police should improve how it learns from concluded operations',
    'During this inspection, some interviewees told us that good practice is discussed at force meetings, such as the serious and organised crime and exploitation and tasking meetings. There is also a forum for senior detectives to meet and share learning. But some interviewees couldn’t identify where organisational learning is stored or how it can be retrieved.

Disruption recording is largely the responsibility of the force’s organised crime group co-ordinator, but there is a lack of information about disruptions from others. Lead responsible officers and other personnel rarely provide updates on what they have done. Many of the personnel we interviewed didn’t know why or how disruptions should be recorded. The force should address this through training.',
    44,
    'WM-SOC-2024-WARKS-AFI-3');

-- finding 45: WM-SOC-2024-WARKS-AFI-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'RESOURCES',
    'AREA_FOR_IMPROVEMENT',
    'Warwickshire Police should improve how it manages serious and organised crime offenders',
    'During this inspection, the force told us that four serious crime prevention orders were in place and another five were being applied for. Local teams proactively look for opportunities to identify appropriate orders to prevent youth offending. But some lead responsible officers don’t consult with these teams when seeking support to prevent reoffending. The force told us it is introducing a civil orders team to encourage the use of ancillary orders and to support personnel through the application process. This should lead to improvements.',
    45,
    'WM-SOC-2024-WARKS-AFI-4');

-- finding 46: WM-SOC-2024-WARKS-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'RESOURCES',
    'OBSERVATION',
    'Tackling the threat from SOC may be affected by the ongoing force restructure',
    'At the time of this inspection, the force was adopting a new operating model. This started in March 2023 and involved restructuring resources across the force into three local commands, rather than controlling all resources centrally.

The SOC team undertaking specialist SOC investigations was to be split into three area hubs to work with investigators and other proactive officers who tackle serious acquisitive crime (theft, robbery or burglary). It was too soon for us to assess whether this will be effective.',
    46,
    'WM-SOC-2024-WARKS-OBS-3');

-- finding 47: WM-SOC-2024-WARKS-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'RESOURCES',
    'OBSERVATION',
    'SOC analysts aren’t always supporting SOC investigations',
    'The force has centralised its analytical team and has processes in place to manage demand for analysts. As a result, departments are required to submit requests for support. This can lead to delays in producing analytical documents. Some intelligence officers and investigators told us they complete their own analysis. The force is aware that demand on analysts means there isn’t enough capacity to do proactive work to tackle SOC.',
    47,
    'WM-SOC-2024-WARKS-OBS-4');

-- finding 48: WM-SOC-2024-WARKS-OBS-5
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'TACKLING',
    'OBSERVATION',
    'The force has partnership arrangements to tackle SOC',
    'The force has strategic and tactical meetings with SOC partners to manage its SOC threats, known as SOC joint action groups (SOCJAGs). They adopt a 4P approach and are chaired by non-police personnel, such as senior representatives from the community safety partnership and Trading Standards. The force provides intelligence updates to each SOCJAG meeting.

We observed a SOCJAG meeting and saw representatives from SOC partners sharing information directly with the police. We also noted that much of the time spent in the SOCJAG meetings was dedicated to identifying people linked to OCGs and opportunities to divert them from these groups.

Partners we spoke with were generally supportive of the SOCJAG meetings. They recognise the importance of tackling SOC and the links to serious youth violence.

At the time of our inspection, the force was preparing to introduce the Clear, Hold, Build model. Although this was in the first stages of preparation, the force had briefed its strategic and tactical partners.',
    48,
    'WM-SOC-2024-WARKS-OBS-5');

-- finding 49: WM-SOC-2024-WARKS-OBS-6
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'TACKLING',
    'OBSERVATION',
    'The force doesn’t have enough resources or expertise to use covert tactics',
    'At the time of our inspection, the force had no officers qualified to carry out covert investigations. It relied entirely on the ROCUWM to do this work. But the ROCUWM was providing operational support to all the regional forces, so it couldn’t take on all the operations referred to it. Force leaders said they are satisfied with the support they receive from the ROCUWM. But some personnel told us they are frustrated that the force isn’t able to carry out much covert work.

During our inspection, we reviewed several SOC operations. One involved an OCG suspected to be involved in organised immigration crime and the exploitation of vulnerable people. We found that the force couldn’t provide enough personnel to tackle this.',
    49,
    'WM-SOC-2024-WARKS-OBS-6');

-- finding 50: WM-SOC-2024-WARKS-OBS-7
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WARKS'),
    'TACKLING',
    'OBSERVATION',
    'The force works with partner agencies to protect vulnerable victims and prevent people from becoming involved in SOC',
    'The force told us about several examples of its work with SOC partners to jointly use their powers and expertise to tackle SOC. This included work by local policing and partners to protect victims of cuckooing by county lines gangs. Private letting agents and local authority partners were working with residents to make them aware of the actions they were taking to support victims. Partners from a local authority Trading Standards office and the Food Standards Agency told us that together with the police, they use their powers to gain entry to premises suspected of being linked to exploitation.

The force told us it works with partners to divert people away from organised crime. They invite those who have been identified as at risk to attend a voluntary interview with professionals who prepare individual plans to prevent reoffending. These plans involve various schemes, including the Prince’s Trust, Catch 22, Barnardo’s, further education providers and local sports clubs.

Youth engagement officers have developed virtual reality training, covering SOC and county lines. They use this training during lessons in some schools across Warwickshire. This helps young people understand how gangs can groom and exploit them.',
    50,
    'WM-SOC-2024-WARKS-OBS-7');

-- judgement 51: WMERC
insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'INADEQUATE',
    'West Mercia Police is inadequate at tackling serious and organised crime.',
    51);

-- finding 52: WM-SOC-2024-WMERC-COC-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'SUMMARY',
    'CAUSE_OF_CONCERN',
    'West Mercia Police needs to improve how it works with its serious and organised crime partners and uses information and resources to tackle serious and organised crime effectively',
    'In our 2017 serious and organised crime PEEL inspection of the force, we issued a cause of concern. As a result, we placed the force in Engage (the higher level of a two-stage performance monitoring and improvement support process). In 2019, we assessed that the force had made enough improvement and removed it from enhanced monitoring. But during this regional inspection, we were concerned to find that the force wasn’t effectively tackling serious and organised crime (SOC). Additional detail is provided in the main body of this report.',
    52,
    'WM-SOC-2024-WMERC-COC-1');

insert into recommendation (finding_id, organisation_id, reference, lead_in, text, due_on, position) values
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R1',
        'By 1 January 2025, West Mercia Police should:',
        'improve how it works with partners to tackle SOC, including improving access to partnership data and information to understand SOC threats;',
        date '2025-01-01', 1),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R2',
        'By 1 January 2025, West Mercia Police should:',
        'make sure its workforce and SOC partners are aware of SOC local profiles so that these profiles inform a multi-agency response to SOC;',
        date '2025-01-01', 2),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R3',
        'By 1 January 2025, West Mercia Police should:',
        'provide enough analytical capacity to improve its understanding of emerging SOC threats;',
        date '2025-01-01', 3),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R4',
        'By 1 January 2025, West Mercia Police should:',
        'provide consistent and structured training to lead responsible officers to improve how they manage SOC threats;',
        date '2025-01-01', 4),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R5',
        'By 1 January 2025, West Mercia Police should:',
        'carry out a review of the lead responsible officer model and the role of lead responsible officers in managing tactical 4P plans;',
        date '2025-01-01', 5),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R6',
        'By 1 January 2025, West Mercia Police should:',
        'make sure that tactical 4P plans are better co-ordinated and have better quality assurance;',
        date '2025-01-01', 6),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R7',
        'By 1 January 2025, West Mercia Police should:',
        'improve the process to identify learning and good practice;',
        date '2025-01-01', 7),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R8',
        'By 1 January 2025, West Mercia Police should:',
        'improve how it records disruption activity; and',
        date '2025-01-01', 8),
    ((select id from finding where reference = 'WM-SOC-2024-WMERC-COC-1'), (select id from organisation where code = 'WMERC'), 'WM-SOC-2024-WMERC-COC-1-R9',
        'By 1 January 2025, West Mercia Police should:',
        'review its SOC delivery plan to make sure it is an effective tool to assess force improvement and that updates on performance are recorded accurately.',
        date '2025-01-01', 9);

-- finding 53: WM-SOC-2024-WMERC-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force has a structure to manage its response to SOC',
    'The force consistently uses MoRiLE to assess and prioritise its SOC threats. The risk relating to individual OCGs is subject to regular review and rescoring.

The force is managing its response to SOC through a series of local and force tasking and co-ordination meetings. During our inspection, we observed some meetings and found them to be well structured and supported by analytical products that informed decision-making.',
    53,
    'WM-SOC-2024-WMERC-OBS-1');

-- finding 54: WM-SOC-2024-WMERC-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force has limited available data relating to the level and nature of SOC',
    'The force is using both the vulnerable localities index (PDF document) and the Cambridge crime harm index to identify potential vulnerability to SOC at a local level.

But we found that the force wasn’t always using partnership data to help it understand the nature of SOC within communities. At the time of our inspection, the force told us that each of the five community safety partnerships had up-to-date information-sharing agreements. But some interviewees told us that the agreements weren’t fit for purpose. This has led to different arrangements across the force and doesn’t encourage effective information sharing. Senior leaders within the force told us that accessing data held by other organisations, such as the NHS and local authorities, is challenging.

At the time of our inspection, the force had no plans in place to address this issue. As a result, its knowledge of SOC was primarily based on police data.',
    54,
    'WM-SOC-2024-WMERC-OBS-2');

-- finding 55: WM-SOC-2024-WMERC-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'UNDERSTANDING',
    'OBSERVATION',
    'SOC local profiles aren’t being used to inform multi-agency activity',
    'The force produces SOC local profiles, which it calls community profiles, to identify the threat from SOC in each of its five local policing areas. These profiles are updated annually and should be used to tackle SOC. During our inspection, we found little knowledge of these documents among police personnel or SOC partners. In the force, some local policing leaders demonstrated a lack of understanding of SOC community profiles.',
    55,
    'WM-SOC-2024-WMERC-OBS-3');

-- finding 56: WM-SOC-2024-WMERC-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force isn’t routinely using intelligence products',
    'We found that intelligence products, such as problem profiles, weren’t always being used in the force to help progress SOC investigations. This is partly because analytical teams are understaffed and are experiencing high demand, which is highlighted in the next section. We also found that some investigators lacked awareness about the products available to help their investigations.',
    56,
    'WM-SOC-2024-WMERC-OBS-4');

-- finding 57: WM-SOC-2024-WMERC-OBS-5
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force doesn’t emphasise the priority attached to SOC to the workforce',
    'The force control strategy describes SOC as a national strategic policing requirement to inform operational priorities. We found that some managers and personnel felt that the control strategy lacked enough detail about SOC to help them prioritise it.

Some personnel across the force told us that they aren’t always able to tackle SOC because of other competing priority work.',
    57,
    'WM-SOC-2024-WMERC-OBS-5');

-- finding 58: WM-SOC-2024-WMERC-OBS-6
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'RESOURCES',
    'OBSERVATION',
    'The force has enough specialised resources to tackle SOC',
    'The force has a task force consisting of specialist firearms officers and surveillance-trained officers. It is mostly deployed to support local operations but is also available to support national or regional activity. The force has created dedicated SOC teams in both the north and south force areas to deal with complex SOC investigations.',
    58,
    'WM-SOC-2024-WMERC-OBS-6');

-- finding 59: WM-SOC-2024-WMERC-OBS-7
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'RESOURCES',
    'OBSERVATION',
    'The force lacks analytical capacity',
    'Staff from analytical teams told us that the number of researchers and analysts in the force has been reduced significantly because of funding cuts. Also, over a third of the analysts were absent due to sickness or secondment.

Some analytical personnel expressed frustration that the high demand and lack of staff prevented them from carrying out thorough research and analysis. This was affecting their ability to proactively identify SOC threats. Analytical managers told us that about 75 percent of analytical demand relates to the examination of communications data for reactive investigations.

Some analysts told us of instances where they weren’t being involved at the start of investigations. This means that some evidential opportunities may have been missed. Some personnel in proactive teams told us that they have stopped asking for analytical support as they know they won’t get it.

During our inspection, some analysts told us that they aren’t confident in the stability of IT systems. They also told us that some IT systems aren’t compatible with others.',
    59,
    'WM-SOC-2024-WMERC-OBS-7');

-- finding 60: WM-SOC-2024-WMERC-OBS-8
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'RESOURCES',
    'OBSERVATION',
    'There isn’t enough training and support for LROs in the force',
    'The force appoints detective chief inspectors in the force’s crime teams as LROs. This work is in addition to their other detective chief inspector responsibilities. Some areas of the force have significantly more OCGs than others, so workloads for these LROs varies.

Some LROs felt that the force would benefit from having LROs from different backgrounds, such as safer neighbourhood and problem-solving teams. This would increase capacity and experience.

Some LROs told us that they hadn’t received enough training to carry out their LRO roles. Similarly, they hadn’t been trained in the completion and use of 4P plans. As a result, they relied on support from colleagues. While we found that detective chief inspectors did meet regularly, the purpose of these meetings was to talk about matters related to ongoing investigations rather than LRO-specific concerns. At the time of our inspection, we saw no evidence of a programme to provide continuing professional development for LROs.',
    60,
    'WM-SOC-2024-WMERC-OBS-8');

-- finding 61: WM-SOC-2024-WMERC-OBS-9
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'RESOURCES',
    'OBSERVATION',
    'The force doesn’t consistently record organisational learning',
    'We found that evaluation of operational activity across the force was inconsistent and not understood by some personnel. We did observe that the OCG management meeting identified some good practice. Some interviewees also explained that the force had introduced new processes to identify learning.

Some LROs told us that examples of good practice are held on a database maintained by the OCG mapping unit (OCGMU). But our own examination of this database didn’t reassure us that it provides an effective corporate record for organisational learning related to SOC.',
    61,
    'WM-SOC-2024-WMERC-OBS-9');

-- finding 62: WM-SOC-2024-WMERC-OBS-10
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'TACKLING',
    'OBSERVATION',
    'LROs should co-ordinate and quality assure 4P plans',
    'We found little evidence that LROs were managing the quality of 4P plans. It wasn’t always clear to us who created the plans, who was responsible for them or if they had been reviewed. Staff from the OCGMU explained that some personnel confused 4P plans with other management plans.

We found that, on occasions, some LROs were primarily focused on pursuing SOC offenders. And some LROs considered prevention and protection to be the responsibility of other teams or SOC partners. Some 4P plans contained little detail about preventative activity or how this was being prioritised.

Thematic leads are in place for each of the 4Ps. But we found that these leads weren’t always working with LROs or holding them to account for progress.

At the time of our inspection, senior leaders within the force accepted that its partnership arrangements meant that preventative activity wasn’t always co-ordinated. For the year ending 31 March 2023, 93 percent of recorded disruptions were for pursue activity. Since our inspection, the force has improved its recording of disruptions.',
    62,
    'WM-SOC-2024-WMERC-OBS-10');

-- finding 63: WM-SOC-2024-WMERC-OBS-11
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'TACKLING',
    'OBSERVATION',
    'The force isn’t consistently working with partners to tackle SOC',
    'The force doesn’t have effective strategic governance arrangements in place with partners to tackle SOC. We did see some good examples of partnership working at a local level including, for example, problem-solving to address issues such as antisocial behaviour. But these aren’t widespread.

Some partners expressed concern about elements of the community safety partnership meetings, including structure and leadership.

We found reluctance among some senior police leaders to challenge partners when they hadn’t completed SOC actions. This may indicate that the relationship between the force and its partners to tackle SOC isn’t robust enough.

The force was planning to work with partners to implement the Clear, Hold, Build model. For this to be successful, the force should do all it can to promote more effective partnership working and information sharing.',
    63,
    'WM-SOC-2024-WMERC-OBS-11');

-- finding 64: WM-SOC-2024-WMERC-OBS-12
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'TACKLING',
    'OBSERVATION',
    'The force should improve how it prevents people from becoming involved in SOC',
    'We found that the force had some prevent programmes aligned with SOC activity. But some LROs struggled to give examples of prevent programmes to divert people away from SOC. Prevention leads could only name two projects specific to SOC: one relating to preventing knife crime and the other to diverting females from crime.

The majority of prevent programmes the force told us about appeared to be localised and not specifically tailored to working with groups at risk of being involved in SOC. For example, in interviews, force personnel often mentioned local sporting activities, but these weren’t specifically designed for SOC intervention.',
    64,
    'WM-SOC-2024-WMERC-OBS-12');

-- finding 65: WM-SOC-2024-WMERC-OBS-13
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'TACKLING',
    'OBSERVATION',
    'The force should review how it assesses progress when tackling SOC',
    'The force has a delivery plan to help it to improve how it tackles SOC. We found that the plan was lengthy, and updates weren’t always dated, which made the timeline for delivery difficult to understand. We also found that the objectives in the plan didn’t appear to be prioritised.

The delivery plan contains a section for each 4P lead to provide an update on their strands of work. In some cases, these updates simply listed activities the force was carrying out instead of providing an update or evaluating effectiveness.',
    65,
    'WM-SOC-2024-WMERC-OBS-13');

-- finding 66: WM-SOC-2024-WMERC-OBS-14
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMERC'),
    'TACKLING',
    'OBSERVATION',
    'The force is using ancillary orders to manage high-threat SOC offenders',
    'At the time of our inspection, the force had 19 SCPO orders. Four of these were being actively managed. The remaining 15 SCPOs concerned individuals in prison.

During our inspection, we were told that personnel in the OCGMU consult with the National Probation Service six months before an offender is released from prison. This allows time for them to jointly prepare a management plan. If an offender is being released to another force area, the OCGMU contacts the relevant force to make sure it has enough time to create a management plan.',
    66,
    'WM-SOC-2024-WMERC-OBS-14');

-- judgement 67: WMP
insert into judgement (inspection_id, organisation_id, grade, sentence, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'ADEQUATE',
    'West Midlands Police is adequate at tackling serious and organised crime.',
    67);

-- finding 68: WM-SOC-2024-WMP-AFI-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'UNDERSTANDING',
    'AREA_FOR_IMPROVEMENT',
    'West Midlands Police should improve its serious and organised crime local profile',
    'We reviewed the force’s serious and organised crime (SOC) local profile and found several shortcomings. The document covers the entire force geographical area, but it doesn’t explain the effects of SOC at local policing levels. It doesn’t examine place-based harm or identify vulnerabilities. The document is largely based on police data. Similarly, most of the recommendations in the profile are for the police. Few recommendations recognise the actions SOC partners could take to tackle SOC. The force would benefit from identifying partnership data to enhance this profile.',
    68,
    'WM-SOC-2024-WMP-AFI-1');

-- finding 69: WM-SOC-2024-WMP-IP-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'UNDERSTANDING',
    'INNOVATIVE_PRACTICE',
    'West Midlands Police exploits intelligence from social media sites to tackle serious and organised crime',
    'The force has a social media hub funded by the Home Office. Officers in the hub are expertly trained. They collect information from social media sites and use it to identify offenders, bring them to justice and prevent serious and organised crime from taking place.

The hub focuses on those offenders who pose the highest threat. Examples of its work include:

  • identifying when serious and organised crime offenders in prison are continuing to be involved in criminality – this information is then passed to the Regional Organised Crime Unit for the West Midlands for response;
  • providing information to help secure gang injunctions to prevent continuing offending;
  • using the Police National Database facial recognition capability to identify serious and organised crime offenders – we often find that this resource is underused; and
  • supporting large-scale operations such as the Commonwealth Games and music festivals.',
    69,
    'WM-SOC-2024-WMP-IP-1');

-- finding 70: WM-SOC-2024-WMP-OBS-1
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'UNDERSTANDING',
    'OBSERVATION',
    'The force prioritises its SOC threats',
    'We saw a threat grid the force had produced that it uses to prioritise its top 25 SOC threats. It uses professional assessment of risk combined with MoRiLE to rank the threats on this grid. The force SOCEX meeting, chaired by the head of intelligence, uses the threat grid to support decision-making and resource allocation. SOC threats are also prioritised through local and regional tasking and co-ordination meetings.

The force doesn’t map all the SOC threats that feature on the threat grid on APMIS. For example, the county lines task force separately assesses and prioritises county lines gangs.',
    70,
    'WM-SOC-2024-WMP-OBS-1');

-- finding 71: WM-SOC-2024-WMP-OBS-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'UNDERSTANDING',
    'OBSERVATION',
    'Intelligence is used to inform operational decision-making',
    'Analysts routinely scan intelligence reports to identify emerging issues and opportunities to disrupt criminals. Analysts specialise in specific SOC threat areas and have enough training to apply their skills to other threat areas when required. The force intelligence academy makes sure that intelligence personnel can maintain their skills and national accreditation.',
    71,
    'WM-SOC-2024-WMP-OBS-2');

-- passage 72: West Midlands Police
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'West Midlands Police',
    'RESOURCES',
    null,
    'At the time of our inspection, the force had a new leadership team, which had changed the operating model. This has been described in the force’s PEEL report.',
    72);

-- finding 73: WM-SOC-2024-WMP-OBS-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'RESOURCES',
    'OBSERVATION',
    'The force supports LROs but some face excessive demand',
    'The force appoints chief inspectors in each of its local policing areas as LROs. They develop 4P plans to manage identified SOC threats in their areas.

The force head of SOC co-ordinates LRO training, including guidance on completing 4P plans. Other agencies, including the ROCUWM and HM Revenue and Customs, have provided training. But some LROs told us they felt they hadn’t received enough training before taking on the role.

LROs have access to proactive resources to tackle SOC. In two local policing areas, this includes dedicated gangs teams. They also attend SOCEX meetings, which means they can request covert support, including from the ROCUWM and the NCA. The SOCEX team monitors the progress of operations, and local policing area commanders hold their own LROs to account.

But we found that in one local policing area, the LRO was managing 45 SOC threats as well as other significant issues that included live firearms incidents. As a result, this LRO was struggling to meet the demands of the LRO role combined with their other responsibilities. The force should make sure that there are enough LROs to manage the SOC threat in higher-demand geographical areas.',
    73,
    'WM-SOC-2024-WMP-OBS-3');

-- finding 74: WM-SOC-2024-WMP-OBS-4
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'RESOURCES',
    'OBSERVATION',
    'The force is tackling county lines effectively',
    'In April 2022, the force established a county lines taskforce. The task force has significant capabilities, including five operational teams, dedicated analytical and legal support and access to mobile surveillance. The Home Office has provided funding for three years.

The task force targets the use of mobile telephones linked to county lines activity. The team also identifies premises being used by county lines gangs. It uses tactics such as closure notices and the enforcement of tenancy agreements to reduce this. The Crime and Policing Act 2014 allows the police to issue a closure notice if they believe that the use of a premises has or will result in nuisance to the public. A closure notice can also be used to prevent disorder associated with the use of a premise.',
    74,
    'WM-SOC-2024-WMP-OBS-4');

-- finding 75: WM-SOC-2024-WMP-OBS-5
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'RESOURCES',
    'OBSERVATION',
    'SOC demand isn’t being dealt with consistently across the force',
    'We found that some local policing area personnel didn’t fully understand their role in tackling SOC and felt this was the responsibility of the SOCEX operational teams. When we met with local teams, some told us that competing demands and differing local priorities made SOC just one of several demands placed on them. Some interviewees were unclear on the specific roles of other force teams that target SOC and how they work together.

Information about SOC offenders and threats is available to police officers and staff on their handheld devices and the force intranet. Most local policing area personnel felt adequately briefed on the SOC threats in their geographical area. But we found some personnel weren’t using these tools and, as a result, had limited knowledge of SOC in their area.

Some local policing area supervisors told us that their teams were very inexperienced and student officers were frequently rotated. While we understand the requirement for student officers to gain experience in different roles, this may affect the local understanding of SOC threats.

The force has several proactive teams available, which include two gangs teams based in Birmingham, an illicit cash team, six force priority teams and a dedicated source unit. Their specific functions weren’t always clear.

In one focus group, some officers explained that proactive teams were sometimes under-resourced. For example, they have to support response and custody teams when required. We reported a similar scenario as an area for improvement in our PEEL inspection report in relation to neighbourhood officers often being diverted to response roles and away from important work to prevent crime. Clearly, the force needs to meet demand, but this means operational teams aren’t always able to function at the required level.',
    75,
    'WM-SOC-2024-WMP-OBS-5');

-- finding 76: WM-SOC-2024-WMP-AFI-2
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'RESOURCES',
    'AREA_FOR_IMPROVEMENT',
    'West Midlands Police should increase its financial investigation capacity',
    'During interviews, we heard that the force doesn’t have enough financial investigators to support all serious and organised crime investigations. There is also little capacity to proactively identify and tackle criminal wealth.

Economic crime unit (ECU) personnel often only become involved towards the end of criminal investigations. Some ECU personnel told us that they could offer much more. Some investigators told us that they don’t ask for ECU support because they are aware that they are unlikely to receive it. This wasn’t the case in the county lines task force, where Home Office funding pays for financial investigators to support its investigations. The force told us it has a plan to address resourcing in the ECU.',
    76,
    'WM-SOC-2024-WMP-AFI-2');

-- finding 77: WM-SOC-2024-WMP-AFI-3
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'TACKLING',
    'AREA_FOR_IMPROVEMENT',
    'West Midlands Police should improve the quality and consistency of its 4P plans',
    'We reviewed several 4P plans and found that their quality and content were inconsistent. West Midlands Police requires 4P plans to be completed for serious and organised crime (SOC) threats and known gangs. One of the gangs teams was managing 4P plans for over 90 gangs. Updating so many plans can’t be done effectively with the team’s available personnel.

The force uses different systems to store 4P plans. Some personnel responsible for 4P plans told us this is because they believe the force crime and intelligence system is unreliable. Some of the plans didn’t contain enough information about the SOC threat being investigated, such as the management of risk in law enforcement score or details of the type of criminality.

We found that lead responsible officers weren’t always reviewing 4P plans or updating progress on actions. One plan we reviewed was introduced in 2020 and contained only three updates. Another plan was over 100 pages long, which makes it too hard to manage. We found little evidence that the force was routinely evaluating work done to tackle SOC or identify good practice.

As a result, we aren’t assured that 4P plans are driving SOC intervention activity or that officers always record it accurately.',
    77,
    'WM-SOC-2024-WMP-AFI-3');

-- finding 78: WM-SOC-2024-WMP-OBS-6
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'TACKLING',
    'OBSERVATION',
    'The force should improve how it uses SCPOs to prevent SOC offending',
    'Overall, we found that the force wasn’t routinely considering the use of SCPOs to prevent SOC offending. At the time of our inspection, senior leaders couldn’t confirm how many SCPOs were in place. Of the figures quoted, the maximum was six, which we believe is low for such a large force.

But we did find that teams, such as the offender management teams and gangs teams, regularly considered other orders to prevent offending. These include gang injunctions, knife crime prevention orders and closure notices. We found that local policing teams were frequently used to enforce these orders. But some specialist SOC teams felt that they were expected to enforce orders without receiving relevant training.',
    78,
    'WM-SOC-2024-WMP-OBS-6');

-- finding 79: WM-SOC-2024-WMP-OBS-7
insert into finding (inspection_id, organisation_id, section, type, title, body, position, reference) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    (select id from organisation where code = 'WMP'),
    'TACKLING',
    'OBSERVATION',
    'The force works with partners to prevent people from becoming involved in SOC and to protect vulnerable victims',
    'During our inspection, we heard examples of the force working with partners to tackle SOC and associated activities, such as gang crime and serious violence. We found that the force had good relationships with a range of partners and shared information appropriately. For example, the force holds regular meetings with local authorities to discuss concerns for children living with SOC offenders.

The force attends several forums aimed at tackling SOC, exploitation and serious violence. These forums include representatives from the seven local authorities, health, education and the PCC. There is also a violence reduction partnership meeting, which identifies repeat victims and perpetrators. The meeting considers appropriate prevention strategies to divert victims away from SOC and prevent them from entering the criminal justice system.

Most partners we interviewed were positive about the force’s approach to tackling gangs and county lines. But some shared concerns that its approach may have a negative effect on tackling more serious crime.

The force has established individual SOCEX partnership hubs in Birmingham, Coventry and Wolverhampton. These hubs collect and assess intelligence with the aim of identifying and safeguarding children and vulnerable adults at risk of becoming involved in SOC. The force also analyses intelligence and seeks to identify those at risk of becoming involved in county lines gangs.

The force has assigned prevention officers to every school in its area. Public community support officers visit primary schools, while police officers visit secondary schools. The officers give annual talks to all students but focus particularly on children in year six before they transfer to secondary school.

The force told us about the Step Together programme and research that concludes children are most likely to be pressured into becoming involved in criminality when they are half a mile from school. The Step Together programme provides volunteers who walk with children on specified routes to and from school.',
    79,
    'WM-SOC-2024-WMP-OBS-7');

-- passage 80: Appendix 1: Map of regional organised crime units
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Appendix 1: Map of regional organised crime units',
    null,
    null,
    'There are ten regions in England and Wales containing nine regional organised crime units:

  1. The North East Regional Organised Crime Unit covers Cleveland, Durham and Northumbria.
  2. The Yorkshire & the Humber Regional Organised Crime Unit covers Humberside, North Yorkshire, South Yorkshire and West Yorkshire.
  3. The North West Regional Organised Crime Unit covers Cheshire, Cumbria, Greater Manchester, Lancashire, Merseyside and North Wales.
  4. Tarian covers Dyfed-Powys, Gwent and South Wales.
  5. The Regional Organised Crime Unit for the West Midlands Region covers Warwickshire, West Mercia, West Midlands and Staffordshire.
  6. The East Midlands Special Operations Unit covers Derbyshire, Leicestershire, Lincolnshire, Northamptonshire and Nottinghamshire.
  7. The Eastern Region Special Operations Unit covers Bedfordshire, Cambridgeshire, Essex, Hertfordshire, Kent, Norfolk and Suffolk.
  8. The South West Regional Organised Crime Unit covers Avon & Somerset, Devon & Cornwall, Dorset, Gloucestershire and Wiltshire.
  9. The Metropolitan Police Service, the City of London Police and British Transport Police work collaboratively in the London region.
  10. The South East Regional Organised Crime Unit covers Hampshire, Surrey, Sussex and Thames Valley.

There is a separate collaborative arrangement for the London region, incorporating the constituent forces of the Metropolitan Police Service, the City of London Police and British Transport Police. The forces share some ROCU capabilities.',
    80);

-- passage 81: Appendix 2: Data methodology and caveats
insert into passage (inspection_id, organisation_id, chapter, section, heading, body, position) values (
    (select id from inspection where slug = 'west-midlands-soc-2024'),
    null,
    'Appendix 2: Data methodology and caveats',
    null,
    null,
    'The data used in this report was extracted from the national database: the Agency and Partners Management Information System (APMIS).

APMIS contains data that is recorded by police forces throughout England and Wales, regional organised crime units, the National Crime Agency and other agencies, such as His Majesty’s Revenue and Customs and Home Office Immigration Enforcement.

APMIS data:

  • The serious organised crime (SOC) master list contains all the MoRiLE assessments for the SOC threats identified by forces and agencies.
  • Event-based disruption data (disruption data) is recorded in accordance with national minimum standards. At the time of our inspection, minimum standards stipulated that disruption data should only be recorded against organised crime groups and not priority individuals or SOC vulnerabilities.
  • Police forces across England and Wales and regional organised crime units submit disruption data to APMIS differently. Police forces can only record disruptions that they have led. Regional organised crime units can record disruptions that they have led and disruptions they have carried out to benefit another force or agency. The latter are known as support disruptions. We report on lead disruptions. We exclude support disruptions and only report them by exception. We make it clear in the report when we are referring to support disruption data.

MoRiLE assessment data was extracted from APMIS on 3 April 2023, and therefore any changes made to assessments since that date won’t be accounted for in the analysis. The following filters were used on columns to extract this data: Type is Tactical, Moderation status is Moderated, SOC is SOC, Tier isn’t Tier 5 and Phase not contains closed.

Disruption data was extracted from APMIS for lead disruptions. At the time of our inspection, an extraction carried out for the year ending 31 March 2023 was available, which covered lead disruptions added to APMIS by that date.

Since the inspection, a further extraction was carried out for the year ending 30 June 2023. In the main, the data from the extraction carried out on 30 June 2023 is referenced in this report, unless otherwise stated.

The following filters were used on columns to extract this data: Disruption type is Lead disruption; Record data is greater than 30 June 2022, less than 30 June 2023; and Assessment category is Major, Minor and Moderate.',
    81);

-- Key figures stated in the report
insert into key_figure (inspection_id, organisation_id, finding_id, label, value, unit, period, position) values
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'ROCUWM'),
        (select id from finding where reference = 'WM-SOC-2024-ROCUWM-AFI-2'),
        'Prisons in the West Midlands region', 12, 'count', 'at the time of the inspection', 1),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'ROCUWM'),
        (select id from finding where reference = 'WM-SOC-2024-ROCUWM-AFI-2'),
        'Serious and organised crime offenders in the region’s prisons (more than)', 2000, 'count', 'at the time of the inspection', 2),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'ROCUWM'),
        (select id from finding where reference = 'WM-SOC-2024-ROCUWM-AFI-2'),
        'Offenders on the MARSOC programme', 2, 'count', 'at the time of the inspection', 3),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'ROCUWM'),
        (select id from finding where reference = 'WM-SOC-2024-ROCUWM-OBS-7'),
        'Recorded disruptions that were pursue activity', 52, 'percent', 'year ending 30 June 2023', 4),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'STAFFS'),
        (select id from finding where reference = 'WM-SOC-2024-STAFFS-OBS-4'),
        'Analysts in the knowledge hub', 24, 'count', 'at the time of the inspection', 5),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'STAFFS'),
        (select id from finding where reference = 'WM-SOC-2024-STAFFS-AFI-3'),
        'Recorded disruptions that were pursue activity', 85, 'percent', 'year ending 30 June 2023', 6),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WARKS'),
        (select id from finding where reference = 'WM-SOC-2024-WARKS-AFI-4'),
        'Serious crime prevention orders in place', 4, 'count', 'at the time of the inspection', 7),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WARKS'),
        (select id from finding where reference = 'WM-SOC-2024-WARKS-AFI-4'),
        'Serious crime prevention orders being applied for', 5, 'count', 'at the time of the inspection', 8),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMERC'),
        (select id from finding where reference = 'WM-SOC-2024-WMERC-OBS-7'),
        'Analytical demand that is examination of communications data', 75, 'percent', 'at the time of the inspection', 9),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMERC'),
        (select id from finding where reference = 'WM-SOC-2024-WMERC-OBS-10'),
        'Recorded disruptions that were pursue activity', 93, 'percent', 'year ending 31 March 2023', 10),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMERC'),
        (select id from finding where reference = 'WM-SOC-2024-WMERC-OBS-14'),
        'Serious crime prevention orders (SCPOs) in place', 19, 'count', 'at the time of the inspection', 11),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMERC'),
        (select id from finding where reference = 'WM-SOC-2024-WMERC-OBS-14'),
        'SCPOs being actively managed', 4, 'count', 'at the time of the inspection', 12),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMERC'),
        (select id from finding where reference = 'WM-SOC-2024-WMERC-OBS-14'),
        'SCPOs concerning individuals in prison', 15, 'count', 'at the time of the inspection', 13),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMP'),
        (select id from finding where reference = 'WM-SOC-2024-WMP-OBS-1'),
        'SOC threats prioritised on the force threat grid', 25, 'count', 'at the time of the inspection', 14),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMP'),
        (select id from finding where reference = 'WM-SOC-2024-WMP-OBS-3'),
        'SOC threats managed by one local policing area LRO', 45, 'count', 'at the time of the inspection', 15),
    ((select id from inspection where slug = 'west-midlands-soc-2024'), (select id from organisation where code = 'WMP'),
        (select id from finding where reference = 'WM-SOC-2024-WMP-AFI-3'),
        'Gangs with 4P plans managed by one gangs team (more than)', 90, 'count', 'at the time of the inspection', 16);
