-- The `stay` and `stay_all` counts of the visits already stored (db/sql/journey-map-facts.sql:
-- journey_map_visit_counts), one folded row per key, as journey_map_rebuild_org writes them.
insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n, folded)
select v.org_id, journey_map_counted_owner(k.kind, v.owner_id), v.stage_key, k.kind, (v.exit_at at time zone o.time_zone)::date, null,
  journey_map_duration_bucket(v.entered_at, v.exit_at)::text, count(*), true
from journey_map_visits v join organizations o on o.id = v.org_id
cross join (values ('stay'), ('stay_all')) as k(kind)
where v.exit_at is not null and v.next_exit_at is null
group by 1, 2, 3, 4, 5, 7;
