-- customer_stage_counts: customers and purchase totals per owner, stage and lost flag (the home
-- page's and the board's counts and values). The current definition of every function and trigger
-- of this area: migrations are their history. Change one here, then `npm run db:sql -- <name>
-- customer-counts` writes the migration that applies it.
--
-- Every change appends a row of differences, never updates a row: concurrent moves of one owner's
-- customers between the same stages share no row, so they never wait on each other here. Readers
-- sum the rows of a key; fold_appended_counts (db/sql/appended-counts.sql) merges them. A customer without an owner counts
-- under the nil uuid (as in funnel_cohort_days).

-- customer_stage_counts_rebuild: 0041_customer_stage_counts_triggers.sql
-- The organization's rows from scratch, one folded row per key (the migration's backfill, the bulk
-- seed). Under the analytics lock, so no fold runs between its delete and insert.
create or replace function customer_stage_counts_rebuild(p_org uuid) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  delete from customer_stage_counts where org_id = p_org;
  insert into customer_stage_counts (org_id, owner_id, stage_key, lost, customers, purchases_minor, folded)
  select p_org, coalesce(c.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), c.stage_key, c.lost, count(*), sum(c.purchases_minor), true
  from customers c where c.org_id = p_org
  group by 2, 3, 4;
end $$;
--> statement-breakpoint

-- customer_stage_counts_changed: 0041_customer_stage_counts_triggers.sql
-- Inserted (tg_argv[0] = 1) or deleted (-1) customers, one row per key the statement touched. A
-- delete appends only to keys that have rows, so deleting an organization (aggregates first, then
-- its customers) appends nothing.
create or replace function customer_stage_counts_changed() returns trigger
language plpgsql as $$
declare
  sign integer := tg_argv[0]::integer;
begin
  insert into customer_stage_counts (org_id, owner_id, stage_key, lost, customers, purchases_minor)
  select d.org_id, d.owner_id, d.stage_key, d.lost, sign * d.customers, sign * d.purchases_minor
  from (
    select c.org_id, coalesce(c.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) as owner_id, c.stage_key, c.lost,
           count(*)::int as customers, sum(c.purchases_minor) as purchases_minor
    from changed c group by 1, 2, 3, 4
  ) d
  where sign > 0 or exists (
    select from customer_stage_counts t
    where t.org_id = d.org_id and t.owner_id = d.owner_id and t.stage_key = d.stage_key and t.lost = d.lost
  );
  return null;
end $$;
--> statement-breakpoint

-- customer_stage_counts_updated: 0041_customer_stage_counts_triggers.sql
-- Row-level, and only when a counted field changes: customers are updated on every touchpoint too.
-- The customer leaves its old key and joins its new one (the same key when only the total changed).
create or replace function customer_stage_counts_updated() returns trigger
language plpgsql as $$
begin
  insert into customer_stage_counts (org_id, owner_id, stage_key, lost, customers, purchases_minor)
  select new.org_id, k.owner_id, k.stage_key, k.lost, sum(k.customers), sum(k.purchases_minor)
  from (values
    (coalesce(old.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), old.stage_key, old.lost, -1, -old.purchases_minor),
    (coalesce(new.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), new.stage_key, new.lost, 1, new.purchases_minor)
  ) as k(owner_id, stage_key, lost, customers, purchases_minor)
  group by k.owner_id, k.stage_key, k.lost;
  return null;
end $$;
--> statement-breakpoint

-- customer_stage_counts_insert: 0041_customer_stage_counts_triggers.sql
create or replace trigger customer_stage_counts_insert after insert on customers
  referencing new table as changed for each statement execute function customer_stage_counts_changed('1');
--> statement-breakpoint

-- customer_stage_counts_delete: 0041_customer_stage_counts_triggers.sql
create or replace trigger customer_stage_counts_delete after delete on customers
  referencing old table as changed for each statement execute function customer_stage_counts_changed('-1');
--> statement-breakpoint

-- customer_stage_counts_update: 0041_customer_stage_counts_triggers.sql
create or replace trigger customer_stage_counts_update after update of owner_id, stage_key, lost, purchases_minor on customers
  for each row when (
    old.owner_id is distinct from new.owner_id or old.stage_key is distinct from new.stage_key
    or old.lost is distinct from new.lost or old.purchases_minor is distinct from new.purchases_minor
  )
  execute function customer_stage_counts_updated();
