-- The region page lists the inspections with regional findings (findings about the region as a whole,
-- with no organisation) and counts them. Regional findings are a small share of a region's findings, so a
-- partial index holds only them: the counts are read from it alone instead of visiting every finding of
-- the region to discard those about a force.
create index finding_regional_idx on finding (region_id, inspection_id)
    where organisation_id is null and not withdrawn;
