-- touchpoints.attributed_stage and feedback.attributed_stage: the journey map's attribution rule
-- (docs/architecture.md, "The journey map") kept on the rows, so the map reads a range of rows
-- instead of merging them with the stage history on every view. A row's stage is the `to_key` of
-- the customer's last stage event at or before the row's instant, in event order (`at`,
-- `recorded_at`, `id`): `lost` while lost, null before the first event.
-- The current definition of every function and trigger of this area: migrations are their history.
-- Change one here, then `npm run db:sql -- <name> journey-map` writes the migration that applies it.

-- journey_map_stage_at: 0030_journey_map_attribution.sql
-- One index lookup on stage_events_customer_idx.
create or replace function journey_map_stage_at(org uuid, customer uuid, instant timestamptz) returns text
language sql stable as $$
  select e.to_key from stage_events e
  where e.org_id = org and e.customer_id = customer and e.at <= instant
  order by e.at desc, e.recorded_at desc, e.id desc
  limit 1
$$;
--> statement-breakpoint

-- journey_map_attribute_row: 0030_journey_map_attribution.sql
-- A touchpoint or feedback written, or moved to another customer or instant (a merge repoints them).
create or replace function journey_map_attribute_row() returns trigger
language plpgsql as $$
begin
  new.attributed_stage := journey_map_stage_at(new.org_id, new.customer_id, new.at);
  return new;
end $$;
--> statement-breakpoint

-- journey_map_touchpoints_attribute: 0030_journey_map_attribution.sql
create or replace trigger journey_map_touchpoints_attribute before insert or update of customer_id, at on touchpoints
  for each row execute function journey_map_attribute_row();
--> statement-breakpoint

-- journey_map_feedback_attribute: 0030_journey_map_attribution.sql
create or replace trigger journey_map_feedback_attribute before insert or update of customer_id, at on feedback
  for each row execute function journey_map_attribute_row();
--> statement-breakpoint

-- journey_map_events_changed: 0030_journey_map_attribution.sql
-- Stage events written or deleted (`changed`: the new or the old rows): each touched customer's
-- touchpoints and feedback at or after the earliest changed event are attributed again. A move is
-- never earlier than the customer's last one, so that is the rows after a back-dated move, usually
-- none: the existence check keeps a move from running feedback's statement triggers (the loyalty
-- aggregates) for an UPDATE of no rows.
create or replace function journey_map_events_changed() returns trigger
language plpgsql as $$
begin
  update touchpoints t set attributed_stage = journey_map_stage_at(t.org_id, t.customer_id, t.at)
  from (select org_id, customer_id, min(at) as since from changed group by 1, 2) c
  where t.org_id = c.org_id and t.customer_id = c.customer_id and t.at >= c.since
    and t.attributed_stage is distinct from journey_map_stage_at(t.org_id, t.customer_id, t.at);
  if exists (
    select from (select org_id, customer_id, min(at) as since from changed group by 1, 2) c
    join feedback f on f.org_id = c.org_id and f.customer_id = c.customer_id and f.at >= c.since
      and f.attributed_stage is distinct from journey_map_stage_at(f.org_id, f.customer_id, f.at)
  ) then
    update feedback f set attributed_stage = journey_map_stage_at(f.org_id, f.customer_id, f.at)
    from (select org_id, customer_id, min(at) as since from changed group by 1, 2) c
    where f.org_id = c.org_id and f.customer_id = c.customer_id and f.at >= c.since
      and f.attributed_stage is distinct from journey_map_stage_at(f.org_id, f.customer_id, f.at);
  end if;
  return null;
end $$;
--> statement-breakpoint

-- journey_map_events_insert: 0030_journey_map_attribution.sql
create or replace trigger journey_map_events_insert after insert on stage_events
  referencing new table as changed for each statement execute function journey_map_events_changed();
--> statement-breakpoint

-- journey_map_events_delete: 0030_journey_map_attribution.sql
create or replace trigger journey_map_events_delete after delete on stage_events
  referencing old table as changed for each statement execute function journey_map_events_changed();
--> statement-breakpoint

-- journey_map_events_update_a_old: 0030_journey_map_attribution.sql
create or replace trigger journey_map_events_update_a_old after update on stage_events
  referencing old table as changed for each statement execute function journey_map_events_changed();
--> statement-breakpoint

-- journey_map_events_update_b_new: 0030_journey_map_attribution.sql
create or replace trigger journey_map_events_update_b_new after update on stage_events
  referencing new table as changed for each statement execute function journey_map_events_changed();
--> statement-breakpoint

-- journey_map_attribute_org: 0030_journey_map_attribution.sql
-- Every touchpoint and feedback of the organization attributed at once, set-based: its events and
-- rows merged per customer in time order (an event before a row at the same instant), each row
-- taking the key of the event that opened its group. For the migration's backfill and the bulk
-- seed (which loads with the triggers off).
create or replace function journey_map_attribute_org(org uuid) returns void
language plpgsql as $$
declare
  target text;
begin
  foreach target in array array['touchpoints', 'feedback'] loop
    execute format($q$
      update %1$I r set attributed_stage = a.key
      from (
        select g.id, first_value(g.key) over (partition by g.customer_id, g.grp order by g.at, g.kind, g.recorded_at, g.id) as key, g.kind
        from (
          select tl.*, count(*) filter (where tl.kind = 0) over (partition by tl.customer_id order by tl.at, tl.kind, tl.recorded_at, tl.id rows unbounded preceding) as grp
          from (
            select e.customer_id, e.at, 0 as kind, e.recorded_at, e.id, e.to_key as key from stage_events e where e.org_id = $1
            union all
            select x.customer_id, x.at, 1, null, x.id, null from %1$I x where x.org_id = $1
          ) tl
        ) g
      ) a
      where r.org_id = $1 and r.id = a.id and a.kind = 1 and r.attributed_stage is distinct from a.key
    $q$, target) using org;
  end loop;
end $$;
