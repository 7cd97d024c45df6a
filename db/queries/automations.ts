import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client";
import { automationFirings, automations, customers, organizations, type FiringStatus } from "../schema";

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

/** Where a page of the run log ends: a firing's time to the microsecond (a run fires many at one instant) and its id. */
export interface RunCursor {
  micros: string;
  id: string;
}

/**
 * The run log, newest first, with each customer's name; `status` keeps only the firings in that
 * state (pending: not run yet), `before` starts after a page's last firing (keyset over the log index).
 */
export async function listFirings(
  db: Db,
  { orgId, automationId, status, before, limit = 100 }: OfOrg & { automationId: string; status?: FiringStatus; before?: RunCursor; limit?: number },
) {
  const f = automationFirings;
  return db
    .select({ firing: f, customerName: customers.name, micros: sql<string>`(extract(epoch from ${f.firedAt}) * 1000000)::bigint::text` })
    .from(f)
    .innerJoin(customers, and(eq(customers.orgId, f.orgId), eq(customers.id, f.customerId)))
    .where(
      and(
        eq(f.orgId, orgId),
        eq(f.automationId, automationId),
        status ? eq(f.status, status) : undefined,
        before ? sql`(${f.firedAt}, ${f.id}) < (timestamptz 'epoch' + ${before.micros}::bigint * interval '1 microsecond', ${before.id}::uuid)` : undefined,
      ),
    )
    .orderBy(desc(f.firedAt), desc(f.id))
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
