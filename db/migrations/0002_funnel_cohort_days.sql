CREATE TABLE "funnel_cohort_days" (
	"org_id" uuid NOT NULL,
	"journey" text NOT NULL,
	"cohort_day" date NOT NULL,
	"channel" text NOT NULL,
	"owner_id" uuid NOT NULL,
	"reached_keys" text[] NOT NULL,
	"customers" integer NOT NULL,
	CONSTRAINT "funnel_cohort_days_org_id_journey_cohort_day_channel_owner_id_reached_keys_pk" PRIMARY KEY("org_id","journey","cohort_day","channel","owner_id","reached_keys")
);
--> statement-breakpoint
ALTER TABLE "funnel_cohort_days" ADD CONSTRAINT "funnel_cohort_days_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funnel_cohort_days_empty_idx" ON "funnel_cohort_days" USING btree ("org_id") WHERE "funnel_cohort_days"."customers" = 0;