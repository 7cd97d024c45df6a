DROP INDEX "customers_org_stage_idx";--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "purchases_minor" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_org_owner_stage_idx" ON "customers" USING btree ("org_id","owner_id","stage_key","lost","purchases_minor");--> statement-breakpoint
CREATE INDEX "customers_org_owner_activity_idx" ON "customers" USING btree ("org_id","owner_id","lost","last_activity_at","id");--> statement-breakpoint
CREATE INDEX "customers_org_birthday_idx" ON "customers" USING btree ("org_id",(extract(month from "birthday") * 100 + extract(day from "birthday")),"owner_id","name","id") WHERE "customers"."birthday" is not null;--> statement-breakpoint
CREATE INDEX "customers_org_stage_idx" ON "customers" USING btree ("org_id","stage_key","lost","stage_entered_at","id","purchases_minor");