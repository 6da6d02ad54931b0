-- Search and the organisation page read findings newest inspection first, and search filters by
-- region. With twenty years of inspections a word can match half of all findings, so search bounds its
-- work to the most recent matches and lets the database combine the text index with the filters' own
-- indexes. Both need two facts that live on other tables on the finding itself:
--   published_on: its inspection's publication date, so an index can walk findings newest first;
--   region_id:    the region it is about (its organisation's, else its regional inspection's).
-- Triggers keep the copies, so no writer (authoring, import, bulk SQL) has to remember them.
alter table finding add column published_on date;
alter table finding add column region_id bigint references region (id);

update finding f
set published_on = i.published_on,
    region_id = coalesce((select o.region_id from organisation o where o.id = f.organisation_id), i.region_id)
from inspection i
where i.id = f.inspection_id;

alter table finding alter column published_on set not null;

create function finding_copy_search_columns() returns trigger language plpgsql as $$
begin
    select i.published_on, coalesce((select o.region_id from organisation o where o.id = new.organisation_id), i.region_id)
    into new.published_on, new.region_id
    from inspection i where i.id = new.inspection_id;
    return new;
end
$$;

create trigger finding_search_columns
    before insert or update of inspection_id, organisation_id on finding
    for each row execute function finding_copy_search_columns();

create function inspection_copy_search_columns() returns trigger language plpgsql as $$
begin
    update finding f
    set published_on = new.published_on,
        region_id = coalesce((select o.region_id from organisation o where o.id = f.organisation_id), new.region_id)
    where f.inspection_id = new.id;
    return null;
end
$$;

create trigger inspection_search_columns
    after update of published_on, region_id on inspection
    for each row when (old.published_on is distinct from new.published_on or old.region_id is distinct from new.region_id)
    execute function inspection_copy_search_columns();

create function organisation_copy_search_columns() returns trigger language plpgsql as $$
begin
    update finding set region_id = new.region_id where organisation_id = new.id;
    return null;
end
$$;

create trigger organisation_search_columns
    after update of region_id on organisation
    for each row when (old.region_id is distinct from new.region_id)
    execute function organisation_copy_search_columns();

-- Newest first in the order pages show findings: publication, inspection, report position.
create index finding_recency_idx on finding (published_on desc, inspection_id desc, position) where not withdrawn;

-- The organisation page finds the body's latest inspection and counts its findings per inspection
-- from this index alone, however many years of findings the body has.
create index finding_organisation_recency_idx on finding (organisation_id, published_on desc, inspection_id desc)
    where not withdrawn;

-- Filters search can combine with the text index (a bitmap AND) before reading any finding.
create index finding_region_idx on finding (region_id) where not withdrawn;
create index finding_type_idx on finding (type) where not withdrawn;
