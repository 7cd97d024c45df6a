-- Funnel paths: funnel_paths kept equal to its computation from stage_events (docs/analytics-funnel.md,
-- "Funnel paths"). The current definition of every function and trigger of this area: migrations are
-- their history. Change one here, then `npm run db:sql -- <name> funnel-paths` writes the migration.

-- funnel_path: 0037_funnel_paths_triggers.sql
-- The instants at which a customer's path reaches the 1st, 2nd, … live stage of a journey, from their
-- events in order. Strict: an event into stage n + 1 extends a path of n stages (events at one instant
-- come in stage order, so a chain at one instant is walked whole). Not strict: an event that reaches
-- stage n (it entered it or a stage of a higher position) fills the path up to n.
create or replace function funnel_path(p_steps integer[], p_ats timestamptz[], p_strict boolean) returns timestamptz[]
language plpgsql immutable as $$
declare
  path timestamptz[] := '{}';
begin
  for i in 1 .. coalesce(cardinality(p_steps), 0) loop
    if p_strict and p_steps[i] = cardinality(path) + 1 then
      path := path || p_ats[i];
    elsif not p_strict and p_steps[i] > cardinality(path) then
      path := path || array_fill(p_ats[i], array[p_steps[i] - cardinality(path)]);
    end if;
  end loop;
  return path;
end $$;
--> statement-breakpoint

