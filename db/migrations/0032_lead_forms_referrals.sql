CREATE TABLE "lead_forms" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"fields" jsonb NOT NULL,
	"stage_key" text,
	"channel" text DEFAULT 'website' NOT NULL,
	"assignee_id" uuid,
	"assigned_count" integer DEFAULT 0 NOT NULL,
	"thank_you" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lead_forms_org_id_id_pk" PRIMARY KEY("org_id","id")
);
--> statement-breakpoint
CREATE TABLE "public_rate_limits" (
	"key" text PRIMARY KEY NOT NULL,
	"refilled_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "referral_code" text;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD COLUMN "form_id" uuid;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD COLUMN "utm_source" text;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD COLUMN "utm_medium" text;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD COLUMN "utm_campaign" text;--> statement-breakpoint
ALTER TABLE "touchpoints" ADD COLUMN "referrer_url" text;--> statement-breakpoint
ALTER TABLE "lead_forms" ADD CONSTRAINT "lead_forms_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_forms" ADD CONSTRAINT "lead_forms_org_id_stage_key_stages_org_id_key_fk" FOREIGN KEY ("org_id","stage_key") REFERENCES "public"."stages"("org_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lead_forms" ADD CONSTRAINT "lead_forms_org_id_assignee_id_users_org_id_id_fk" FOREIGN KEY ("org_id","assignee_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lead_forms_default_key" ON "lead_forms" USING btree ("org_id") WHERE "lead_forms"."is_default";--> statement-breakpoint
CREATE INDEX "lead_forms_id_idx" ON "lead_forms" USING btree ("id");--> statement-breakpoint
CREATE UNIQUE INDEX "customers_referral_code_key" ON "customers" USING btree ("org_id","referral_code");--> statement-breakpoint
CREATE INDEX "customers_referral_code_idx" ON "customers" USING btree ("referral_code") WHERE "customers"."referral_code" is not null;