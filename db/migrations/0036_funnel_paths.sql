CREATE TABLE "funnel_path_stage_orders" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"stage_order" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "funnel_paths" (
	"org_id" uuid NOT NULL,
	"customer_id" uuid NOT NULL,
	"journey" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"channel" text NOT NULL,
	"owner_id" uuid,
	"strict_at" timestamp with time zone[] NOT NULL,
	"any_at" timestamp with time zone[] NOT NULL,
	CONSTRAINT "funnel_paths_org_id_customer_id_journey_pk" PRIMARY KEY("org_id","customer_id","journey")
);
--> statement-breakpoint
ALTER TABLE "funnel_path_stage_orders" ADD CONSTRAINT "funnel_path_stage_orders_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "funnel_paths" ADD CONSTRAINT "funnel_paths_org_id_customer_id_customers_org_id_id_fk" FOREIGN KEY ("org_id","customer_id") REFERENCES "public"."customers"("org_id","id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "funnel_paths_started_idx" ON "funnel_paths" USING btree ("org_id","journey","started_at");