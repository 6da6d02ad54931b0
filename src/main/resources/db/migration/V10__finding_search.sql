-- Full-text search over findings: titles weigh more than text. The 'english' configuration stems
-- words, so "4P plans" finds "4P plan" and "plans". Generated, so it can never fall out of step
-- with the text it indexes.
alter table finding add column search_vector tsvector generated always as (
    setweight(to_tsvector('english', coalesce(title, '')), 'A') ||
    setweight(to_tsvector('english', coalesce(body, '')), 'B')
) stored;

create index finding_search_vector_idx on finding using gin (search_vector);