--> statement-breakpoint

-- owner_move_hours: stage moves (events with a from) per UTC hour and the moved customer's current
-- owner, appended and folded like customer_stage_counts. An owner change carries the customer's
-- moves to the new owner; no statement of the application both changes an owner and writes that
-- customer's events (a statement doing both would count the new event twice).

-- owner_move_hours_rebuild: 0042_owner_move_hours_triggers.sql
create or replace function owner_move_hours_rebuild(p_org uuid) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  delete from owner_move_hours where org_id = p_org;
  insert into owner_move_hours (org_id, owner_id, hour, moves, folded)
  select p_org, coalesce(c.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), date_trunc('hour', e.at, 'UTC'), count(*), true
  from stage_events e join customers c on c.org_id = e.org_id and c.id = e.customer_id
  where e.org_id = p_org and e.from_key is not null
  group by 2, 3;
end $$;
--> statement-breakpoint

-- owner_move_hours_events_changed: 0042_owner_move_hours_triggers.sql
-- Stage events written (tg_argv[0] = 1) or removed (-1), counted for their customers' owners; a
-- removal appends only to keys that have rows (deleting an organization: aggregates first).
create or replace function owner_move_hours_events_changed() returns trigger
language plpgsql as $$
declare
  sign integer := tg_argv[0]::integer;
begin
  insert into owner_move_hours (org_id, owner_id, hour, moves)
  select d.org_id, d.owner_id, d.hour, sign * d.moves
  from (
    select e.org_id, coalesce(c.owner_id, '00000000-0000-0000-0000-000000000000'::uuid) as owner_id,
           date_trunc('hour', e.at, 'UTC') as hour, count(*)::int as moves
    from changed e join customers c on c.org_id = e.org_id and c.id = e.customer_id
    where e.from_key is not null
    group by 1, 2, 3
  ) d
  where sign > 0 or exists (select from owner_move_hours t where t.org_id = d.org_id and t.owner_id = d.owner_id and t.hour = d.hour);
  return null;
end $$;
--> statement-breakpoint

-- owner_move_hours_owner_updated: 0042_owner_move_hours_triggers.sql
-- The customer's moves leave the old owner's hours and join the new owner's.
create or replace function owner_move_hours_owner_updated() returns trigger
language plpgsql as $$
begin
  insert into owner_move_hours (org_id, owner_id, hour, moves)
  select new.org_id, k.owner_id, h.hour, k.sign * h.moves
  from (
    select date_trunc('hour', e.at, 'UTC') as hour, count(*)::int as moves
    from stage_events e where e.org_id = new.org_id and e.customer_id = new.id and e.from_key is not null
    group by 1
  ) h
  cross join (values
    (coalesce(old.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), -1),
    (coalesce(new.owner_id, '00000000-0000-0000-0000-000000000000'::uuid), 1)
  ) as k(owner_id, sign);
  return null;
end $$;
--> statement-breakpoint

-- owner_move_hours_events_insert: 0042_owner_move_hours_triggers.sql
create or replace trigger owner_move_hours_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function owner_move_hours_events_changed('1');
--> statement-breakpoint

-- owner_move_hours_events_delete: 0042_owner_move_hours_triggers.sql
create or replace trigger owner_move_hours_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function owner_move_hours_events_changed('-1');
--> statement-breakpoint

-- owner_move_hours_events_update_a_old: 0042_owner_move_hours_triggers.sql
create or replace trigger owner_move_hours_events_update_a_old after update on stage_events
  referencing old table as changed for each statement execute function owner_move_hours_events_changed('-1');
--> statement-breakpoint

-- owner_move_hours_events_update_b_new: 0042_owner_move_hours_triggers.sql
create or replace trigger owner_move_hours_events_update_b_new after update on stage_events
  referencing new table as changed for each statement execute function owner_move_hours_events_changed('1');
--> statement-breakpoint

-- owner_move_hours_owner_update: 0042_owner_move_hours_triggers.sql
create or replace trigger owner_move_hours_owner_update after update of owner_id on customers
  for each row when (old.owner_id is distinct from new.owner_id)
  execute function owner_move_hours_owner_updated();
