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
ALTER TABLE "customer_stage_counts" ADD CONSTRAINT "customer_stage_counts_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "customer_stage_counts_owner_idx" ON "customer_stage_counts" USING btree ("org_id","owner_id","stage_key","lost");--> statement-breakpoint
CREATE UNIQUE INDEX "customer_stage_counts_folded_key" ON "customer_stage_counts" USING btree ("org_id","owner_id","stage_key","lost") WHERE "customer_stage_counts"."folded";