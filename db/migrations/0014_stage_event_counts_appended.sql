ALTER TABLE "loyalty_stage_months" DROP CONSTRAINT "loyalty_stage_months_org_id_month_stage_key_pk";--> statement-breakpoint
ALTER TABLE "team_months" DROP CONSTRAINT "team_months_org_id_user_id_month_pk";--> statement-breakpoint
ALTER TABLE "loyalty_stage_months" ADD COLUMN "folded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "team_months" ADD COLUMN "folded" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "loyalty_stage_months" SET "folded" = true;--> statement-breakpoint
UPDATE "team_months" SET "folded" = true;--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_stage_months_folded_key" ON "loyalty_stage_months" USING btree ("org_id","month","stage_key") WHERE "loyalty_stage_months"."folded";--> statement-breakpoint
CREATE INDEX "loyalty_stage_months_unfolded_idx" ON "loyalty_stage_months" USING btree ("org_id") WHERE not "loyalty_stage_months"."folded";--> statement-breakpoint
CREATE UNIQUE INDEX "team_months_folded_key" ON "team_months" USING btree ("org_id","user_id","month") WHERE "team_months"."folded";--> statement-breakpoint
CREATE INDEX "team_months_unfolded_idx" ON "team_months" USING btree ("org_id") WHERE not "team_months"."folded";--> statement-breakpoint
-- Moves no longer take turns on the analytics aggregates (issue 7).
--
-- 1. Stage entries/exits and moves per user are appended, one unfolded row per statement, instead
--    of incrementing the one row of the month that every move of the organization updated. Readers
--    sum the rows of a key; fold_stage_event_counts merges the unfolded rows before they read.
-- 2. A stage event takes the organization's analytics lock only when it changes a shared aggregate
--    row: the funnel cohort rows (when the customer's cohort or reached stages change) or the team
--    conversion histogram (when the event is a conversion, or an acquisition event at or before one
--    of the customer's conversions). The lock still comes before any shared row is written, so
--    writers of several statements (bulk moves, imports) cannot deadlock with single moves. The
--    per-customer reads before it are safe: writers of one customer take turns on its row.

create function analytics_retention_lock_key(p_org uuid) returns bigint
language sql immutable as $$
  select hashtextextended('masir.analytics-retention:' || p_org::text, 0)
$$;
--> statement-breakpoint
create or replace function analytics_retention_lock(p_org uuid) returns void
language sql as $$
  select pg_advisory_xact_lock(analytics_retention_lock_key(p_org))
$$;
--> statement-breakpoint

-- Merges the unfolded rows into the folded row of their key. Skipped (the readers still sum every
-- row) while another transaction holds the organization's analytics lock: a rebuild must not run
-- between this delete and insert.
create function fold_stage_event_counts(p_org uuid) returns void
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

-- As in migration 0003, but the deltas are computed first and the lock taken only when one is not zero.
create or replace function funnel_cohort_days_on_events() returns trigger
language plpgsql as $$
declare
  changes funnel_cohort_days[];
begin
  WITH touched AS (
    SELECT DISTINCT org_id, customer_id FROM inserted
  ),
  ev AS (
    SELECT e.org_id, e.customer_id, e.to_key, e.at, s.journey, (i.id IS NOT NULL) AS fresh
    FROM touched t
    JOIN stage_events e ON e.org_id = t.org_id AND e.customer_id = t.customer_id
    LEFT JOIN inserted i ON i.org_id = e.org_id AND i.id = e.id
    LEFT JOIN stages s ON s.org_id = e.org_id AND s.key = e.to_key
  ),
  starts AS (
    SELECT org_id, customer_id, journey, min(at) AS t_new, min(at) FILTER (WHERE NOT fresh) AS t_old
    FROM ev WHERE journey IS NOT NULL GROUP BY 1, 2, 3
  ),
  contrib AS (
    SELECT st.org_id, st.customer_id, st.journey, st.t_new, st.t_old,
      array_agg(DISTINCT ev.to_key COLLATE "C" ORDER BY ev.to_key COLLATE "C")
        FILTER (WHERE ev.at >= st.t_new AND ev.to_key <> 'lost') AS keys_new,
      array_agg(DISTINCT ev.to_key COLLATE "C" ORDER BY ev.to_key COLLATE "C")
        FILTER (WHERE NOT ev.fresh AND ev.at >= st.t_old AND ev.to_key <> 'lost') AS keys_old
    FROM starts st
    JOIN ev ON ev.org_id = st.org_id AND ev.customer_id = st.customer_id
    GROUP BY 1, 2, 3, 4, 5
  ),
  deltas AS (
    SELECT c.org_id, c.journey, (c.t_new AT TIME ZONE o.time_zone)::date AS cohort_day, cu.channel,
      coalesce(cu.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) AS owner_id, c.keys_new AS reached_keys, 1 AS d
    FROM contrib c
    JOIN organizations o ON o.id = c.org_id
    JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
    UNION ALL
    SELECT c.org_id, c.journey, (c.t_old AT TIME ZONE o.time_zone)::date, cu.channel,
      coalesce(cu.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), c.keys_old, -1
    FROM contrib c
    JOIN organizations o ON o.id = c.org_id
    JOIN customers cu ON cu.org_id = c.org_id AND cu.id = c.customer_id
    WHERE c.t_old IS NOT NULL
  )
  SELECT array_agg(ROW(org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)::funnel_cohort_days)
  INTO changes
  FROM (
    SELECT org_id, journey, cohort_day, channel, owner_id, reached_keys, sum(d)::int AS customers
    FROM deltas
    GROUP BY 1, 2, 3, 4, 5, 6
    HAVING sum(d) <> 0
  ) x;
  IF changes IS NULL THEN
    RETURN NULL;
  END IF;

  PERFORM analytics_retention_lock(o.org_id) FROM (SELECT DISTINCT c.org_id FROM unnest(changes) c ORDER BY 1) o;
  INSERT INTO funnel_cohort_days AS f (org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)
  SELECT * FROM unnest(changes)
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (org_id, journey, cohort_day, channel, owner_id, reached_keys)
  DO UPDATE SET customers = f.customers + excluded.customers;

  DELETE FROM funnel_cohort_days f
  WHERE f.customers = 0 AND f.org_id IN (SELECT DISTINCT c.org_id FROM unnest(changes) c);
  RETURN NULL;
END
$$;

