-- Keeps funnel_cohort_days (the pre-aggregated default funnel, see db/schema/analytics.ts) equal to
-- its computation from scratch, in the same transaction as every change it depends on, so moves,
-- imports and the seed keep it current without calling anything.
--
-- A customer contributes one row per journey they entered: the local day (organization time zone)
-- of their first event into a stage of that journey, their channel and owner (nil uuid = none), and
-- the sorted distinct stage keys they entered at or after that first event ('lost' excluded).

-- The whole aggregate of one organization, computed from stage_events.
CREATE FUNCTION funnel_cohort_days_scratch(p_org uuid) RETURNS SETOF funnel_cohort_days
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
CREATE FUNCTION funnel_cohort_days_rebuild(p_org uuid) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM funnel_cohort_days WHERE org_id = p_org;
  INSERT INTO funnel_cohort_days SELECT * FROM funnel_cohort_days_scratch(p_org);
END
$$;
--> statement-breakpoint
-- Statement level, so a bulk insert (the seed writes thousands of events per statement) is one
-- pass: for every customer touched, the contribution before the statement (its events minus the
-- inserted ones) is subtracted and the contribution after it added. Rows are upserted in key order
-- so concurrent writers lock them in the same order; rows emptied by a decrement are deleted.
-- There is no CHECK (customers >= 0): Postgres checks it on the proposed row before ON CONFLICT.
CREATE FUNCTION funnel_cohort_days_on_events() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
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
  INSERT INTO funnel_cohort_days AS f (org_id, journey, cohort_day, channel, owner_id, reached_keys, customers)
  SELECT org_id, journey, cohort_day, channel, owner_id, reached_keys, sum(d)::int
  FROM deltas
  GROUP BY 1, 2, 3, 4, 5, 6
  HAVING sum(d) <> 0
  ORDER BY 1, 2, 3, 4, 5, 6
  ON CONFLICT (org_id, journey, cohort_day, channel, owner_id, reached_keys)
  DO UPDATE SET customers = f.customers + excluded.customers;

  DELETE FROM funnel_cohort_days f
  WHERE f.customers = 0 AND f.org_id IN (SELECT DISTINCT org_id FROM inserted);
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER funnel_cohort_days_events
AFTER INSERT ON stage_events
REFERENCING NEW TABLE AS inserted
FOR EACH STATEMENT EXECUTE FUNCTION funnel_cohort_days_on_events();
--> statement-breakpoint
-- A change of channel or owner moves the customer's contributions between rows.
CREATE FUNCTION funnel_cohort_days_on_customer() RETURNS trigger
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
CREATE TRIGGER funnel_cohort_days_customer
AFTER UPDATE OF channel, owner_id ON customers
FOR EACH ROW
WHEN (OLD.channel IS DISTINCT FROM NEW.channel OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)
EXECUTE FUNCTION funnel_cohort_days_on_customer();
--> statement-breakpoint
-- Rare owner actions that change every cohort day or journey: rebuild the organization.
CREATE FUNCTION funnel_cohort_days_on_reshape() RETURNS trigger
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
CREATE TRIGGER funnel_cohort_days_time_zone
AFTER UPDATE OF time_zone ON organizations
FOR EACH ROW
WHEN (OLD.time_zone IS DISTINCT FROM NEW.time_zone)
EXECUTE FUNCTION funnel_cohort_days_on_reshape();
--> statement-breakpoint
CREATE TRIGGER funnel_cohort_days_stage_journey
AFTER UPDATE OF journey ON stages
FOR EACH ROW
WHEN (OLD.journey IS DISTINCT FROM NEW.journey)
EXECUTE FUNCTION funnel_cohort_days_on_reshape();
--> statement-breakpoint
-- Databases that already hold history (a dev database with the demo) start out current.
SELECT funnel_cohort_days_rebuild(id) FROM organizations;
