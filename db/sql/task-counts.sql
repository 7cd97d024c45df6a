-- assignee_open_tasks: open tasks per assignee (the sales home's count), appended and folded like
-- customer_stage_counts (db/sql/customer-counts.sql). The current definition of every function and
-- trigger of this area: migrations are their history. An unassigned task counts under the nil uuid.

-- assignee_open_tasks_rebuild: 0043_assignee_open_tasks_triggers.sql
create or replace function assignee_open_tasks_rebuild(p_org uuid) returns void
language plpgsql as $$
begin
  perform analytics_retention_lock(p_org);
  delete from assignee_open_tasks where org_id = p_org;
  insert into assignee_open_tasks (org_id, assignee_id, tasks, folded)
  select p_org, coalesce(t.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), count(*), true
  from tasks t where t.org_id = p_org and t.done_at is null
  group by 2;
end $$;
--> statement-breakpoint

-- assignee_open_tasks_changed: 0043_assignee_open_tasks_triggers.sql
-- Tasks inserted (tg_argv[0] = 1) or deleted (-1); a delete appends only to keys that have rows
-- (deleting an organization: aggregates first).
create or replace function assignee_open_tasks_changed() returns trigger
language plpgsql as $$
declare
  sign integer := tg_argv[0]::integer;
begin
  insert into assignee_open_tasks (org_id, assignee_id, tasks)
  select d.org_id, d.assignee_id, sign * d.tasks
  from (
    select t.org_id, coalesce(t.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid) as assignee_id, count(*)::int as tasks
    from changed t where t.done_at is null group by 1, 2
  ) d
  where sign > 0 or exists (select from assignee_open_tasks a where a.org_id = d.org_id and a.assignee_id = d.assignee_id);
  return null;
end $$;
--> statement-breakpoint

-- assignee_open_tasks_updated: 0043_assignee_open_tasks_triggers.sql
-- Row-level, only when the assignee or being open changes: the task leaves its old count and joins its new one.
create or replace function assignee_open_tasks_updated() returns trigger
language plpgsql as $$
begin
  insert into assignee_open_tasks (org_id, assignee_id, tasks)
  select new.org_id, k.assignee_id, sum(k.tasks)
  from (values
    (coalesce(old.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), case when old.done_at is null then -1 else 0 end),
    (coalesce(new.assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), case when new.done_at is null then 1 else 0 end)
  ) as k(assignee_id, tasks)
  group by k.assignee_id;
  return null;
end $$;
--> statement-breakpoint

-- assignee_open_tasks_insert: 0043_assignee_open_tasks_triggers.sql
create or replace trigger assignee_open_tasks_insert after insert on tasks
  referencing new table as changed for each statement execute function assignee_open_tasks_changed('1');
--> statement-breakpoint

-- assignee_open_tasks_delete: 0043_assignee_open_tasks_triggers.sql
create or replace trigger assignee_open_tasks_delete after delete on tasks
  referencing old table as changed for each statement execute function assignee_open_tasks_changed('-1');
--> statement-breakpoint

-- assignee_open_tasks_update: 0043_assignee_open_tasks_triggers.sql
create or replace trigger assignee_open_tasks_update after update of assignee_id, done_at on tasks
  for each row when (old.assignee_id is distinct from new.assignee_id or (old.done_at is null) <> (new.done_at is null))
  execute function assignee_open_tasks_updated();
