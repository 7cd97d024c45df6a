import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { channels, type LeadFormField, type Locale } from "@/core/constants";
import { organizations } from "./organizations";
import { stages } from "./stages";
import { users } from "./users";

/**
 * A lead-capture form, filled by visitors on its public page (`/{locale}/f/{id}`). New customers
 * start in `stageKey` (null: the journey's first stage) owned by `assigneeId`, or, when that is
 * null, by the organization's sales users in turn: `assignedCount` counts the turns taken, bumped
 * under the row's lock so concurrent submissions never take the same one.
 */
export const leadForms = pgTable(
  "lead_forms",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    fields: jsonb("fields").$type<LeadFormField[]>().notNull(),
    stageKey: text("stage_key"),
    channel: text("channel", { enum: channels }).notNull().default("website"),
    assigneeId: uuid("assignee_id"),
    assignedCount: integer("assigned_count").notNull().default(0),
    thankYou: jsonb("thank_you").$type<Partial<Record<Locale, string>>>().notNull().default({}),
    /** The form referral links open; at most one per organization. */
    isDefault: boolean("is_default").notNull().default(false),
    /** Closed: the public page and submissions answer 404; kept because touchpoints name it. The default form is never archived. */
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId], foreignColumns: [organizations.id] }),
    foreignKey({ columns: [t.orgId, t.stageKey], foreignColumns: [stages.orgId, stages.key] }),
    foreignKey({ columns: [t.orgId, t.assigneeId], foreignColumns: [users.orgId, users.id] }),
    uniqueIndex("lead_forms_default_key").on(t.orgId).where(sql`${t.isDefault}`),
    // The public page knows only the form's id.
    index("lead_forms_id_idx").on(t.id),
  ],
);

/**
 * Rate budgets of the public endpoints (per client address, per form), one token bucket per key as
 * in core/api/rate-limit.ts. Not tenant data: a visitor belongs to no organization, so, like
 * sign_in_throttles, it has no org_id (a local table on a Citus coordinator).
 */
export const publicRateLimits = pgTable("public_rate_limits", {
  key: text("key").primaryKey(),
  refilledAt: timestamp("refilled_at", { withTimezone: true }).notNull(),
});

export type LeadForm = typeof leadForms.$inferSelect;
