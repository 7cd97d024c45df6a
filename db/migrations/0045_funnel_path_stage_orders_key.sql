-- The same key, declared at table level like every tenant table's (tests/unit/schema-keys.test.ts).
ALTER TABLE "funnel_path_stage_orders" DROP CONSTRAINT "funnel_path_stage_orders_pkey";--> statement-breakpoint
ALTER TABLE "funnel_path_stage_orders" ADD CONSTRAINT "funnel_path_stage_orders_org_id_pk" PRIMARY KEY("org_id");
