-- Team performance: moves per user and month, conversion-day histogram (SPEC §3 team).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> team` writes the migration that applies it.

-- team_stage_journey_updated: 0005_retention_aggregates_triggers.sql
create or replace function team_stage_journey_updated() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(new.org_id);
  perform team_refresh_conversions(new.org_id, array(
    select distinct e.customer_id from stage_events e where e.org_id = new.org_id and e.to_key = 'conversion'));
  return null;
end $$;
--> statement-breakpoint

-- team_conversion_day_deltas: 0008_retention_team_days_triggers.sql
-- Team conversions are also kept as a histogram per owner, month and whole days to convert
-- (team_conversion_days), so the team table reads a few hundred rows at any size.

-- Histogram contributions of some customers' conversion rows (those with an owner).
create or replace function team_conversion_day_deltas(p_org uuid, p_ids uuid[])
returns table (owner_id uuid, month date, days integer, conversions integer)
language sql stable as $$
  select t.owner_id, date_trunc('month', t.at at time zone o.time_zone)::date, (t.ms_to_convert / 86400000)::integer,
         count(*)::integer
  from team_conversions t join organizations o on o.id = t.org_id
  where t.org_id = p_org and t.customer_id = any (p_ids) and t.owner_id is not null
  group by 1, 2, 3
$$;
--> statement-breakpoint

-- team_refresh_conversions: 0008_retention_team_days_triggers.sql
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

-- team_customer_owner_updated: 0008_retention_team_days_triggers.sql
-- A new owner takes over the customer's conversions: recomputed with the owner now on the row.
create or replace function team_customer_owner_updated() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(new.org_id);
  perform team_refresh_conversions(new.org_id, array[new.id]);
  return null;
end $$;
--> statement-breakpoint

-- team_forget_conversions: 0022_customer_merge_analytics.sql
-- Takes some customers' conversions out of the team aggregates (what team_refresh_conversions
-- subtracts, without adding anything back): a merge calls it before deleting the merged-away
-- customer's stage events, which team_conversions references.
create or replace function team_forget_conversions(p_org uuid, p_ids uuid[]) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  update team_conversion_days t set conversions = t.conversions - d.conversions
  from team_conversion_day_deltas(p_org, p_ids) d
  where t.org_id = p_org and t.owner_id = d.owner_id and t.month = d.month and t.days = d.days;
  delete from team_conversions t where t.org_id = p_org and t.customer_id = any (p_ids);
end $$;
--> statement-breakpoint

-- analytics_team_customers_owner_update: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_team_customers_owner_update after update of owner_id on customers
  for each row when (old.owner_id is distinct from new.owner_id)
  execute function team_customer_owner_updated();
--> statement-breakpoint

-- analytics_team_stages_journey_update: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_team_stages_journey_update after update of journey on stages
  for each row when (old.journey is distinct from new.journey)
  execute function team_stage_journey_updated();
