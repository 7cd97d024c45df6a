CREATE TABLE "journey_stage_notes" (
	"org_id" uuid NOT NULL,
	"id" uuid DEFAULT gen_random_uuid() NOT NULL,
	"stage_key" text NOT NULL,
	"locale" text,
	"goal" text NOT NULL,
	"need" text NOT NULL,
	"opportunities" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "journey_stage_notes_org_id_id_pk" PRIMARY KEY("org_id","id"),
	CONSTRAINT "journey_stage_notes_locale" CHECK ("journey_stage_notes"."locale" in ('he', 'fa', 'en')),
	CONSTRAINT "journey_stage_notes_length" CHECK (length("journey_stage_notes"."goal") <= 2000 and length("journey_stage_notes"."need") <= 2000 and length("journey_stage_notes"."opportunities") <= 2000)
);
--> statement-breakpoint
ALTER TABLE "journey_stage_notes" ADD CONSTRAINT "journey_stage_notes_org_id_stage_key_stages_org_id_key_fk" FOREIGN KEY ("org_id","stage_key") REFERENCES "public"."stages"("org_id","key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_stage_notes" ADD CONSTRAINT "journey_stage_notes_org_id_author_id_users_org_id_id_fk" FOREIGN KEY ("org_id","author_id") REFERENCES "public"."users"("org_id","id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "journey_stage_notes_stage_idx" ON "journey_stage_notes" USING btree ("org_id","stage_key","locale","created_at");--> statement-breakpoint
CREATE INDEX "touchpoints_org_at_idx" ON "touchpoints" USING btree ("org_id","at","customer_id","channel");