-- Funnel cohort days: funnel_cohort_days kept equal to its computation from stage_events (SPEC §3 funnel).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> funnel` writes the migration that applies it.

-- funnel_cohort_days_scratch: 0003_funnel_cohort_triggers.sql
-- Keeps funnel_cohort_days (the pre-aggregated default funnel, see db/schema/analytics.ts) equal to
-- its computation from scratch, in the same transaction as every change it depends on, so moves,
-- imports and the seed keep it current without calling anything.
--
-- A customer contributes one row per journey they entered: the local day (organization time zone)
-- of their first event into a stage of that journey, their channel and owner (nil uuid = none), and
-- the sorted distinct stage keys they entered at or after that first event ('lost' excluded).

-- The whole aggregate of one organization, computed from stage_events.
CREATE OR REPLACE FUNCTION funnel_cohort_days_scratch(p_org uuid) RETURNS SETOF funnel_cohort_days
LANGUAGE sql STABLE AS $$
  WITH ev AS (
    SELECT e.customer_id, e.to_key, e.at, s.journey
    FROM stage_events e
    LEFT JOIN stages s ON s.org_id = e.org_id AND s.key = e.to_key
    WHERE e.org_id = p_org
  ),
  starts AS (
    SELECT customer_id, journey, min(at) AS t0 FROM ev WHERE journey IS NOT NULL GROUP BY 1, 2
  ),
  contrib AS (
    SELECT st.customer_id, st.journey, st.t0,
      array_agg(DISTINCT ev.to_key COLLATE "C" ORDER BY ev.to_key COLLATE "C") FILTER (WHERE ev.to_key <> 'lost') AS keys
    FROM starts st
    JOIN ev ON ev.customer_id = st.customer_id AND ev.at >= st.t0
    GROUP BY 1, 2, 3
  )
  SELECT p_org, c.journey, (c.t0 AT TIME ZONE o.time_zone)::date, cu.channel,
    coalesce(cu.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), c.keys, count(*)::int
  FROM contrib c
  JOIN organizations o ON o.id = p_org
  JOIN customers cu ON cu.org_id = p_org AND cu.id = c.customer_id
  GROUP BY 2, 3, 4, 5, 6
$$;
--> statement-breakpoint

-- funnel_cohort_days_rebuild: 0003_funnel_cohort_triggers.sql
CREATE OR REPLACE FUNCTION funnel_cohort_days_rebuild(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM funnel_cohort_days WHERE org_id = p_org;
  INSERT INTO funnel_cohort_days SELECT * FROM funnel_cohort_days_scratch(p_org);
END
$$;
--> statement-breakpoint

-- funnel_cohort_days_on_customer: 0003_funnel_cohort_triggers.sql
-- A change of channel or owner moves the customer's contributions between rows.
CREATE OR REPLACE FUNCTION funnel_cohort_days_on_customer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  WITH ev AS (
    SELECT e.to_key, e.at, s.journey
    FROM stage_events e
    LEFT JOIN stages s ON s.org_id = e.org_id AND s.key = e.to_key
    WHERE e.org_id = NEW.org_id AND e.customer_id = NEW.id
  ),
  starts AS (
    SELECT journey, min(at) AS t0 FROM ev WHERE journey IS NOT NULL GROUP BY 1
  ),
  contrib AS (
    SELECT st.journey, (st.t0 AT TIME ZONE o.time_zone)::date AS cohort_day,
      array_agg(DISTINCT ev.to_key COLLATE "C" ORDER BY ev.to_key COLLATE "C") FILTER (WHERE ev.to_key <> 'lost') AS keys
    FROM starts st
    JOIN ev ON ev.at >= st.t0
    JOIN organizations o ON o.id = NEW.org_id
    GROUP BY 1, 2
  ),
  deltas AS (
    SELECT journey, cohort_day, OLD.channel AS channel,
      coalesce(OLD.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) AS owner_id, keys, -1 AS d
    FROM contrib
    UNION ALL
    SELECT journey, cohort_day, NEW.channel, coalesce(NEW.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), keys, 1
    FROM contrib
  )
  INSERT INTO funnel_cohort_days AS f (org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)
  SELECT NEW.org_id, journey, cohort_day, channel, owner_id, keys, sum(d)::int
  FROM deltas
  GROUP BY 2, 3, 4, 5, 6
  HAVING sum(d) <> 0
  ORDER BY 2, 3, 4, 5, 6
  ON CONFLICT (org_id, journey, cohort_day, channel, owner_id, reached_keys)
  DO UPDATE SET customers = f.customers + excluded.customers;

  DELETE FROM funnel_cohort_days f WHERE f.customers = 0 AND f.org_id = NEW.org_id;
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- funnel_cohort_days_on_reshape: 0003_funnel_cohort_triggers.sql
-- Rare owner actions that change every cohort day or journey: rebuild the organization.
CREATE OR REPLACE FUNCTION funnel_cohort_days_on_reshape() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  -- Two branches, not one CASE: each reads a field only its own table's rows have.
  IF TG_TABLE_NAME = 'organizations' THEN
    PERFORM funnel_cohort_days_rebuild(NEW.id);
  ELSE
    PERFORM funnel_cohort_days_rebuild(NEW.org_id);
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint

-- funnel_cohort_days_on_events: 0014_stage_event_counts_appended.sql
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
--> statement-breakpoint

-- funnel_cohort_days_on_events_deleted: 0022_customer_merge_analytics.sql
-- Deleting stage events takes their contributions out of funnel_cohort_days, as the insert trigger
-- (migration 0014) puts them in: for every customer touched, the contribution with the deleted
-- events is subtracted and the one without them added. Stage history is append-only; the one
-- writer that deletes events is a merge of two customers, which moves the merged-away customer's
-- history into customer_merges (docs/architecture.md, "Merging customers"). Decrements only
-- update rows that exist, so deleting an organization (aggregates first) leaves nothing behind.
create or replace function funnel_cohort_days_on_events_deleted() returns trigger
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

-- funnel_cohort_days_events: 0003_funnel_cohort_triggers.sql
CREATE OR REPLACE TRIGGER funnel_cohort_days_events
AFTER INSERT ON stage_events
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION funnel_cohort_days_on_events();
--> statement-breakpoint

-- funnel_cohort_days_customer: 0003_funnel_cohort_triggers.sql
CREATE OR REPLACE TRIGGER funnel_cohort_days_customer
AFTER UPDATE OF channel, owner_id ON customers
FOR EACH ROW
WHEN (OLD.channel IS DISTINCT FROM NEW.channel OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)
EXECUTE FUNCTION funnel_cohort_days_on_customer();
--> statement-breakpoint

-- funnel_cohort_days_time_zone: 0003_funnel_cohort_triggers.sql
CREATE OR REPLACE TRIGGER funnel_cohort_days_time_zone
AFTER UPDATE OF time_zone ON organizations
FOR EACH ROW
WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
EXECUTE FUNCTION funnel_cohort_days_on_reshape();
--> statement-breakpoint

-- funnel_cohort_days_stage_journey: 0003_funnel_cohort_triggers.sql
CREATE OR REPLACE TRIGGER funnel_cohort_days_stage_journey
AFTER UPDATE OF journey ON stages
FOR EACH ROW
WHEN (OLD.journey IS DISTINCT FROM NEW.journey)
EXECUTE FUNCTION funnel_cohort_days_on_reshape();
--> statement-breakpoint

-- funnel_cohort_days_events_deleted: 0022_customer_merge_analytics.sql
create or replace trigger funnel_cohort_days_events_deleted
after delete on stage_events
referencing old table as deleted
for each statement execute function funnel_cohort_days_on_events_deleted();
