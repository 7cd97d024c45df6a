CREATE TABLE "team_conversion_days" (
	"org_id" uuid NOT NULL,
	"owner_id" uuid NOT NULL,
	"month" date NOT NULL,
	"days" integer NOT NULL,
	"conversions" integer NOT NULL,
	CONSTRAINT "team_conversion_days_org_id_owner_id_month_days_pk" PRIMARY KEY("org_id","owner_id","month","days")
);
--> statement-breakpoint
DROP INDEX "team_conversions_org_at_idx";--> statement-breakpoint
ALTER TABLE "team_conversion_days" ADD CONSTRAINT "team_conversion_days_org_id_owner_id_users_org_id_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;