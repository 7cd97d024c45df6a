import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "../client";
import { automationFirings, automations, organizations, type FiringStatus } from "../schema";

interface OfOrg {
  orgId: string;
}

export async function listAutomations(db: Db, { orgId }: OfOrg) {
  return db.select().from(automations).where(eq(automations.orgId, orgId)).orderBy(automations.createdAt, automations.id);
}

export async function getAutomation(db: Db, { orgId, id }: OfOrg & { id: string }) {
  const [row] = await db.select().from(automations).where(and(eq(automations.orgId, orgId), eq(automations.id, id)));
  return row ?? null;
}

/** The run log, newest first; `status` keeps only the firings in that state (pending: not run yet). */
export async function listFirings(db: Db, { orgId, automationId, status, limit = 100 }: OfOrg & { automationId: string; status?: FiringStatus; limit?: number }) {
  return db
    .select()
    .from(automationFirings)
    .where(and(eq(automationFirings.orgId, orgId), eq(automationFirings.automationId, automationId), status ? eq(automationFirings.status, status) : undefined))
    .orderBy(desc(automationFirings.firedAt), desc(automationFirings.id))
    .limit(limit);
}

const timeTriggerTypes = ["idle_in_stage", "no_contact", "birthday", "holiday", "purchase_anniversary"] as const;

/** Every enabled time-based playbook of every organization whose playbooks are not paused: what one scheduled run evaluates. */
export async function listScheduledAutomations(db: Db) {
  const rows = await db
    .select({ automation: automations })
    .from(automations)
    .innerJoin(organizations, eq(organizations.id, automations.orgId))
    .where(and(eq(automations.enabled, true), inArray(automations.triggerType, timeTriggerTypes), eq(organizations.automationsPaused, false)))
    .orderBy(automations.orgId, automations.id);
  return rows.map((row) => row.automation);
}
