-- Deleting stage events takes their contributions out of funnel_cohort_days, as the insert trigger
-- (migration 0014) puts them in: for every customer touched, the contribution with the deleted
-- events is subtracted and the one without them added. Stage history is append-only; the one
-- writer that deletes events is a merge of two customers, which moves the merged-away customer's
-- history into customer_merges (docs/architecture.md, "Merging customers"). Decrements only
-- update rows that exist, so deleting an organization (aggregates first) leaves nothing behind.
create function funnel_cohort_days_on_events_deleted() returns trigger
language plpgsql as $$
declare
  changes funnel_cohort_days[];
begin
  with touched as (
    select distinct org_id, customer_id from deleted
  ),
  ev as (
    select e.org_id, e.customer_id, e.to_key, e.at, false as gone
    from touched t
    join stage_events e on e.org_id = t.org_id and e.customer_id = t.customer_id
    union all
    select d.org_id, d.customer_id, d.to_key, d.at, true from deleted d
  ),
  jev as (
    select ev.*, s.journey from ev left join stages s on s.org_id = ev.org_id and s.key = ev.to_key
  ),
  starts as (
    select org_id, customer_id, journey, min(at) as t_old, min(at) filter (where not gone) as t_new
    from jev where journey is not null group by 1, 2, 3
  ),
  contrib as (
    select st.org_id, st.customer_id, st.journey, st.t_new, st.t_old,
      array_agg(distinct jev.to_key collate "C" order by jev.to_key collate "C")
        filter (where not jev.gone and jev.at >= st.t_new and jev.to_key <> 'lost') as keys_new,
      array_agg(distinct jev.to_key collate "C" order by jev.to_key collate "C")
        filter (where jev.at >= st.t_old and jev.to_key <> 'lost') as keys_old
    from starts st
    join jev on jev.org_id = st.org_id and jev.customer_id = st.customer_id
    group by 1, 2, 3, 4, 5
  ),
  deltas as (
    select c.org_id, c.journey, (c.t_new at time zone o.time_zone)::date as cohort_day, cu.channel,
      coalesce(cu.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) as owner_id, c.keys_new as reached_keys, 1 as d
    from contrib c
    join organizations o on o.id = c.org_id
    join customers cu on cu.org_id = c.org_id and cu.id = c.customer_id
    where c.t_new is not null
    union all
    select c.org_id, c.journey, (c.t_old at time zone o.time_zone)::date, cu.channel,
      coalesce(cu.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), c.keys_old, -1
    from contrib c
    join organizations o on o.id = c.org_id
    join customers cu on cu.org_id = c.org_id and cu.id = c.customer_id
  )
  select array_agg(row(org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)::funnel_cohort_days)
  into changes
  from (
    select org_id, journey, cohort_day, channel, owner_id, reached_keys, sum(d)::int as customers
    from deltas
    group by 1, 2, 3, 4, 5, 6
    having sum(d) <> 0
  ) x;
  if changes is null then
    return null;
  end if;

  perform analytics_retention_lock(o.org_id) from (select distinct c.org_id from unnest(changes) c order by 1) o;
  insert into funnel_cohort_days as f (org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)
  select * from unnest(changes) c
  where c.customers > 0 or exists (
    select from funnel_cohort_days x
    where x.org_id = c.org_id and x.journey = c.journey and x.cohort_day = c.cohort_day and x.channel = c.channel
      and x.owner_id = c.owner_id and x.reached_keys = c.reached_keys)
  order by 1, 2, 3, 4, 5, 6
  on conflict (org_id, journey, cohort_day, channel, owner_id, reached_keys)
  do update set customers = f.customers + excluded.customers;

  delete from funnel_cohort_days f
  where f.customers = 0 and f.org_id in (select distinct c.org_id from unnest(changes) c);
  return null;
end
$$;
--> statement-breakpoint
create trigger funnel_cohort_days_events_deleted
after delete on stage_events
referencing old table as deleted
for each statement execute function funnel_cohort_days_on_events_deleted();
--> statement-breakpoint
-- Takes some customers' conversions out of the team aggregates (what team_refresh_conversions
-- subtracts, without adding anything back): a merge calls it before deleting the merged-away
-- customer's stage events, which team_conversions references.
create function team_forget_conversions(p_org uuid, p_ids uuid[]) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  update team_conversion_days t set conversions = t.conversions - d.conversions
  from team_conversion_day_deltas(p_org, p_ids) d
  where t.org_id = p_org and t.owner_id = d.owner_id and t.month = d.month and t.days = d.days;
  delete from team_conversions t where t.org_id = p_org and t.customer_id = any (p_ids);
end $$;
