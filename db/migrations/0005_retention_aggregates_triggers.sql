-- Retention, loyalty and team pre-aggregates (db/schema/analytics-retention.ts), kept current by
-- triggers in the same transaction as every write to purchases, feedback, stage_events and
-- customers, whoever writes (seed, API, imports). Statement-level triggers read transition tables,
-- so a bulk insert costs one pass. Increments upsert; decrements only update existing rows, so a
-- delete that runs after the aggregate rows are gone (deleting an organization) is a no-op.
-- Months are first days of months in the organization's time zone.
--
-- Every trigger first takes one transaction-level advisory lock per organization, so writers of
-- one organization's aggregates take turns: the per-customer recomputations see each other's
-- committed rows, and shared counter rows cannot deadlock. The triggers are named analytics_* so
-- they fire before the funnel's triggers on the same tables: the lock always comes first.

create function analytics_retention_lock(p_org uuid) returns void
language sql as $$
  select pg_advisory_xact_lock(hashtextextended('masir.analytics-retention:' || p_org::text, 0))
$$;
--> statement-breakpoint

-- Cohort × k (0..11) contributions of a set of customers, from their purchase months.
create function retention_cell_deltas(p_org uuid, p_ids uuid[])
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

-- Per-month contributions of a set of customers: buyers, repeat buyers (a purchase that month that
-- is not their first ever), PostHog lifecycle (dormant lands in the month after the last active
-- one), purchases and revenue.
create function loyalty_purchase_deltas(p_org uuid, p_ids uuid[])
returns table (month date, buyers integer, repeat_buyers integer, new_buyers integer, returning_buyers integer,
               resurrecting_buyers integer, dormant_buyers integer, purchases integer, revenue_minor bigint)
language sql stable as $$
  with m as (
    select m.month, m.purchases, m.amount_minor,
           min(m.month) over (partition by m.customer_id) as first_month,
           lag(m.month) over (partition by m.customer_id order by m.month) as prev_month,
           lead(m.month) over (partition by m.customer_id order by m.month) as next_month
    from retention_customer_months m
    where m.org_id = p_org and m.customer_id = any (p_ids)
  ), contributions as (
    select m.month, 1 as buyers,
           case when m.month > m.first_month or m.purchases > 1 then 1 else 0 end as repeat_buyers,
           case when m.month = m.first_month then 1 else 0 end as new_buyers,
           case when m.prev_month = (m.month - interval '1 month')::date then 1 else 0 end as returning_buyers,
           case when m.month > m.first_month and m.prev_month <> (m.month - interval '1 month')::date then 1 else 0 end
             as resurrecting_buyers,
           0 as dormant_buyers, m.purchases, m.amount_minor
    from m
    union all
    select (m.month + interval '1 month')::date, 0, 0, 0, 0, 0, 1, 0, 0
    from m
    where m.next_month is null or m.next_month <> (m.month + interval '1 month')::date
  )
  select c.month, sum(c.buyers)::integer, sum(c.repeat_buyers)::integer, sum(c.new_buyers)::integer,
         sum(c.returning_buyers)::integer, sum(c.resurrecting_buyers)::integer, sum(c.dormant_buyers)::integer,
         sum(c.purchases)::integer, sum(c.amount_minor)::bigint
  from contributions c
  group by c.month
$$;
--> statement-breakpoint

create function retention_apply(p_org uuid, p_ids uuid[], p_sign integer) returns void
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

