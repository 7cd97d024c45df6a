ALTER TABLE "organizations" ADD COLUMN "holidays" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "organizations" ADD COLUMN "automations_paused" boolean DEFAULT false NOT NULL;--> statement-breakpoint
-- The current definitions of db/sql/automation.sql: the pause, and the feedback_received trigger.

-- Whether a customer passes a playbook's filter (core/automation/rules.ts filterSchema); the time
-- triggers' set-based runs call it too, so both agree.
CREATE OR REPLACE FUNCTION automation_filter_matches(filter jsonb, org uuid, stage text, channel text, owner uuid)
RETURNS boolean LANGUAGE sql STABLE PARALLEL SAFE
RETURN (filter->>'stage' IS NULL OR filter->>'stage' = stage)
  AND (filter->>'channel' IS NULL OR filter->>'channel' = channel)
  AND (filter->>'ownerId' IS NULL OR (filter->>'ownerId')::uuid = owner)
  AND (filter->>'journey' IS NULL OR EXISTS (
    SELECT 1 FROM stages s WHERE s.org_id = org AND s.key = stage AND s.journey = filter->>'journey'));

--> statement-breakpoint
-- Triggers fire only for organizations whose playbooks are not paused (organizations.automations_paused):
-- an event written during a pause fires nothing, as with a paused playbook.
-- A move made by a playbook runs with masir.automation_depth (how many playbook moves led to it)
-- and masir.automation_id (the playbook) set for its transaction: that playbook does not fire again
-- for the customer, and past depth 3 nothing does, so playbooks cannot trigger each other forever.
CREATE OR REPLACE FUNCTION automation_record_stage_entered() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  depth integer := coalesce(nullif(current_setting('masir.automation_depth', true), '')::integer, 0);
  source uuid := nullif(current_setting('masir.automation_id', true), '')::uuid;
BEGIN
  IF depth > 3 THEN
    RETURN NULL;
  END IF;
  INSERT INTO automation_firings (org_id, automation_id, customer_id, occurrence, depth)
  SELECT a.org_id, a.id, NEW.customer_id, 'entered:' || NEW.id, depth
  FROM automations a
  JOIN customers c ON c.org_id = NEW.org_id AND c.id = NEW.customer_id
  JOIN organizations o ON o.id = NEW.org_id AND NOT o.automations_paused
  WHERE a.org_id = NEW.org_id AND a.enabled AND a.trigger_type = 'stage_entered' AND a.trigger_stage = NEW.to_key
    AND a.id IS DISTINCT FROM source
    AND automation_filter_matches(a.filter, c.org_id, c.stage_key, c.channel, c.owner_id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

--> statement-breakpoint
CREATE OR REPLACE TRIGGER automation_stage_entered AFTER INSERT ON stage_events
FOR EACH ROW EXECUTE FUNCTION automation_record_stage_entered();

--> statement-breakpoint
-- feedback_received: whoever records a score (page, API, import, seed) writes the firing with it;
-- once per feedback row. Bounds left out of the trigger accept any score.
CREATE OR REPLACE FUNCTION automation_record_feedback_received() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO automation_firings (org_id, automation_id, customer_id, occurrence)
  SELECT a.org_id, a.id, NEW.customer_id, 'feedback:' || NEW.id
  FROM automations a
  JOIN customers c ON c.org_id = NEW.org_id AND c.id = NEW.customer_id
  JOIN organizations o ON o.id = NEW.org_id AND NOT o.automations_paused
  WHERE a.org_id = NEW.org_id AND a.enabled AND a.trigger_type = 'feedback_received'
    AND NEW.score >= coalesce((a.trigger->>'minScore')::int, 0)
    AND NEW.score <= coalesce((a.trigger->>'maxScore')::int, 10)
    AND automation_filter_matches(a.filter, c.org_id, c.stage_key, c.channel, c.owner_id)
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END $$;

--> statement-breakpoint
CREATE OR REPLACE TRIGGER automation_feedback_received AFTER INSERT ON feedback
FOR EACH ROW EXECUTE FUNCTION automation_record_feedback_received();
