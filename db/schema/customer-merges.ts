import { foreignKey, index, jsonb, pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { customers } from "./customers";
import { users } from "./users";

/** The merged-away customer's profile as it was just before the merge. */
export interface MergedProfile {
  name: string;
  externalId: string | null;
  email: string | null;
  phone: string | null;
  channel: string;
  stageKey: string;
  lost: boolean;
  ownerId: string | null;
  createdAt: string;
}

/** One of its stage events, every column as it was (`to_jsonb` of the stage_events row). */
export interface ArchivedStageEvent {
  id: string;
  from_key: string | null;
  to_key: string;
  at: string;
  actor_id: string | null;
  /** Absent from events archived before playbooks recorded their moves. */
  automation_id?: string | null;
  channel: string | null;
  note: string | null;
  reason: string | null;
  recorded_at: string;
}

/**
 * A merge of two records of one person (see docs/architecture.md, "Merging customers"): the
 * survivor keeps its own stage history; the merged-away customer's is kept here, unchanged, and
 * shown on the survivor's timeline. The merged-away customer row is deleted (so no FK on
 * `mergedId`); a later merge of the survivor carries these rows on to the next survivor.
 */
export const customerMerges = pgTable(
  "customer_merges",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    survivorId: uuid("survivor_id").notNull(),
    mergedId: uuid("merged_id").notNull(),
    merged: jsonb("merged").$type<MergedProfile>().notNull(),
    events: jsonb("events").$type<ArchivedStageEvent[]>().notNull(),
    actorId: uuid("actor_id"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.survivorId], foreignColumns: [customers.orgId, customers.id] }),
    foreignKey({ columns: [t.orgId, t.actorId], foreignColumns: [users.orgId, users.id] }),
    index("customer_merges_survivor_idx").on(t.orgId, t.survivorId, t.at),
  ],
);

export type CustomerMerge = typeof customerMerges.$inferSelect;
