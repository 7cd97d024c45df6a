-- Loyalty months: purchases, feedback, stage-event counts and referrals per month (SPEC §3 loyalty).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> loyalty` writes the migration that applies it.

-- loyalty_purchase_deltas: 0005_retention_aggregates_triggers.sql
-- Per-month contributions of a set of customers: buyers, repeat buyers (a purchase that month that
-- is not their first ever), PostHog lifecycle (dormant lands in the month after the last active
-- one), purchases and revenue.
create or replace function loyalty_purchase_deltas(p_org uuid, p_ids uuid[])
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

-- loyalty_feedback_changed: 0005_retention_aggregates_triggers.sql
-- Feedback → NPS classes per month and stage; tg_argv[0] is +1 (new rows) or -1 (old rows).
create or replace function loyalty_feedback_changed() returns trigger
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

-- loyalty_customers_changed: 0005_retention_aggregates_triggers.sql
-- Referrals made: customers with a referrer, in the month they were created.
create or replace function loyalty_customers_changed() returns trigger
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

-- loyalty_customer_referral_updated: 0005_retention_aggregates_triggers.sql
-- Row-level on update, and only when the fields that matter change: customers are updated on
-- every move, and these triggers then cost nothing.
create or replace function loyalty_customer_referral_updated() returns trigger
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

-- fold_stage_event_counts: 0014_stage_event_counts_appended.sql
-- Merges the unfolded rows into the folded row of their key. Skipped (the readers still sum every
-- row) while another transaction holds the organization's analytics lock: a rebuild must not run
-- between this delete and insert.
create or replace function fold_stage_event_counts(p_org uuid) returns void
language plpgsql as $$
begin
  if not pg_try_advisory_xact_lock(analytics_retention_lock_key(p_org)) then
    return;
  end if;
  with gone as (
    delete from loyalty_stage_months where org_id = p_org and not folded
    returning month, stage_key, entered, exited, lost_from
  )
  insert into loyalty_stage_months as t (org_id, month, stage_key, entered, exited, lost_from, folded)
  select p_org, month, stage_key, sum(entered), sum(exited), sum(lost_from), true
  from gone group by month, stage_key order by month, stage_key
  on conflict (org_id, month, stage_key) where folded do update
    set entered = t.entered + excluded.entered, exited = t.exited + excluded.exited, lost_from = t.lost_from + excluded.lost_from;
  with gone as (
    delete from team_months where org_id = p_org and not folded returning user_id, month, moves
  )
  insert into team_months as t (org_id, user_id, month, moves, folded)
  select p_org, user_id, month, sum(moves), true
  from gone group by user_id, month order by user_id, month
  on conflict (org_id, user_id, month) where folded do update set moves = t.moves + excluded.moves;
end $$;
--> statement-breakpoint

-- loyalty_stage_events_changed: 0014_stage_event_counts_appended.sql
-- tg_argv[0] is +1 (new rows) or -1 (old rows).
create or replace function loyalty_stage_events_changed() returns trigger
language plpgsql as $$
declare
  sign integer := tg_argv[0]::integer;
  r record;
begin
  -- Decrements only keys that have rows, so deleting an organization (aggregates first) appends nothing.
  insert into loyalty_stage_months (org_id, month, stage_key, entered, exited, lost_from)
  select d.org_id, d.month, d.stage_key, sign * sum(d.entered), sign * sum(d.exited), sign * sum(d.lost_from)
  from (
    select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date as month, e.to_key as stage_key,
           1 as entered, 0 as exited, 0 as lost_from
    from changed e join organizations o on o.id = e.org_id where e.to_key <> 'lost'
    union all
    select e.org_id, date_trunc('month', e.at at time zone o.time_zone)::date, e.from_key, 0, 1,
           case when e.to_key = 'lost' then 1 else 0 end
    from changed e join organizations o on o.id = e.org_id where e.from_key is not null and e.from_key <> 'lost'
  ) d
  where sign > 0 or exists (select from loyalty_stage_months t where t.org_id = d.org_id and t.month = d.month and t.stage_key = d.stage_key)
  group by 1, 2, 3;
  insert into team_months (org_id, user_id, month, moves)
  select d.org_id, d.user_id, d.month, sign * count(*)
  from (
    select e.org_id, e.actor_id as user_id, date_trunc('month', e.at at time zone o.time_zone)::date as month
    from changed e join organizations o on o.id = e.org_id
    where e.from_key is not null and e.actor_id is not null
  ) d
  where sign > 0 or exists (select from team_months t where t.org_id = d.org_id and t.user_id = d.user_id and t.month = d.month)
  group by 1, 2, 3;
  for r in
    select c.org_id, array_agg(distinct c.customer_id) as ids
    from changed c
    left join stages s on s.org_id = c.org_id and s.key = c.to_key
    where c.to_key = 'conversion'
       or (s.journey = 'acquisition' and exists (
             select from stage_events x
             where x.org_id = c.org_id and x.customer_id = c.customer_id and x.to_key = 'conversion' and x.at >= c.at))
    group by c.org_id
    order by c.org_id
  loop
    perform analytics_retention_lock(r.org_id);
    perform team_refresh_conversions(r.org_id, r.ids);
  end loop;
  return null;
end $$;
--> statement-breakpoint

-- analytics_loyalty_feedback_insert: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_feedback_insert after insert on feedback
  referencing new table as changed for each statement execute function loyalty_feedback_changed('1');
--> statement-breakpoint

-- analytics_loyalty_feedback_delete: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_feedback_delete after delete on feedback
  referencing old table as changed for each statement execute function loyalty_feedback_changed('-1');
--> statement-breakpoint

-- analytics_loyalty_feedback_update_a_old: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_feedback_update_a_old after update on feedback
  referencing old table as changed for each statement execute function loyalty_feedback_changed('-1');
--> statement-breakpoint

-- analytics_loyalty_feedback_update_b_new: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_feedback_update_b_new after update on feedback
  referencing new table as changed for each statement execute function loyalty_feedback_changed('1');
--> statement-breakpoint

-- analytics_loyalty_stage_events_insert: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_stage_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function loyalty_stage_events_changed('1');
--> statement-breakpoint

-- analytics_loyalty_stage_events_delete: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_stage_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function loyalty_stage_events_changed('-1');
--> statement-breakpoint

-- analytics_loyalty_stage_events_update_a_old: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_stage_events_update_a_old after update on stage_events
  referencing old table as changed for each statement execute function loyalty_stage_events_changed('-1');
--> statement-breakpoint

-- analytics_loyalty_stage_events_update_b_new: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_stage_events_update_b_new after update on stage_events
  referencing new table as changed for each statement execute function loyalty_stage_events_changed('1');
--> statement-breakpoint

-- analytics_loyalty_customers_insert: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_customers_insert after insert on customers
  referencing new table as changed for each statement execute function loyalty_customers_changed('1');
--> statement-breakpoint

-- analytics_loyalty_customers_delete: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_customers_delete after delete on customers
  referencing old table as changed for each statement execute function loyalty_customers_changed('-1');
--> statement-breakpoint

-- analytics_loyalty_customers_referral_update: 0005_retention_aggregates_triggers.sql
create or replace trigger analytics_loyalty_customers_referral_update after update of referred_by_id, created_at on customers
  for each row when (old.referred_by_id is distinct from new.referred_by_id or old.created_at is distinct from new.created_at)
  execute function loyalty_customer_referral_updated();