-- funnel_path_stages: 0037_funnel_paths_triggers.sql
-- Per journey J and stage key K (archived and other journeys' stages included): whether K is in J, its
-- place among J's live stages in position order (null when it is not one), and how many of them have
-- a position at or below K's (the stages an entry into K reaches with order=any).
create or replace function funnel_path_stages(p_org uuid)
returns table (journey text, key text, in_journey boolean, step integer, reach integer)
language sql stable as $$
  with live as (
    select s.journey, s.key, s.position, row_number() over (partition by s.journey order by s.position, s.key)::int as step
    from stages s
    where s.org_id = p_org and s.archived_at is null
  )
  select j.journey, s.key, s.journey = j.journey,
    (select l.step from live l where l.journey = j.journey and l.key = s.key),
    (select count(*)::int from live l where l.journey = j.journey and l.position <= s.position)
  from stages s
  cross join (select distinct x.journey from stages x where x.org_id = p_org) j
  where s.org_id = p_org
$$;
--> statement-breakpoint

-- funnel_path_stage_order: 0037_funnel_paths_triggers.sql
-- What the paths depend on in the stage list: keys, journeys and archived flags in position order.
create or replace function funnel_path_stage_order(p_org uuid) returns text
language sql stable as $$
  select string_agg(s.key || ':' || s.journey || ':' || (s.archived_at is not null)::text, ',' order by s.position, s.key)
  from stages s
  where s.org_id = p_org
$$;
--> statement-breakpoint

-- funnel_paths_compute: 0037_funnel_paths_triggers.sql
-- The rows of funnel_paths of the given customers, from stage_events: one per journey they entered.
-- Written to be inlined into its callers, whose plans then see how many customers they pass.
create or replace function funnel_paths_compute(p_org uuid, p_customers uuid[]) returns setof funnel_paths
language sql stable as $$
  with ev as (
    select e.customer_id, st.journey, e.at, st.step, st.reach,
      min(e.at) filter (where st.in_journey) over (partition by e.customer_id, st.journey) as t0
    from unnest(p_customers) as c(id)
    join stage_events e on e.org_id = p_org and e.customer_id = c.id
    join funnel_path_stages(p_org) st on st.key = e.to_key
  )
  select p_org, ev.customer_id, ev.journey, ev.t0, cu.channel, cu.owner_id,
    funnel_path(array_agg(ev.step order by ev.at, ev.step) filter (where ev.step is not null),
                array_agg(ev.at order by ev.at, ev.step) filter (where ev.step is not null), true),
    funnel_path(array_agg(ev.reach order by ev.at, ev.step) filter (where ev.at >= ev.t0),
                array_agg(ev.at order by ev.at, ev.step) filter (where ev.at >= ev.t0), false)
  from ev
  join customers cu on cu.org_id = p_org and cu.id = ev.customer_id
  where ev.t0 is not null
  group by ev.customer_id, ev.journey, ev.t0, cu.channel, cu.owner_id
$$;
--> statement-breakpoint

-- funnel_paths_refresh: 0037_funnel_paths_triggers.sql
-- Makes the given customers' rows equal to their computation; rows that did not change are not written.
create or replace function funnel_paths_refresh(p_org uuid, p_customers uuid[]) returns void
language plpgsql as $$
declare
  fresh funnel_paths[];
begin
  select coalesce(array_agg(f), '{}') into fresh from funnel_paths_compute(p_org, p_customers) f;
  delete from funnel_paths p
  where p.org_id = p_org and p.customer_id = any(p_customers)
    and not exists (select from unnest(fresh) f where f.customer_id = p.customer_id and f.journey = p.journey);
  insert into funnel_paths as p
  select * from unnest(fresh)
  on conflict (org_id, customer_id, journey) do update
  set started_at = excluded.started_at, channel = excluded.channel, owner_id = excluded.owner_id,
    strict_at = excluded.strict_at, any_at = excluded.any_at
  where (p.started_at, p.channel, p.owner_id, p.strict_at, p.any_at)
    is distinct from (excluded.started_at, excluded.channel, excluded.owner_id, excluded.strict_at, excluded.any_at);
end $$;
--> statement-breakpoint

-- funnel_paths_rebuild: 0037_funnel_paths_triggers.sql
-- The organization's paths from scratch, stored in cohort order (a range of them is then a few pages),
-- and the stage order they follow. It sorts and groups every event of the organization: room in memory.
create or replace function funnel_paths_rebuild(p_org uuid) returns void
language plpgsql set work_mem = '256MB' as $$
declare
  stage_order text := funnel_path_stage_order(p_org);
  ids uuid[] := array(select c.id from customers c where c.org_id = p_org);
begin
  delete from funnel_paths where org_id = p_org;
  insert into funnel_paths
  select * from funnel_paths_compute(p_org, ids) f order by f.journey, f.started_at;
  if stage_order is null then
    delete from funnel_path_stage_orders where org_id = p_org;
  else
    insert into funnel_path_stage_orders (org_id, stage_order) values (p_org, stage_order)
    on conflict (org_id) do update set stage_order = excluded.stage_order;
  end if;
end $$;
--> statement-breakpoint

-- funnel_paths_follow_stage_order: 0039_funnel_paths_deferred_rebuild.sql
-- Rebuilds when the stage order changed, in the stage edit's transaction for an organization of up to
-- `masir.funnel_paths_sync_limit` customers (default 10,000: a second or two). A larger one is left
-- stale: its readers compute from stage_events until the analytics job rebuilds it in batches
-- (funnel_paths_rebuild_batch), so a reorder at 1M does not hold the edit and the moves for minutes.
-- The stage editor rewrites positions through negative values (db/mutations/settings-stages.ts) in
-- the same transaction: that passing state is skipped.
create or replace function funnel_paths_follow_stage_order(p_org uuid) returns void
language plpgsql as $$
declare
  sync_limit integer := coalesce(nullif(current_setting('masir.funnel_paths_sync_limit', true), '')::integer, 10000);
begin
  if exists (select from stages s where s.org_id = p_org and s.position < 0) then
    return;
  end if;
  if funnel_path_stage_order(p_org) is not distinct from (select o.stage_order from funnel_path_stage_orders o where o.org_id = p_org) then
    return;
  end if;
  if (select count(*) from (select from customers c where c.org_id = p_org limit sync_limit + 1) n) <= sync_limit then
    perform funnel_paths_rebuild(p_org);
  end if;
end $$;
--> statement-breakpoint

-- funnel_paths_rebuild_batch: 0039_funnel_paths_deferred_rebuild.sql
-- Refreshes the paths of the organization's next `p_limit` customers in id order after `p_after` (null:
-- from the first); returns the last id refreshed, or null when none was left. Each batch is its own
-- transaction, so moves wait for at most one batch.
create or replace function funnel_paths_rebuild_batch(p_org uuid, p_after uuid, p_limit integer) returns uuid
language plpgsql as $$
declare
  ids uuid[] := array(
    select c.id from customers c
    where c.org_id = p_org and (p_after is null or c.id > p_after)
    order by c.id
    limit p_limit
  );
