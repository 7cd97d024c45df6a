-- journey_map_visits and journey_map_days (db/schema/journey-map.ts): the journey map's facts kept at
-- write time, so that a view of the map sums a few per-day counts instead of reading the range's
-- history (docs/analytics-journey-map.md has the definitions and why each count is exact).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> journey-map-facts` writes the migration that applies it.

-- journey_map_visits_of: journey_map_facts
-- The visits of some customers of an organization (all of them when `p_customers` is null), computed
-- from their stage events in event order (`at`, `recorded_at`, `id`). `converted_at` needs the
-- position of the visit's own stage, so it is one running minimum per live stage, written out from
-- the stages table, over the events after the visit (a backward window, so each is one pass).
create or replace function journey_map_visits_of(p_org uuid, p_customers uuid[]) returns setof journey_map_visits
language plpgsql stable as $$
declare
  reached text;
begin
  select 'case r.to_key ' || string_agg(format('when %L then min(r.at) filter (where r.journey = %L and r.position > %s) over later', s.key, s.journey, s.position), ' ') || ' end'
    into reached from stages s where s.org_id = p_org and s.archived_at is null;
  return query execute format($q$
    with ev as (
      select e.customer_id, e.id, e.to_key, e.at, e.recorded_at, s.journey, s.position,
        lead(e.at) over chain as exit_at, lead(e.to_key) over chain as exit_key, lead(e.reason) over chain as exit_reason
      from stage_events e left join stages s on s.org_id = $1 and s.key = e.to_key and s.archived_at is null
      where e.org_id = $1 %s
      window chain as (partition by e.customer_id order by e.at, e.recorded_at, e.id)
    ),
    reach as (
      select r.*, %s::timestamptz as converted_at from ev r
      window later as (partition by r.customer_id order by r.at desc, r.recorded_at desc, r.id desc rows between unbounded preceding and 1 preceding)
    )
    select $1, r.id, r.customer_id, c.owner_id, r.to_key, r.at,
      lag(r.at) over visits, lag(r.exit_at) over visits, r.exit_at, r.exit_key, r.exit_reason,
      lead(r.exit_at) over visits, r.converted_at
    from reach r join customers c on c.org_id = $1 and c.id = r.customer_id
    where r.journey is not null
    window visits as (partition by r.customer_id, r.to_key order by r.at, r.recorded_at, r.id)
  $q$, case when p_customers is null then '' else 'and e.customer_id = any($2)' end, coalesce(reached, 'null'))
  using p_org, p_customers;
end $$;
--> statement-breakpoint

-- journey_map_duration_bucket: journey_map_facts
-- The bucket of a visit's length for time in stage: four buckets per doubling of its whole
-- milliseconds `ms` (0–3 ms have one each), in integer arithmetic so that a longer visit is never in
-- a lower bucket. The bit length of `ms` is 65 minus the place of its first 1 among 64 bits.
-- One expression of built-in functions, with `ms` written out each time: a SQL function with a FROM
-- clause is not inlined (called per visit it made a rebuild at 100k customers five times slower),
-- and an index expression may call only what it names with its schema (PostgreSQL 17, PGlite).
create or replace function journey_map_duration_bucket(entered_at timestamptz, exit_at timestamptz) returns integer
language sql immutable parallel safe as $$
  select case
    when floor(extract(epoch from exit_at - entered_at) * 1000)::bigint < 4
      then greatest(floor(extract(epoch from exit_at - entered_at) * 1000)::bigint, 0)::integer
    else ((65 - position('1' in floor(extract(epoch from exit_at - entered_at) * 1000)::bigint::bit(64)::text)) * 4
      + ((floor(extract(epoch from exit_at - entered_at) * 1000)::bigint
          >> (62 - position('1' in floor(extract(epoch from exit_at - entered_at) * 1000)::bigint::bit(64)::text))) & 3))::integer
  end
$$;
--> statement-breakpoint

-- journey_map_visit_counts: journey_map_facts
-- What one visit adds to journey_map_days, by local day (`tz`), with the owner it is counted for.
-- Each figure of a range [f, t) is a sum over these (db/queries/journey-map.ts):
--   entry (day entered)                     entered = entry(f ≤ day < t) − reentry(day ≥ f, other < t)
--   reentry (previous entry, entered)       (a customer's entries in the range are a run of the chain)
--   convert (entered, converted)            converted = convert(day ≥ f, other < t) − reconvert(day ≥ f, other < t)
--   reconvert (previous entry, converted)
--   exit (day left)                         present = entry(day < t) − exit(day < f) − revisit(day ≥ f, other < t)
--   revisit (previous exit, entered)        current = entry − exit, all days
--   lost (day left to `lost`, reason)       lost = lost(f ≤ day < t) by reason
--   stay (day left, duration bucket)        the latest visits that ended, by bucket, for time in stage
--                                           (db/queries/journey-map-times.ts); `stay_all` counts the
--                                           same without the owner, so the organization's view reads
--                                           one row per day, stage and bucket
create or replace function journey_map_visit_counts(v journey_map_visits, tz text) returns table (owner_id uuid, kind text, day date, other_day date, label text)
language sql stable as $$
  select case when k.kind = 'stay_all' then null else v.owner_id end, k.kind, k.day, k.other_day, k.label from (values
    ('entry', (v.entered_at at time zone tz)::date, null::date, null::text, true),
    ('exit', (v.exit_at at time zone tz)::date, null, null, v.exit_at is not null),
    ('lost', (v.exit_at at time zone tz)::date, null, v.exit_reason, coalesce(v.exit_key = 'lost', false)),
    ('reentry', (v.previous_entry_at at time zone tz)::date, (v.entered_at at time zone tz)::date, null, v.previous_entry_at is not null),
    ('convert', (v.entered_at at time zone tz)::date, (v.converted_at at time zone tz)::date, null, v.converted_at is not null),
    ('reconvert', (v.previous_entry_at at time zone tz)::date, (v.converted_at at time zone tz)::date, null, v.previous_entry_at is not null and v.converted_at is not null),
    ('revisit', (v.previous_exit_at at time zone tz)::date, (v.entered_at at time zone tz)::date, null, v.previous_exit_at is not null),
    ('stay', (v.exit_at at time zone tz)::date, null, journey_map_duration_bucket(v.entered_at, v.exit_at)::text, v.exit_at is not null and v.next_exit_at is null),
    ('stay_all', (v.exit_at at time zone tz)::date, null, journey_map_duration_bucket(v.entered_at, v.exit_at)::text, v.exit_at is not null and v.next_exit_at is null)
  ) as k(kind, day, other_day, label, keep)
  where k.keep
$$;
--> statement-breakpoint

-- journey_map_score_band: journey_map_facts
create or replace function journey_map_score_band(score integer) returns text
language sql immutable as $$
  select case when score >= 9 then 'promoter' when score <= 6 then 'detractor' else 'passive' end
$$;
--> statement-breakpoint

-- journey_map_voice_counts: journey_map_facts
-- What the organization's attributed touchpoints (`touch` by channel) and feedback (`feedback` by
-- score band) add to journey_map_days, for some customers (all when `p_customers` is null), with
-- the customers' current owners.
create or replace function journey_map_voice_counts(p_org uuid, p_customers uuid[])
returns table (owner_id uuid, stage_key text, kind text, day date, label text, n bigint)
language sql stable as $$
  select c.owner_id, x.stage, x.kind, (x.at at time zone o.time_zone)::date, x.label, count(*)
  from (
    select t.customer_id, t.attributed_stage as stage, 'touch' as kind, t.at, t.channel as label from touchpoints t
    where t.org_id = p_org and t.attributed_stage is not null and (p_customers is null or t.customer_id = any(p_customers))
    union all
    select f.customer_id, f.attributed_stage, 'feedback', f.at, journey_map_score_band(f.score) from feedback f
    where f.org_id = p_org and f.attributed_stage is not null and (p_customers is null or f.customer_id = any(p_customers))
  ) x
  join organizations o on o.id = p_org
  left join customers c on c.org_id = p_org and c.id = x.customer_id
  group by 1, 2, 3, 4, 5
$$;
--> statement-breakpoint

-- journey_map_refresh_customers: journey_map_facts
-- Recomputes the visits of some customers of an organization and appends what changed to
-- journey_map_days: the stored visits no longer computed leave (counted −1), the computed ones not
-- stored arrive (+1). A customer's history is a handful of events, so this is a few index reads.
create or replace function journey_map_refresh_customers(p_org uuid, p_customers uuid[]) returns void
language plpgsql as $$
declare
  fresh journey_map_visits[];
  tz text;
begin
  select array_agg(v) into fresh from journey_map_visits_of(p_org, p_customers) v;
  select o.time_zone into tz from organizations o where o.id = p_org;
  with gone as (
    delete from journey_map_visits v
    using (
      select * from journey_map_visits where org_id = p_org and customer_id = any(p_customers)
      except select * from unnest(fresh)
    ) x
    where v.org_id = p_org and v.event_id = x.event_id
    returning v
  )
  insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n)
  select p_org, k.owner_id, (g.v).stage_key, k.kind, k.day, k.other_day, k.label, -count(*)
  from gone g cross join lateral journey_map_visit_counts(g.v, tz) k
  group by 2, 3, 4, 5, 6, 7;
  with added as (
    insert into journey_map_visits as v
    select * from unnest(fresh) f
    where not exists (select from journey_map_visits s where s.org_id = p_org and s.event_id = f.event_id)
    returning v
  )
  insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n)
  select p_org, k.owner_id, (a.v).stage_key, k.kind, k.day, k.other_day, k.label, count(*)
  from added a cross join lateral journey_map_visit_counts(a.v, tz) k
  group by 2, 3, 4, 5, 6, 7;
end $$;
--> statement-breakpoint

-- journey_map_events_refresh: journey_map_facts
-- Stage events written, deleted or changed (`changed`: the new or the old rows): the touched
-- customers' visits are recomputed.
create or replace function journey_map_events_refresh() returns trigger
language plpgsql as $$
declare
  touched record;
begin
  for touched in select org_id, array_agg(distinct customer_id) as ids from changed group by org_id loop
    perform journey_map_refresh_customers(touched.org_id, touched.ids);
  end loop;
  return null;
end $$;
--> statement-breakpoint

-- journey_map_visits_events_insert: journey_map_facts
create or replace trigger journey_map_visits_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function journey_map_events_refresh();
--> statement-breakpoint

-- journey_map_visits_events_delete: journey_map_facts
create or replace trigger journey_map_visits_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function journey_map_events_refresh();
--> statement-breakpoint

-- journey_map_visits_events_update: journey_map_facts
create or replace trigger journey_map_visits_events_update after update on stage_events
  referencing new table as changed for each statement execute function journey_map_events_refresh();
--> statement-breakpoint

-- journey_map_voice_changed: journey_map_facts
-- Touchpoints or feedback written, deleted, moved to another customer or instant, or attributed
-- again (`changed`: the old rows with TG_ARGV[0] = '-1', the new ones with '1').
create or replace function journey_map_voice_changed() returns trigger
language plpgsql as $$
begin
  if TG_TABLE_NAME = 'touchpoints' then
    insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n)
    select x.org_id, c.owner_id, x.attributed_stage, 'touch', (x.at at time zone o.time_zone)::date, null, x.channel, TG_ARGV[0]::int * count(*)
    from changed x join organizations o on o.id = x.org_id left join customers c on c.org_id = x.org_id and c.id = x.customer_id
    where x.attributed_stage is not null
    group by 1, 2, 3, 5, 7;
  else
    insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n)
    select x.org_id, c.owner_id, x.attributed_stage, 'feedback', (x.at at time zone o.time_zone)::date, null, journey_map_score_band(x.score), TG_ARGV[0]::int * count(*)
    from changed x join organizations o on o.id = x.org_id left join customers c on c.org_id = x.org_id and c.id = x.customer_id
    where x.attributed_stage is not null
    group by 1, 2, 3, 5, 7;
  end if;
  return null;
end $$;
--> statement-breakpoint

-- journey_map_touchpoints_insert: journey_map_facts
create or replace trigger journey_map_touchpoints_insert after insert on touchpoints
  referencing new table as changed for each statement execute function journey_map_voice_changed('1');
--> statement-breakpoint

-- journey_map_touchpoints_delete: journey_map_facts
create or replace trigger journey_map_touchpoints_delete after delete on touchpoints
  referencing old table as changed for each statement execute function journey_map_voice_changed('-1');
--> statement-breakpoint

-- journey_map_touchpoints_update_old: journey_map_facts
create or replace trigger journey_map_touchpoints_update_old after update on touchpoints
  referencing old table as changed for each statement execute function journey_map_voice_changed('-1');
--> statement-breakpoint

-- journey_map_touchpoints_update_new: journey_map_facts
create or replace trigger journey_map_touchpoints_update_new after update on touchpoints
  referencing new table as changed for each statement execute function journey_map_voice_changed('1');
--> statement-breakpoint

-- journey_map_feedback_insert: journey_map_facts
create or replace trigger journey_map_feedback_insert after insert on feedback
  referencing new table as changed for each statement execute function journey_map_voice_changed('1');
--> statement-breakpoint

-- journey_map_feedback_delete: journey_map_facts
create or replace trigger journey_map_feedback_delete after delete on feedback
  referencing old table as changed for each statement execute function journey_map_voice_changed('-1');
--> statement-breakpoint

-- journey_map_feedback_update_old: journey_map_facts
create or replace trigger journey_map_feedback_update_old after update on feedback
  referencing old table as changed for each statement execute function journey_map_voice_changed('-1');
--> statement-breakpoint

-- journey_map_feedback_update_new: journey_map_facts
create or replace trigger journey_map_feedback_update_new after update on feedback
  referencing new table as changed for each statement execute function journey_map_voice_changed('1');
--> statement-breakpoint

-- journey_map_owner_changed: journey_map_facts
-- A customer given to another owner: their visits are recomputed (the owner is on each), and their
-- touchpoints' and feedback's counts move from the old owner to the new one.
create or replace function journey_map_owner_changed() returns trigger
language plpgsql as $$
begin
  perform journey_map_refresh_customers(new.org_id, array[new.id]);
  insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n)
  select new.org_id, side.owner_id, v.stage_key, v.kind, v.day, null, v.label, side.sign * v.n
  from journey_map_voice_counts(new.org_id, array[new.id]) v
  cross join (values (old.owner_id, -1), (new.owner_id, 1)) as side(owner_id, sign);
  return null;
end $$;
--> statement-breakpoint

-- journey_map_customer_owner: journey_map_facts
create or replace trigger journey_map_customer_owner after update of owner_id on customers
  for each row when (old.owner_id is distinct from new.owner_id) execute function journey_map_owner_changed();
--> statement-breakpoint

-- journey_map_rebuild_org: journey_map_facts
-- Every visit and count of the organization recomputed set-based: the migration's backfill, the bulk
-- seed, and a change of stage order, journeys, archived stages or time zone (rare owner actions).
-- Only what differs is written: a reorder changes a few conversions, not every visit and day, and
-- writing is what costs (on PGlite most of a rebuild was inserting the unchanged count rows again).
create or replace function journey_map_rebuild_org(p_org uuid) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  with fresh as materialized (select * from journey_map_visits_of(p_org, null)),
  gone as (
    delete from journey_map_visits v
    where v.org_id = p_org and not exists (select from fresh f where f.event_id = v.event_id)
  )
  insert into journey_map_visits as v select * from fresh
  on conflict (org_id, event_id) do update set
    customer_id = excluded.customer_id, owner_id = excluded.owner_id, stage_key = excluded.stage_key,
    entered_at = excluded.entered_at, previous_entry_at = excluded.previous_entry_at, previous_exit_at = excluded.previous_exit_at,
    exit_at = excluded.exit_at, exit_key = excluded.exit_key, exit_reason = excluded.exit_reason,
    next_exit_at = excluded.next_exit_at, converted_at = excluded.converted_at
  where v is distinct from excluded;
  with fresh as (
    select k.owner_id, v.stage_key, k.kind, k.day, k.other_day, k.label, count(*)::int as n
    from journey_map_visits v join organizations o on o.id = p_org
    cross join lateral journey_map_visit_counts(v, o.time_zone) k
    where v.org_id = p_org
    group by 1, 2, 3, 4, 5, 6
    union all
    select owner_id, stage_key, kind, day, null, label, n::int from journey_map_voice_counts(p_org, null)
  ),
  changed as (
    select owner_id, stage_key, kind, day, other_day, label, sum(n) filter (where fresh) as n
    from (
      select *, true as fresh from fresh
      union all
      select d.owner_id, d.stage_key, d.kind, d.day, d.other_day, d.label, d.n, false from journey_map_days d where d.org_id = p_org
    ) sides
    group by 1, 2, 3, 4, 5, 6
    having coalesce(sum(n) filter (where fresh), 0) <> coalesce(sum(n) filter (where not fresh), 0)
  ),
  gone as (
    delete from journey_map_days d using changed c
    where d.org_id = p_org and d.kind = c.kind and d.day = c.day and d.stage_key = c.stage_key
      and d.other_day is not distinct from c.other_day and d.owner_id is not distinct from c.owner_id and d.label is not distinct from c.label
  )
  insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n, folded)
  select p_org, owner_id, stage_key, kind, day, other_day, label, n, true from changed where n is not null;
end $$;
--> statement-breakpoint

-- journey_map_reshaped: 0046_journey_map_reorder_once.sql
-- Stages reordered, moved between journeys, archived or restored, or the time zone changed. The stage
-- editor rewrites positions through negative values (db/mutations/settings-stages.ts) in the same
-- transaction: that passing state is skipped, so a reorder rebuilds once.
create or replace function journey_map_reshaped() returns trigger
language plpgsql as $$
declare
  org uuid;
begin
  if TG_TABLE_NAME = 'organizations' then
    perform journey_map_rebuild_org(new.id);
  else
    for org in
      select n.org_id from new_stages n join old_stages o on o.org_id = n.org_id and o.key = n.key
      where (o.position is distinct from n.position or o.journey is distinct from n.journey or (o.archived_at is null) <> (n.archived_at is null))
        and not exists (select from stages s where s.org_id = n.org_id and s.position < 0)
      group by 1
    loop
      perform journey_map_rebuild_org(org);
    end loop;
  end if;
  return null;
end $$;
--> statement-breakpoint

-- journey_map_stages_reshaped: journey_map_facts
create or replace trigger journey_map_stages_reshaped after update on stages
  referencing old table as old_stages new table as new_stages for each statement execute function journey_map_reshaped();
--> statement-breakpoint

-- journey_map_time_zone: journey_map_facts
create or replace trigger journey_map_time_zone after update of time_zone on organizations
  for each row when (old.time_zone is distinct from new.time_zone) execute function journey_map_reshaped();
--> statement-breakpoint

-- journey_map_fold: journey_map_facts
-- Merges the appended rows into one folded row per key, like fold_stage_event_counts (skipped while
-- a rebuild holds the organization's analytics lock). Keys may hold nulls, hence the two steps.
create or replace function journey_map_fold(p_org uuid) returns void
language plpgsql as $$
begin
  if not pg_try_advisory_xact_lock(analytics_retention_lock_key(p_org)) then
    return;
  end if;
  with gone as (
    delete from journey_map_days where org_id = p_org and not folded
    returning owner_id, stage_key, kind, day, other_day, label, n
  ),
  sums as (select owner_id, stage_key, kind, day, other_day, label, sum(n)::int as n from gone group by 1, 2, 3, 4, 5, 6),
  bumped as (
    update journey_map_days d set n = d.n + s.n from sums s
    where d.org_id = p_org and d.folded and d.kind = s.kind and d.day = s.day and d.stage_key = s.stage_key
      and d.other_day is not distinct from s.other_day and d.owner_id is not distinct from s.owner_id and d.label is not distinct from s.label
    returning d.id
  )
  insert into journey_map_days (org_id, owner_id, stage_key, kind, day, other_day, label, n, folded)
  select p_org, s.owner_id, s.stage_key, s.kind, s.day, s.other_day, s.label, s.n, true from sums s
  where s.n <> 0 and not exists (
    select from journey_map_days d
    where d.org_id = p_org and d.folded and d.kind = s.kind and d.day = s.day and d.stage_key = s.stage_key
      and d.other_day is not distinct from s.other_day and d.owner_id is not distinct from s.owner_id and d.label is not distinct from s.label
  );
  delete from journey_map_days where org_id = p_org and folded and n = 0;
end $$;
