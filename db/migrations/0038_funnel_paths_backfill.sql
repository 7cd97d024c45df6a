-- Every organization's funnel paths from its history (set-based, one organization at a time).
select funnel_paths_rebuild(o.id) from organizations o;
