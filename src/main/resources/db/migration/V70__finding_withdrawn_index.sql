-- The themes list counts each theme's findings that are not withdrawn. Joining finding_theme to
-- finding for that read the whole finding table (136 MB nationally) once per theme: about 4 s.
-- Withdrawn findings are rare, so the count is taken as "tagged" (an index-only count of
-- finding_theme) minus "tagged and withdrawn", which this small partial index finds directly.
create index finding_withdrawn_idx on finding (id) where withdrawn;
