DROP INDEX "stage_events_customer_idx";--> statement-breakpoint
DROP INDEX "stage_events_org_at_idx";--> statement-breakpoint
CREATE INDEX "stage_events_customer_idx" ON "stage_events" USING btree ("org_id","customer_id","at","to_key");--> statement-breakpoint
CREATE INDEX "stage_events_org_at_idx" ON "stage_events" USING btree ("org_id","at","customer_id","to_key");