-- Recomputes the purchase months of some customers and swaps their contributions (the caller holds
-- the organization's lock).
create function retention_refresh_customers(p_org uuid, p_ids uuid[]) returns void
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

create function retention_purchases_changed() returns trigger
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

create trigger analytics_retention_purchases_insert after insert on purchases
  referencing new table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint
create trigger analytics_retention_purchases_delete after delete on purchases
  referencing old table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint
create trigger analytics_retention_purchases_update_old after update on purchases
  referencing old table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint
create trigger analytics_retention_purchases_update_new after update on purchases
  referencing new table as changed for each statement execute function retention_purchases_changed();
--> statement-breakpoint

-- Feedback → NPS classes per month and stage; tg_argv[0] is +1 (new rows) or -1 (old rows).
create function loyalty_feedback_changed() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(o.org_id) from (select distinct c.org_id from changed c order by 1) o;
  if tg_argv[0]::integer > 0 then
    insert into loyalty_feedback_months as t (org_id, month, stage_key, promoters, passives, detractors)
    select f.org_id, date_trunc('month', f.at at time zone o.time_zone)::date, f.stage_key,
           count(*) filter (where f.score >= 9), count(*) filter (where f.score between 7 and 8),
           count(*) filter (where f.score <= 6)
    from changed f join organizations o on o.id = f.org_id
    group by 1, 2, 3
    on conflict (org_id, month, stage_key) do update
      set promoters = t.promoters + excluded.promoters, passives = t.passives + excluded.passives,
          detractors = t.detractors + excluded.detractors;
  else
    update loyalty_feedback_months t
      set promoters = t.promoters - d.promoters, passives = t.passives - d.passives, detractors = t.detractors - d.detractors
    from (
      select f.org_id, date_trunc('month', f.at at time zone o.time_zone)::date as month, f.stage_key,
             count(*) filter (where f.score >= 9) as promoters, count(*) filter (where f.score between 7 and 8) as passives,
             count(*) filter (where f.score <= 6) as detractors
      from changed f join organizations o on o.id = f.org_id
      group by 1, 2, 3
    ) d
    where t.org_id = d.org_id and t.month = d.month and t.stage_key = d.stage_key;
  end if;
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_loyalty_feedback_insert after insert on feedback
  referencing new table as changed for each statement execute function loyalty_feedback_changed('1');
--> statement-breakpoint
create trigger analytics_loyalty_feedback_delete after delete on feedback
  referencing old table as changed for each statement execute function loyalty_feedback_changed('-1');
--> statement-breakpoint
create trigger analytics_loyalty_feedback_update_a_old after update on feedback
  referencing old table as changed for each statement execute function loyalty_feedback_changed('-1');
--> statement-breakpoint
create trigger analytics_loyalty_feedback_update_b_new after update on feedback
  referencing new table as changed for each statement execute function loyalty_feedback_changed('1');
--> statement-breakpoint

-- The conversions of some customers, each with the time since the customer's first event into an
-- acquisition-journey stage and the customer's current owner (the caller holds the organization's lock).
create function team_refresh_conversions(p_org uuid, p_ids uuid[]) returns void
language plpgsql as $$
begin
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
end $$;
--> statement-breakpoint

-- Stage events → entries/exits per stage and month, moves per actor and month, and the conversions
-- of the customers touched. tg_argv[0] is +1 (new rows) or -1 (old rows).
create function loyalty_stage_events_changed() returns trigger
language plpgsql as $$
declare
  r record;
begin
  perform analytics_retention_lock(o.org_id) from (select distinct c.org_id from changed c order by 1) o;
  if tg_argv[0]::integer > 0 then
    insert into loyalty_stage_months as t (org_id, month, stage_key, entered, exited, lost_from)
    select d.org_id, d.month, d.stage_key, sum(d.entered), sum(d.exited), sum(d.lost_from)
    from (
      select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date as month, e.to_key as stage_key,
             1 as entered, 0 as exited, 0 as lost_from
      from changed e join organizations o on o.id = e.org_id where e.to_key <> 'lost'
      union all
      select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date, e.from_key, 0, 1,
             case when e.to_key = 'lost' then 1 else 0 end
      from changed e join organizations o on o.id = e.org_id where e.from_key is not null and e.from_key <> 'lost'
    ) d
    group by 1, 2, 3
    on conflict (org_id, month, stage_key) do update
      set entered = t.entered + excluded.entered, exited = t.exited + excluded.exited, lost_from = t.lost_from + excluded.lost_from;
    insert into team_months as t (org_id, user_id, month, moves)
    select e.org_id, e.actor_id, date_trunc('month', e.at at time zone o.time_zone)::date, count(*)
    from changed e join organizations o on o.id = e.org_id
    where e.from_key is not null and e.actor_id is not null
    group by 1, 2, 3
    on conflict (org_id, user_id, month) do update set moves = t.moves + excluded.moves;
  else
    update loyalty_stage_months t
      set entered = t.entered - d.entered, exited = t.exited - d.exited, lost_from = t.lost_from - d.lost_from
    from (
      select x.org_id, x.month, x.stage_key, sum(x.entered) as entered, sum(x.exited) as exited, sum(x.lost_from) as lost_from
      from (
        select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date as month, e.to_key as stage_key,
               1 as entered, 0 as exited, 0 as lost_from
        from changed e join organizations o on o.id = e.org_id where e.to_key <> 'lost'
        union all
        select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date, e.from_key, 0, 1,
               case when e.to_key = 'lost' then 1 else 0 end
        from changed e join organizations o on o.id = e.org_id where e.from_key is not null and e.from_key <> 'lost'
      ) x
      group by 1, 2, 3
    ) d
    where t.org_id = d.org_id and t.month = d.month and t.stage_key = d.stage_key;
    update team_months t set moves = t.moves - d.moves
    from (
      select e.org_id, e.actor_id, date_trunc('month', e.at at time zone o.time_zone)::date as month, count(*) as moves
      from changed e join organizations o on o.id = e.org_id
      where e.from_key is not null and e.actor_id is not null
      group by 1, 2, 3
    ) d
    where t.org_id = d.org_id and t.user_id = d.actor_id and t.month = d.month;
  end if;
  for r in select c.org_id, array_agg(distinct c.customer_id) as ids from changed c group by c.org_id loop
    perform team_refresh_conversions(r.org_id, r.ids);
  end loop;
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_loyalty_stage_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function loyalty_stage_events_changed('1');
--> statement-breakpoint
create trigger analytics_loyalty_stage_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function loyalty_stage_events_changed('-1');
--> statement-breakpoint
create trigger analytics_loyalty_stage_events_update_a_old after update on stage_events
  referencing old table as changed for each statement execute function loyalty_stage_events_changed('-1');
