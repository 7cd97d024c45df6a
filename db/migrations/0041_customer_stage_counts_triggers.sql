-- The current definitions of db/sql/customer-counts.sql (npm run db:sql).
-- customer_stage_counts: customers and purchase totals per owner, stage and lost flag (the home
-- page's and the board's counts and values). The current definition of every function and trigger
-- of this area: migrations are their history. Change one here, then `npm run db:sql -- <name>
-- customer-counts` writes the migration that applies it.
--
-- Every change appends a row of differences, never updates a row: concurrent moves of one owner's
-- customers between the same stages share no row, so they never wait on each other here. Readers
-- sum the rows of a key; fold_customer_stage_counts merges them. A customer without an owner counts
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

-- fold_customer_stage_counts: 0041_customer_stage_counts_triggers.sql
-- Merges the unfolded rows into the folded row of their key; skipped while another transaction
-- holds the organization's analytics lock (a rebuild). Readers sum every row, so it may run any time.
create or replace function fold_customer_stage_counts(p_org uuid) returns void
language plpgsql as $$
begin
  if not pg_try_advisory_xact_lock(analytics_retention_lock_key(p_org)) then
    return;
  end if;
  with gone as (
    delete from customer_stage_counts where org_id = p_org and not folded
    returning owner_id, stage_key, lost, customers, purchases_minor
  )
  insert into customer_stage_counts as t (org_id, owner_id, stage_key, lost, customers, purchases_minor, folded)
  select p_org, owner_id, stage_key, lost, sum(customers), sum(purchases_minor), true
  from gone group by owner_id, stage_key, lost order by owner_id, stage_key, lost
  on conflict (org_id, owner_id, stage_key, lost) where folded do update
    set customers = t.customers + excluded.customers, purchases_minor = t.purchases_minor + excluded.purchases_minor;
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
-- Backfill: every organization's counts from its customers.
select customer_stage_counts_rebuild(id) from organizations;
