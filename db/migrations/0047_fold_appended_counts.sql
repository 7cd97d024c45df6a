-- One fold for the three appended-count tables instead of a function each (db/sql/appended-counts.sql).
drop function if exists fold_customer_stage_counts(uuid);
--> statement-breakpoint
drop function if exists fold_owner_move_hours(uuid);
--> statement-breakpoint
drop function if exists fold_assignee_open_tasks(uuid);
--> statement-breakpoint
-- The current definitions of db/sql/appended-counts.sql (npm run db:sql).
-- Appended counts (customer_stage_counts, owner_move_hours, assignee_open_tasks): every change appends
-- a row of differences and readers sum the rows of a key; the scheduled fold merges them. The current
-- definition of every function of this area: migrations are their history. Change one here, then
-- `npm run db:sql -- <name> appended-counts` writes the migration that applies it.

-- fold_appended_counts: 0047_fold_appended_counts.sql
-- Merges the unfolded rows of `p_table` into the folded row of their key: `p_keys` are the key columns
-- (the table has a unique index on org_id and them where folded), `p_counters` the summed columns, in
-- key order so two folds never deadlock. Skipped while another transaction holds the organization's
-- analytics lock (a rebuild must not run between this delete and insert). Readers sum every row, so
-- it may run at any time.
create or replace function fold_appended_counts(p_org uuid, p_table text, p_keys text[], p_counters text[]) returns void
language plpgsql as $$
declare
  keys text := (select string_agg(quote_ident(k), ', ') from unnest(p_keys) k);
  counters text := (select string_agg(quote_ident(c), ', ') from unnest(p_counters) c);
  sums text := (select string_agg(format('sum(%I)', c), ', ') from unnest(p_counters) c);
  additions text := (select string_agg(format('%1$I = t.%1$I + excluded.%1$I', c), ', ') from unnest(p_counters) c);
begin
  if not pg_try_advisory_xact_lock(analytics_retention_lock_key(p_org)) then
    return;
  end if;
  execute format($q$
    with gone as (delete from %1$I where org_id = $1 and not folded returning %2$s, %3$s)
    insert into %1$I as t (org_id, %2$s, %3$s, folded)
    select $1, %2$s, %4$s, true from gone group by %2$s order by %2$s
    on conflict (org_id, %2$s) where folded do update set %5$s
  $q$, p_table, keys, counters, sums, additions) using p_org;
end $$;