--> statement-breakpoint
create trigger analytics_loyalty_stage_events_update_b_new after update on stage_events
  referencing new table as changed for each statement execute function loyalty_stage_events_changed('1');
--> statement-breakpoint

-- Referrals made: customers with a referrer, in the month they were created.
create function loyalty_customers_changed() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(o.org_id) from (select distinct c.org_id from changed c order by 1) o;
  if tg_argv[0]::integer > 0 then
    insert into loyalty_months as t (org_id, month, referrals)
    select c.org_id, date_trunc('month', c.created_at at time zone o.time_zone)::date, count(*)
    from changed c join organizations o on o.id = c.org_id
    where c.referred_by_id is not null
    group by 1, 2
    on conflict (org_id, month) do update set referrals = t.referrals + excluded.referrals;
  else
    update loyalty_months t set referrals = t.referrals - d.referrals
    from (
      select c.org_id, date_trunc('month', c.created_at at time zone o.time_zone)::date as month, count(*) as referrals
      from changed c join organizations o on o.id = c.org_id
      where c.referred_by_id is not null
      group by 1, 2
    ) d
    where t.org_id = d.org_id and t.month = d.month;
  end if;
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_loyalty_customers_insert after insert on customers
  referencing new table as changed for each statement execute function loyalty_customers_changed('1');
--> statement-breakpoint
create trigger analytics_loyalty_customers_delete after delete on customers
  referencing old table as changed for each statement execute function loyalty_customers_changed('-1');
--> statement-breakpoint

-- Row-level on update, and only when the fields that matter change: customers are updated on
-- every move, and these triggers then cost nothing.
create function loyalty_customer_referral_updated() returns trigger
language plpgsql as $$
declare
  tz text;
begin
  perform analytics_retention_lock(new.org_id);
  select o.time_zone into tz from organizations o where o.id = new.org_id;
  if old.referred_by_id is not null then
    update loyalty_months t set referrals = t.referrals - 1
    where t.org_id = old.org_id and t.month = date_trunc('month', old.created_at at time zone tz)::date;
  end if;
  if new.referred_by_id is not null then
    insert into loyalty_months as t (org_id, month, referrals)
    values (new.org_id, date_trunc('month', new.created_at at time zone tz)::date, 1)
    on conflict (org_id, month) do update set referrals = t.referrals + 1;
  end if;
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_loyalty_customers_referral_update after update of referred_by_id, created_at on customers
  for each row when (old.referred_by_id is distinct from new.referred_by_id or old.created_at is distinct from new.created_at)
  execute function loyalty_customer_referral_updated();
--> statement-breakpoint

create function team_customer_owner_updated() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(new.org_id);
  update team_conversions t set owner_id = new.owner_id where t.org_id = new.org_id and t.customer_id = new.id;
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_team_customers_owner_update after update of owner_id on customers
  for each row when (old.owner_id is distinct from new.owner_id)
  execute function team_customer_owner_updated();
--> statement-breakpoint

-- Rebuilds one organization's aggregates from the base tables: on a time-zone change, a stage
-- changing journey, and once here for the data written before this migration.
create function retention_rebuild_org(p_org uuid) returns void
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

create function retention_org_time_zone_updated() returns trigger
language plpgsql as $$
begin
  perform retention_rebuild_org(new.id);
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_retention_organizations_time_zone_update after update of time_zone on organizations
  for each row when (old.time_zone is distinct from new.time_zone)
  execute function retention_org_time_zone_updated();
--> statement-breakpoint

create function team_stage_journey_updated() returns trigger
language plpgsql as $$
begin
  perform analytics_retention_lock(new.org_id);
  perform team_refresh_conversions(new.org_id, array(
    select distinct e.customer_id from stage_events e where e.org_id = new.org_id and e.to_key = 'conversion'));
  return null;
end $$;
--> statement-breakpoint

create trigger analytics_team_stages_journey_update after update of journey on stages
  for each row when (old.journey is distinct from new.journey)
  execute function team_stage_journey_updated();
--> statement-breakpoint

select retention_rebuild_org(o.id) from organizations o;
