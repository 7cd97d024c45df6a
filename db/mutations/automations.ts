import "server-only";
import { and, eq, sql } from "drizzle-orm";
import type { AutomationInput } from "@/core/automation/rules";
import type { Db } from "../client";
import { automations, automationTriggerColumns, type Automation } from "../schema";

export async function createAutomation(db: Db, { orgId, userId, input }: { orgId: string; userId: string; input: AutomationInput }): Promise<Automation> {
  const [row] = await db
    .insert(automations)
    .values({ orgId, createdBy: userId, ...input, ...automationTriggerColumns(input.trigger) })
    .returning();
  if (!row) throw new Error("automation insert returned nothing");
  return row;
}

export async function updateAutomation(db: Db, { orgId, id, input }: { orgId: string; id: string; input: Partial<AutomationInput> }): Promise<Automation | null> {
  const [row] = await db
    .update(automations)
    .set({ ...input, ...(input.trigger ? automationTriggerColumns(input.trigger) : {}), updatedAt: sql`now()` })
    .where(and(eq(automations.orgId, orgId), eq(automations.id, id)))
    .returning();
  return row ?? null;
}

/** Deletes the playbook and its run log; the tasks it made stay (they name it by id only). */
export async function deleteAutomation(db: Db, { orgId, id }: { orgId: string; id: string }): Promise<boolean> {
  const rows = await db.delete(automations).where(and(eq(automations.orgId, orgId), eq(automations.id, id))).returning({ id: automations.id });
  return rows.length > 0;
}
