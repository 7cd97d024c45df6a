-- Before the index: of several imports running in one organization, the latest active one keeps running, the rest wait their turn.
UPDATE "imports" SET "status" = 'waiting', "worker" = NULL
WHERE "status" = 'running' AND ("org_id", "id") NOT IN (
  SELECT DISTINCT ON ("org_id") "org_id", "id" FROM "imports" WHERE "status" = 'running' ORDER BY "org_id", "updated_at" DESC
);--> statement-breakpoint
CREATE UNIQUE INDEX "imports_one_running_per_org" ON "imports" USING btree ("org_id") WHERE "imports"."status" = 'running';
