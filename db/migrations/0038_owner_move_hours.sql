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
ALTER TABLE "owner_move_hours" ADD CONSTRAINT "owner_move_hours_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "owner_move_hours_owner_idx" ON "owner_move_hours" USING btree ("org_id","owner_id","hour");--> statement-breakpoint
CREATE UNIQUE INDEX "owner_move_hours_folded_key" ON "owner_move_hours" USING btree ("org_id","owner_id","hour") WHERE "owner_move_hours"."folded";