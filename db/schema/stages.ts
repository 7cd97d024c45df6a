import { sql } from "drizzle-orm";
import { check, foreignKey, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { journeys, transitionRules } from "@/core/constants";
import { organizations } from "./organizations";

/**
 * The organization's ordered stage list. `key` is stable (history refers to it);
 * labels, position and rules may change; archived stages keep their history.
 */
export const stages = pgTable(
  "stages",
  {
    orgId: uuid("org_id").notNull(),
    key: text("key").notNull(),
    position: integer("position").notNull(),
    journey: text("journey", { enum: journeys }).notNull(),
    labelHe: text("label_he").notNull(),
    labelFa: text("label_fa").notNull(),
    labelEn: text("label_en").notNull(),
    transitionRule: text("transition_rule", { enum: transitionRules }).notNull().default("any"),
    requiredFields: text("required_fields").array().notNull().default(sql`'{}'::text[]`),
    idleDays: integer("idle_days").notNull().default(14),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.key] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    check("stages_key_format", sql`${t.key} ~ '^[a-z][a-z0-9_]{0,39}$' and ${t.key} <> 'lost'`),
    check("stages_idle_days_positive", sql`${t.idleDays} > 0`),
    // One stage per position: the stage editor rewrites positions in one transaction, keeping them dense.
    uniqueIndex("stages_org_position_key").on(t.orgId, t.position),
  ],
);

export type Stage = typeof stages.$inferSelect;
export type NewStage = typeof stages.$inferInsert;
