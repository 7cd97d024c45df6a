CREATE TABLE "assignee_open_tasks" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"assignee_id" uuid NOT NULL,
	"tasks" integer NOT NULL,
	"folded" boolean DEFAULT false NOT NULL,
	CONSTRAINT "assignee_open_tasks_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
ALTER TABLE "assignee_open_tasks" ADD CONSTRAINT "assignee_open_tasks_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assignee_open_tasks_assignee_idx" ON "assignee_open_tasks" USING btree ("org_id","assignee_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assignee_open_tasks_folded_key" ON "assignee_open_tasks" USING btree ("org_id","assignee_id") WHERE "assignee_open_tasks"."folded";