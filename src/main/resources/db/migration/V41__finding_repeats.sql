-- A finding can say that it repeats a finding of an earlier inspection (an area for improvement that
-- remains, a cause of concern raised again). Following the links gives how long a problem has lasted.
alter table finding add column repeats_finding_id bigint references finding (id);
alter table finding add constraint finding_repeats_not_itself check (repeats_finding_id <> id);
create index finding_repeats_idx on finding (repeats_finding_id);
