import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { notFound } from "@/core/errors";
import type { Db } from "../client";
import { leadForms, type LeadForm } from "../schema";
import { assertActiveUser } from "./customer-references";

export type LeadFormInput = Pick<LeadForm, "name" | "fields" | "stageKey" | "channel" | "assigneeId" | "thankYou" | "isDefault">;

/**
 * Saves a new form; the organization's first form becomes its default (referral links need one), and
 * a form made the default takes the flag from the previous one in the same transaction.
 */
export async function insertLeadForm(db: Db, { orgId, form }: { orgId: string; form: LeadFormInput }) {
  return db.transaction(async (tx) => {
    if (form.assigneeId) await assertActiveUser(tx, { orgId, userId: form.assigneeId, field: "assignment" });
    const [existing] = await tx.select({ id: leadForms.id }).from(leadForms).where(eq(leadForms.orgId, orgId)).limit(1).for("update");
    const isDefault = form.isDefault || !existing;
    if (isDefault) await tx.update(leadForms).set({ isDefault: false }).where(and(eq(leadForms.orgId, orgId), eq(leadForms.isDefault, true)));
    const [row] = await tx.insert(leadForms).values({ ...form, orgId, isDefault }).returning();
    if (!row) throw new Error("lead form insert returned nothing");
    return row;
  });
}

/** Replaces a form's settings. Clearing the default flag is ignored: the organization keeps a default until another form takes it. */
export async function updateLeadForm(db: Db, { orgId, id, form }: { orgId: string; id: string; form: LeadFormInput }) {
  return db.transaction(async (tx) => {
    if (form.assigneeId) await assertActiveUser(tx, { orgId, userId: form.assigneeId, field: "assignment" });
    const [current] = await tx.select().from(leadForms).where(and(eq(leadForms.orgId, orgId), eq(leadForms.id, id))).for("update");
    if (!current) throw notFound();
    const isDefault = form.isDefault || current.isDefault;
    if (isDefault && !current.isDefault) {
      await tx.update(leadForms).set({ isDefault: false }).where(and(eq(leadForms.orgId, orgId), eq(leadForms.isDefault, true), ne(leadForms.id, id)));
    }
    const [row] = await tx
      .update(leadForms)
      .set({ ...form, isDefault, updatedAt: new Date() })
      .where(and(eq(leadForms.orgId, orgId), eq(leadForms.id, id)))
      .returning();
    if (!row) throw notFound();
    return row;
  });
}
