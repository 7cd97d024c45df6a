import { sql } from "drizzle-orm";
import { boolean, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { ActionResult, AutomationAction, AutomationFilter, AutomationTrigger } from "@/core/automation/rules";
import { automationTriggerTypes, firingStatuses, webhookStatuses } from "@/core/constants";
import { customers } from "./customers";
import { organizations } from "./organizations";
import { users } from "./users";

/** A playbook: one trigger, its actions and an optional filter, run by the engine (lib/automation). */
export const automations = pgTable(
  "automations",
  {
    orgId: uuid("org_id").notNull().references(() => organizations.id),
    id: uuid("id").notNull().defaultRandom(),
    name: text("name").notNull(),
    enabled: boolean("enabled").notNull().default(false),
    /** Copy of trigger.type and trigger.stage: the stage_events trigger finds a stage's playbooks by index. */
    triggerType: text("trigger_type", { enum: automationTriggerTypes }).notNull(),
    triggerStage: text("trigger_stage"),
    trigger: jsonb("trigger").$type<AutomationTrigger>().notNull(),
    actions: jsonb("actions").$type<AutomationAction[]>().notNull(),
    filter: jsonb("filter").$type<AutomationFilter>().notNull().default({}),
    /** Firings one scheduled run may add; the rest wait for the next run. */
    runCap: integer("run_cap").notNull().default(1000),
    createdBy: uuid("created_by"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.createdBy], foreignColumns: [users.orgId, users.id] }),
    index("automations_stage_entered_idx").on(t.orgId, t.triggerStage).where(sql`${t.enabled} and ${t.triggerType} = 'stage_entered'`),
  ],
);

/**
 * One occurrence of a playbook's trigger for one customer: the outbox the engine drains. The unique
 * key (playbook, customer, occurrence) makes every trigger fire at most once per occurrence whoever
 * records it and however often; its actions run in the transaction that marks it done.
 */
export const automationFirings = pgTable(
  "automation_firings",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    automationId: uuid("automation_id").notNull(),
    customerId: uuid("customer_id").notNull(),
    occurrence: text("occurrence").notNull(),
    /** How many playbook moves led to this firing (0: a person's or a schedule's); capped against loops. */
    depth: smallint("depth").notNull().default(0),
    status: text("status", { enum: firingStatuses }).notNull().default("pending"),
    firedAt: timestamp("fired_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
    results: jsonb("results").$type<ActionResult[]>().notNull().default([]),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.automationId], foreignColumns: [automations.orgId, automations.id] }).onDelete("cascade"),
    foreignKey({ columns: [t.orgId, t.customerId], foreignColumns: [customers.orgId, customers.id] }).onDelete("cascade"),
    uniqueIndex("automation_firings_occurrence_key").on(t.orgId, t.automationId, t.customerId, t.occurrence),
    index("automation_firings_pending_idx").on(t.firedAt).where(sql`${t.status} = 'pending'`),
    index("automation_firings_log_idx").on(t.orgId, t.automationId, t.firedAt),
  ],
);

/** One webhook a firing sends: the same id (the `webhook-id` header) on every attempt; each attempt logged. */
export const webhookDeliveries = pgTable(
  "webhook_deliveries",
  {
    orgId: uuid("org_id").notNull(),
    id: uuid("id").notNull().defaultRandom(),
    automationId: uuid("automation_id").notNull(),
    firingId: uuid("firing_id").notNull(),
    url: text("url").notNull(),
    secret: text("secret").notNull(),
    payload: jsonb("payload").$type<Record<string, unknown>>().notNull(),
    /** queued: written with the firing; sent: handed to the job queue; done or failed: finished. */
    status: text("status", { enum: webhookStatuses }).notNull().default("queued"),
    attempts: jsonb("attempts").$type<WebhookAttempt[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgId, t.id] }),
    foreignKey({ columns: [t.orgId, t.firingId], foreignColumns: [automationFirings.orgId, automationFirings.id] }).onDelete("cascade"),
    index("webhook_deliveries_queued_idx").on(t.createdAt).where(sql`${t.status} = 'queued'`),
    index("webhook_deliveries_automation_idx").on(t.orgId, t.automationId, t.createdAt),
  ],
);

export interface WebhookAttempt {
  at: string;
  /** The HTTP status, or null when no answer came (network error, timeout). */
  status: number | null;
  error?: string;
}

/** The columns the stage_events trigger looks playbooks up by, copied from the trigger. */
export function automationTriggerColumns(trigger: AutomationTrigger) {
  return { triggerType: trigger.type, triggerStage: "stage" in trigger ? trigger.stage : null };
}

export type Automation = typeof automations.$inferSelect;
export type NewAutomation = typeof automations.$inferInsert;
export type AutomationFiring = typeof automationFirings.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;