begin
  if cardinality(ids) = 0 then
    return null;
  end if;
  perform funnel_paths_refresh(p_org, ids);
  return ids[cardinality(ids)];
end $$;
--> statement-breakpoint

-- funnel_paths_mark_current: 0039_funnel_paths_deferred_rebuild.sql
-- After a batched rebuild for `p_order`: records that the paths follow it, unless the stage order has
-- changed since (then they stay stale and the next run starts again).
create or replace function funnel_paths_mark_current(p_org uuid, p_order text) returns boolean
language sql as $$
  insert into funnel_path_stage_orders (org_id, stage_order)
  select p_org, p_order where funnel_path_stage_order(p_org) = p_order
  on conflict (org_id) do update set stage_order = excluded.stage_order
  returning true
$$;
--> statement-breakpoint

-- funnel_paths_on_events: 0037_funnel_paths_triggers.sql
create or replace function funnel_paths_on_events() returns trigger
language plpgsql as $$
declare
  r record;
begin
  for r in select c.org_id, array_agg(distinct c.customer_id) as ids from changed c group by c.org_id order by c.org_id loop
    perform funnel_paths_refresh(r.org_id, r.ids);
  end loop;
  return null;
end $$;
--> statement-breakpoint

-- funnel_paths_on_stages: 0037_funnel_paths_triggers.sql
create or replace function funnel_paths_on_stages() returns trigger
language plpgsql as $$
declare
  r record;
begin
  for r in select distinct c.org_id from changed c order by c.org_id loop
    perform funnel_paths_follow_stage_order(r.org_id);
  end loop;
  return null;
end $$;
--> statement-breakpoint

-- funnel_paths_on_customer: 0037_funnel_paths_triggers.sql
create or replace function funnel_paths_on_customer() returns trigger
language plpgsql as $$
begin
  update funnel_paths set channel = new.channel, owner_id = new.owner_id
  where org_id = new.org_id and customer_id = new.id;
  return null;
end $$;
--> statement-breakpoint

-- funnel_paths_events_insert: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function funnel_paths_on_events();
--> statement-breakpoint

-- funnel_paths_events_delete: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function funnel_paths_on_events();
--> statement-breakpoint

-- funnel_paths_events_update_a_old: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_events_update_a_old after update on stage_events
  referencing old table as changed for each statement execute function funnel_paths_on_events();
--> statement-breakpoint

-- funnel_paths_events_update_b_new: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_events_update_b_new after update on stage_events
  referencing new table as changed for each statement execute function funnel_paths_on_events();
--> statement-breakpoint

-- funnel_paths_customer: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_customer after update of channel, owner_id on customers
  for each row when (old.channel is distinct from new.channel or old.owner_id is distinct from new.owner_id)
  execute function funnel_paths_on_customer();
--> statement-breakpoint

-- funnel_paths_stages_insert: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_stages_insert after insert on stages
  referencing new table as changed for each statement execute function funnel_paths_on_stages();
--> statement-breakpoint

-- funnel_paths_stages_update: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_stages_update after update on stages
  referencing new table as changed for each statement execute function funnel_paths_on_stages();
--> statement-breakpoint

-- funnel_paths_stages_delete: 0037_funnel_paths_triggers.sql
create or replace trigger funnel_paths_stages_delete after delete on stages
  referencing old table as changed for each statement execute function funnel_paths_on_stages();
