ALTER TABLE "loyalty_stage_months" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "team_months" ADD COLUMN "id" uuid DEFAULT gen_random_uuid() NOT NULL;--> statement-breakpoint
ALTER TABLE "loyalty_stage_months" ADD CONSTRAINT "loyalty_stage_months_org_id_id_pk" PRIMARY KEY("org_id","id");--> statement-breakpoint
ALTER TABLE "team_months" ADD CONSTRAINT "team_months_org_id_id_pk" PRIMARY KEY("org_id","id");
