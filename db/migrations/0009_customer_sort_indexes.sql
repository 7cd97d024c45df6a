CREATE INDEX "customers_org_name_idx" ON "customers" USING btree ("org_id","name","id");--> statement-breakpoint
CREATE INDEX "customers_org_entered_idx" ON "customers" USING btree ("org_id","stage_entered_at","id");--> statement-breakpoint
CREATE INDEX "customers_org_activity_idx" ON "customers" USING btree ("org_id","last_activity_at","id");