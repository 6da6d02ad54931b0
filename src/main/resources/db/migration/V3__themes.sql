-- A controlled list of themes that findings and recommendations are tagged with, so that a problem
-- that recurs across bodies and inspections ("4P plans") can be seen and filtered on.
create table theme (
    id           bigint generated always as identity primary key,
    slug         text not null unique,
    name         text not null unique,
    description  text not null default '',
    position     integer not null,
    version      integer not null default 0
);

create table finding_theme (
    finding_id  bigint not null references finding (id),
    theme_id    bigint not null references theme (id),
    primary key (finding_id, theme_id)
);
create index finding_theme_theme_idx on finding_theme (theme_id);

create table recommendation_theme (
    recommendation_id  bigint not null references recommendation (id),
    theme_id           bigint not null references theme (id),
    primary key (recommendation_id, theme_id)
);
create index recommendation_theme_theme_idx on recommendation_theme (theme_id);

insert into theme (slug, name, description, position) values
    ('4p-plans', '4P plans', 'Plans against SOC threats under pursue, prevent, protect and prepare, and their quality assurance.', 1),
    ('disruption-recording', 'Disruption recording', 'How disruptions of SOC threats are recorded on APMIS and across the 4Ps.', 2),
    ('organisational-learning', 'Organisational learning', 'Learning from concluded operations and understanding how work affects SOC.', 3),
    ('soc-offender-management', 'SOC offender management', 'Managing SOC offenders, including prison intelligence, MARSOC and ancillary orders such as SCPOs.', 4),
    ('partnership-working', 'Partnership working', 'Working with SOC partner organisations and sharing their data.', 5),
    ('analytical-capacity', 'Analytical capacity', 'Analysts and analytical products to understand SOC threats.', 6),
    ('intelligence', 'Intelligence', 'Gathering, assessing and using intelligence about SOC.', 7),
    ('lro-training', 'Training of lead responsible officers', 'Training, support and demand on lead responsible officers.', 8),
    ('resources', 'Resources', 'Frontline, specialist and financial investigation resources and their resilience.', 9),
    ('prevention-and-safeguarding', 'Prevention and safeguarding', 'Preventing people from becoming involved in SOC and safeguarding vulnerable people.', 10),
    ('local-profiles', 'Local profiles', 'SOC local profiles and their use to inform multi-agency activity.', 11),
    ('covert-capability', 'Covert capability', 'Surveillance, undercover and other covert tactics and the experience to use them.', 12),
    ('governance-and-performance', 'Governance and performance', 'Strategies, governance structures, tasking and performance management for SOC.', 13);
