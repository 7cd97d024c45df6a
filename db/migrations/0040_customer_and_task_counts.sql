CREATE TABLE "assignee_open_tasks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignee_id" uuid NOT NULL,
	"tasks" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "assignee_open_tasks_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "customer_stage_counts" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"stage_key" text NOT NULL,
	"lost" boolean NOT NULL,
	"customers" integer NOT NULL,
	"purchases_minor" bigint NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "customer_stage_counts_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "owner_move_hours" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"owner_id" uuid NOT NULL,
	"hour" timestamp with time zone NOT NULL,
	"moves" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "owner_move_hours_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
DROP INDEX "tasks_assignee_open_idx";--> statement-breakpoint
ALTER TABLE "assignee_open_tasks" ADD CONSTRAINT "assignee_open_tasks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "customer_stage_counts" ADD CONSTRAINT "customer_stage_counts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "owner_move_hours" ADD CONSTRAINT "owner_move_hours_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignee_open_tasks_assignee_idx" ON "assignee_open_tasks" USING btree ("org_id","assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignee_open_tasks_folded_key" ON "assignee_open_tasks" USING btree ("org_id","assignee_id") WHERE "assignee_open_tasks"."folded";--> statement-breakpoint
CREATE INDEX "customer_stage_counts_owner_idx" ON "customer_stage_counts" USING btree ("org_id","owner_id","stage_key","lost");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_stage_counts_folded_key" ON "customer_stage_counts" USING btree ("org_id","owner_id","stage_key","lost") WHERE "customer_stage_counts"."folded";--> statement-breakpoint
CREATE INDEX "owner_move_hours_owner_idx" ON "owner_move_hours" USING btree ("org_id","owner_id","hour");--> statement-breakpoint
CREATE UNIQUE INDEX "owner_move_hours_folded_key" ON "owner_move_hours" USING btree ("org_id","owner_id","hour") WHERE "owner_move_hours"."folded";--> statement-breakpoint
CREATE INDEX "tasks_assignee_open_idx" ON "tasks" USING btree ("org_id","assignee_id","due_on","created_at" DESC NULLS FIRST,"id") WHERE "tasks"."done_at" is null;