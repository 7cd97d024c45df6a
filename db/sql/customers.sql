-- customers.purchases_minor kept equal to the sum of the customer's purchases (the board's values).
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> customers` writes the migration that applies it.

-- customer_purchases_changed: 0016_customer_purchases_total.sql
-- customers.purchases_minor: the sum of the customer's purchases, so the board reads card and column
-- values from the customer rows (index-only scans of customers_org_stage_idx, or
-- customers_org_owner_stage_idx for a sales user) instead of joining every purchase of the
-- organization. Kept by statement-level triggers on purchases, in the statement that writes the
-- purchase, whoever writes it (API, moves, seed, imports); a bulk insert costs one update per
-- customer it touches. Nothing else is involved: no trigger on stage_events or on customers, no row
-- shared by several customers, so moves without a purchase pay nothing and a move with one updates
-- only its own customer's row once more. The bulk seed (triggers off) writes the totals with the
-- customer rows.

create or replace function customer_purchases_changed() returns trigger
language plpgsql as $$
begin
  update customers c set purchases_minor = c.purchases_minor + tg_argv[0]::integer * d.amount_minor
  from (select p.org_id, p.customer_id, sum(p.amount_minor) as amount_minor from changed p group by 1, 2) d
  where c.org_id = d.org_id and c.id = d.customer_id;
  return null;
end $$;
--> statement-breakpoint

-- customer_purchases_insert: 0016_customer_purchases_total.sql
create or replace trigger customer_purchases_insert after insert on purchases
  referencing new table as changed for each statement execute function customer_purchases_changed('1');
--> statement-breakpoint

-- customer_purchases_delete: 0016_customer_purchases_total.sql
create or replace trigger customer_purchases_delete after delete on purchases
  referencing old table as changed for each statement execute function customer_purchases_changed('-1');
--> statement-breakpoint

-- customer_purchases_update_a_old: 0016_customer_purchases_total.sql
create or replace trigger customer_purchases_update_a_old after update on purchases
  referencing old table as changed for each statement execute function customer_purchases_changed('-1');
--> statement-breakpoint

-- customer_purchases_update_b_new: 0016_customer_purchases_total.sql
create or replace trigger customer_purchases_update_b_new after update on purchases
  referencing new table as changed for each statement execute function customer_purchases_changed('1');
