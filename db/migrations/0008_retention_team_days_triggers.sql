-- Team conversions are also kept as a histogram per owner, month and whole days to convert
-- (team_conversion_days), so the team table reads a few hundred rows at any size. Replaces the
-- conversion refresh, the owner-change trigger function and the rebuild of the previous migration.

-- Histogram contributions of some customers' conversion rows (those with an owner).
create function team_conversion_day_deltas(p_org uuid, p_ids uuid[])
returns table (owner_id uuid, month date, days integer, conversions integer)
language sql stable as $$
  select t.owner_id, date_trunc('month', t.at at time zone o.time_zone)::date, (t.ms_to_convert / 86400000)::integer,
         count(*)::integer
  from team_conversions t join organizations o on o.id = t.org_id
  where t.org_id = p_org and t.customer_id = any (p_ids) and t.owner_id is not null
  group by 1, 2, 3
$$;
--> statement-breakpoint

-- The conversions of some customers, each with the time since the customer's first event into an
-- acquisition-journey stage and the customer's current owner, and their histogram contributions
-- swapped (the caller holds the organization's lock).
create or replace function team_refresh_conversions(p_org uuid, p_ids uuid[]) returns void
language plpgsql as $$
begin
  update team_conversion_days t set conversions = t.conversions - d.conversions
  from team_conversion_day_deltas(p_org, p_ids) d
  where t.org_id = p_org and t.owner_id = d.owner_id and t.month = d.month and t.days = d.days;
  delete from team_conversions t where t.org_id = p_org and t.customer_id = any (p_ids);
  insert into team_conversions (org_id, event_id, customer_id, owner_id, at, ms_to_convert)
  select e.org_id, e.id, e.customer_id, c.owner_id, e.at,
         round(extract(epoch from (e.at - coalesce(fa.first_at, e.at))) * 1000)::bigint
  from stage_events e
  join customers c on c.org_id = e.org_id and c.id = e.customer_id
  cross join lateral (
    select min(a.at) as first_at
    from stage_events a join stages s on s.org_id = a.org_id and s.key = a.to_key
    where a.org_id = e.org_id and a.customer_id = e.customer_id and s.journey = 'acquisition' and a.at <= e.at
  ) fa
  where e.org_id = p_org and e.customer_id = any (p_ids) and e.to_key = 'conversion';
  insert into team_conversion_days as t (org_id, owner_id, month, days, conversions)
  select p_org, d.owner_id, d.month, d.days, d.conversions from team_conversion_day_deltas(p_org, p_ids) d
  on conflict (org_id, owner_id, month, days) do update set conversions = t.conversions + excluded.conversions;
end $$;
--> statement-breakpoint

-- A new owner takes over the customer's conversions: recomputed with the owner now on the row.
create or replace function team_customer_owner_updated() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(new.org_id);
  perform team_refresh_conversions(new.org_id, array[new.id]);
  return null;
end $$;
--> statement-breakpoint

create or replace function retention_rebuild_org(p_org uuid) returns void
language plpgsql as $$
declare
  tz text;
begin
  perform analytics_retention_lock(p_org);
  select o.time_zone into tz from organizations o where o.id = p_org;
  delete from retention_cells where org_id = p_org;
  delete from loyalty_months where org_id = p_org;
  delete from loyalty_feedback_months where org_id = p_org;
  delete from loyalty_stage_months where org_id = p_org;
  delete from team_months where org_id = p_org;
  delete from team_conversions where org_id = p_org;
  delete from team_conversion_days where org_id = p_org;
  delete from retention_customer_months where org_id = p_org;
  perform retention_refresh_customers(p_org, array(select distinct p.customer_id from purchases p where p.org_id = p_org));
  insert into loyalty_months as t (org_id, month, referrals)
  select p_org, date_trunc('month', c.created_at at time zone tz)::date, count(*)
  from customers c where c.org_id = p_org and c.referred_by_id is not null
  group by 2
  on conflict (org_id, month) do update set referrals = excluded.referrals;
  insert into loyalty_feedback_months (org_id, month, stage_key, promoters, passives, detractors)
  select p_org, date_trunc('month', f.at at time zone tz)::date, f.stage_key,
         count(*) filter (where f.score >= 9), count(*) filter (where f.score between 7 and 8),
         count(*) filter (where f.score <= 6)
  from feedback f where f.org_id = p_org
  group by 2, 3;
  insert into loyalty_stage_months (org_id, month, stage_key, entered, exited, lost_from)
  select p_org, x.month, x.stage_key, sum(x.entered), sum(x.exited), sum(x.lost_from)
  from (
    select date_trunc('month', e.at at time zone tz)::date as month, e.to_key as stage_key, 1 as entered, 0 as exited,
           0 as lost_from
    from stage_events e where e.org_id = p_org and e.to_key <> 'lost'
    union all
    select date_trunc('month', e.at at time zone tz)::date, e.from_key, 0, 1, case when e.to_key = 'lost' then 1 else 0 end
    from stage_events e where e.org_id = p_org and e.from_key is not null and e.from_key <> 'lost'
  ) x
  group by 2, 3;
  insert into team_months (org_id, user_id, month, moves)
  select p_org, e.actor_id, date_trunc('month', e.at at time zone tz)::date, count(*)
  from stage_events e where e.org_id = p_org and e.from_key is not null and e.actor_id is not null
  group by 2, 3;
  perform team_refresh_conversions(p_org, array(
    select distinct e.customer_id from stage_events e where e.org_id = p_org and e.to_key = 'conversion'));
end $$;
--> statement-breakpoint

select retention_rebuild_org(o.id) from organizations o;
