-- Retention cells and the organization's analytics lock (SPEC §3 retention).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> retention` writes the migration that applies it.

-- retention_cell_deltas: 0005_retention_aggregates_triggers.sql
-- Cohort × k (0..11) contributions of a set of customers, from their purchase months.
create or replace function retention_cell_deltas(p_org uuid, p_ids uuid[])
returns table (cohort_month date, k smallint, active integer, active_or_after integer)
language sql stable as $$
  select c.first_month, g.k::smallint,
         (count(*) filter (where (c.first_month + make_interval(months => g.k))::date = any (c.months)))::integer,
         (count(*) filter (where c.last_month >= (c.first_month + make_interval(months => g.k))::date))::integer
  from (
    select m.customer_id, min(m.month) as first_month, max(m.month) as last_month, array_agg(m.month) as months
    from retention_customer_months m
    where m.org_id = p_org and m.customer_id = any (p_ids)
    group by m.customer_id
  ) c
  cross join generate_series(0, 11) as g(k)
  group by c.first_month, g.k
  having count(*) filter (where c.last_month >= (c.first_month + make_interval(months => g.k))::date) > 0
$$;
--> statement-breakpoint

-- retention_apply: 0005_retention_aggregates_triggers.sql
create or replace function retention_apply(p_org uuid, p_ids uuid[], p_sign integer) returns void
language plpgsql as $$
begin
  if p_sign > 0 then
    insert into retention_cells as t (org_id, cohort_month, k, active, active_or_after)
    select p_org, d.cohort_month, d.k, d.active, d.active_or_after from retention_cell_deltas(p_org, p_ids) d
    on conflict (org_id, cohort_month, k) do update
      set active = t.active + excluded.active, active_or_after = t.active_or_after + excluded.active_or_after;
    insert into loyalty_months as t (org_id, month, buyers, repeat_buyers, new_buyers, returning_buyers,
                                     resurrecting_buyers, dormant_buyers, purchases, revenue_minor)
    select p_org, d.* from loyalty_purchase_deltas(p_org, p_ids) d
    on conflict (org_id, month) do update
      set buyers = t.buyers + excluded.buyers, repeat_buyers = t.repeat_buyers + excluded.repeat_buyers,
          new_buyers = t.new_buyers + excluded.new_buyers, returning_buyers = t.returning_buyers + excluded.returning_buyers,
          resurrecting_buyers = t.resurrecting_buyers + excluded.resurrecting_buyers,
          dormant_buyers = t.dormant_buyers + excluded.dormant_buyers, purchases = t.purchases + excluded.purchases,
          revenue_minor = t.revenue_minor + excluded.revenue_minor;
  else
    update retention_cells t
      set active = t.active - d.active, active_or_after = t.active_or_after - d.active_or_after
    from retention_cell_deltas(p_org, p_ids) d
    where t.org_id = p_org and t.cohort_month = d.cohort_month and t.k = d.k;
    update loyalty_months t
      set buyers = t.buyers - d.buyers, repeat_buyers = t.repeat_buyers - d.repeat_buyers,
          new_buyers = t.new_buyers - d.new_buyers, returning_buyers = t.returning_buyers - d.returning_buyers,
          resurrecting_buyers = t.resurrecting_buyers - d.resurrecting_buyers,
          dormant_buyers = t.dormant_buyers - d.dormant_buyers, purchases = t.purchases - d.purchases,
          revenue_minor = t.revenue_minor - d.revenue_minor
    from loyalty_purchase_deltas(p_org, p_ids) d
    where t.org_id = p_org and t.month = d.month;
  end if;
end $$;
--> statement-breakpoint

-- retention_refresh_customers: 0005_retention_aggregates_triggers.sql
-- Recomputes the purchase months of some customers and swaps their contributions (the caller holds
-- the organization's lock).
create or replace function retention_refresh_customers(p_org uuid, p_ids uuid[]) returns void
language plpgsql as $$
declare
  tz text;
begin
  select o.time_zone into tz from organizations o where o.id = p_org;
  perform retention_apply(p_org, p_ids, -1);
  delete from retention_customer_months m where m.org_id = p_org and m.customer_id = any (p_ids);
  insert into retention_customer_months (org_id, customer_id, month, purchases, amount_minor)
  select p_org, p.customer_id, date_trunc('month', p.at at time zone tz)::date, count(*), sum(p.amount_minor)
  from purchases p
  where p.org_id = p_org and p.customer_id = any (p_ids)
  group by 2, 3;
  perform retention_apply(p_org, p_ids, 1);
end $$;
--> statement-breakpoint

-- retention_purchases_changed: 0005_retention_aggregates_triggers.sql
create or replace function retention_purchases_changed() returns trigger
language plpgsql as $$
declare
  r record;
begin
  for r in select c.org_id, array_agg(distinct c.customer_id) as ids from changed c group by c.org_id order by c.org_id loop
    perform analytics_retention_lock(r.org_id);
    perform retention_refresh_customers(r.org_id, r.ids);
  end loop;
  return null;
end $$;
--> statement-breakpoint

-- retention_org_time_zone_updated: 0005_retention_aggregates_triggers.sql
create or replace function retention_org_time_zone_updated() returns trigger
language plpgsql as $$
begin
  perform retention_rebuild_org(new.id);
  return null;
end $$;
--> statement-breakpoint

-- retention_rebuild_org: 0008_retention_team_days_triggers.sql
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

-- analytics_retention_lock_key: 0014_stage_event_counts_appended.sql
-- The key of the organization's analytics lock: writers of shared aggregate rows take it first
-- (docs/architecture.md, Analytics); fold_stage_event_counts only tries it.
create or replace function analytics_retention_lock_key(p_org uuid) returns bigint
language sql immutable as $$
  select hashtextextended('masir.analytics-retention:' || p_org::text, 0)
$$;
--> statement-breakpoint

-- analytics_retention_lock: 0014_stage_event_counts_appended.sql
create or replace function analytics_retention_lock(p_org uuid) returns void
language sql as $$
  select pg_advisory_xact_lock(analytics_retention_lock_key(p_org))
$$;
--> statement-breakpoint

-- analytics_retention_purchases_insert: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_retention_purchases_insert after insert on purchases
  referencing new table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint

-- analytics_retention_purchases_delete: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_retention_purchases_delete after delete on purchases
  referencing old table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint

-- analytics_retention_purchases_update_old: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_retention_purchases_update_old after update on purchases
  referencing old table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint

-- analytics_retention_purchases_update_new: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_retention_purchases_update_new after update on purchases
  referencing new table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint

-- analytics_retention_organizations_time_zone_update: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_retention_organizations_time_zone_update after update of time_zone on organizations
  for each row when (old.time_zone is distinct from new.time_zone)
  execute function retention_org_time_zone_updated();
