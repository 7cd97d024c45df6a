CREATE TABLE "loyalty_feedback_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"stage_key" text NOT NULL,
	"promoters" integer NOT NULL,
	"passives" integer NOT NULL,
	"detractors" integer NOT NULL,
	CONSTRAINT "loyalty_feedback_months_org_id_month_stage_key_pk" PRIMARY KEY("org_id","month","stage_key")
);
--> statement-breakpoint
CREATE TABLE "loyalty_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"buyers" integer DEFAULT 0 NOT NULL,
	"repeat_buyers" integer DEFAULT 0 NOT NULL,
	"new_buyers" integer DEFAULT 0 NOT NULL,
	"returning_buyers" integer DEFAULT 0 NOT NULL,
	"resurrecting_buyers" integer DEFAULT 0 NOT NULL,
	"dormant_buyers" integer DEFAULT 0 NOT NULL,
	"purchases" integer DEFAULT 0 NOT NULL,
	"revenue_minor" bigint DEFAULT 0 NOT NULL,
	"referrals" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "loyalty_months_org_id_month_pk" PRIMARY KEY("org_id","month")
);
--> statement-breakpoint
CREATE TABLE "loyalty_stage_months" (
	"org_id" uuid NOT NULL,
	"month" date NOT NULL,
	"stage_key" text NOT NULL,
	"entered" integer NOT NULL,
	"exited" integer NOT NULL,
	"lost_from" integer NOT NULL,
	CONSTRAINT "loyalty_stage_months_org_id_month_stage_key_pk" PRIMARY KEY("org_id","month","stage_key")
);
--> statement-breakpoint
CREATE TABLE "retention_cells" (
	"org_id" uuid NOT NULL,
	"cohort_month" date NOT NULL,
	"k" smallint NOT NULL,
	"active" integer NOT NULL,
	"active_or_after" integer NOT NULL,
	CONSTRAINT "retention_cells_org_id_cohort_month_k_pk" PRIMARY KEY("org_id","cohort_month","k")
);
--> statement-breakpoint
CREATE TABLE "retention_customer_months" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"month" date NOT NULL,
	"purchases" integer NOT NULL,
	"amount_minor" bigint NOT NULL,
	CONSTRAINT "retention_customer_months_org_id_customer_id_month_pk" PRIMARY KEY("org_id","customer_id","month")
);
--> statement-breakpoint
CREATE TABLE "team_conversions" (
	"org_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"owner_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"ms_to_convert" bigint NOT NULL,
	CONSTRAINT "team_conversions_org_id_event_id_pk" PRIMARY KEY("org_id","event_id")
);
--> statement-breakpoint
CREATE TABLE "team_months" (
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"month" date NOT NULL,
	"moves" integer NOT NULL,
	CONSTRAINT "team_months_org_id_user_id_month_pk" PRIMARY KEY("org_id","user_id","month")
);
--> statement-breakpoint
ALTER TABLE "loyalty_feedback_months" ADD CONSTRAINT "loyalty_feedback_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_months" ADD CONSTRAINT "loyalty_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loyalty_stage_months" ADD CONSTRAINT "loyalty_stage_months_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_cells" ADD CONSTRAINT "retention_cells_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "retention_customer_months" ADD CONSTRAINT "retention_customer_months_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_conversions" ADD CONSTRAINT "team_conversions_org_id_event_id_stage_events_org_id_id_fk" FOREIGN KEY ("org_id","event_id") REFERENCES "public"."stage_events"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_conversions" ADD CONSTRAINT "team_conversions_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_conversions" ADD CONSTRAINT "team_conversions_org_id_owner_id_users_org_id_id_fk" FOREIGN KEY ("org_id","owner_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "team_months" ADD CONSTRAINT "team_months_org_id_user_id_users_org_id_id_fk" FOREIGN KEY ("org_id","user_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "team_conversions_org_at_idx" ON "team_conversions" USING btree ("org_id","at","owner_id","ms_to_convert");--> statement-breakpoint
CREATE INDEX "team_conversions_customer_idx" ON "team_conversions" USING btree ("org_id","customer_id");