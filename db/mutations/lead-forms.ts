import "server-only";
import { and, eq, ne } from "drizzle-orm";
import { DomainError, notFound } from "@/core/errors";
import type { Db } from "../client";
import { leadForms, type LeadForm } from "../schema";
import { assertActiveUser } from "./customer-references";
import { lockOrganization } from "./settings-lock";

export type LeadFormInput = Pick<LeadForm, "name" | "fields" | "stageKey" | "channel" | "assigneeId" | "thankYou" | "isDefault">;

/** The default form is what referral links open: it stays open until another form takes the flag. */
const defaultForm = () => new DomainError(409, "default_form");
/** A closed form cannot become the default (referral links would open a closed form). */
const archivedForm = () => new DomainError(409, "archived_form");

/**
 * Saves a new form; the organization's first form becomes its default (referral links need one), and
 * a form made the default takes the flag from the previous one in the same transaction. Form edits
 * of one organization wait for each other on its row, so two forms created at the same moment see
 * each other: one default, never two (which the unique index would refuse with a 500).
 */
export async function insertLeadForm(db: Db, { orgId, form }: { orgId: string; form: LeadFormInput }) {
  return db.transaction(async (tx) => {
    await lockOrganization(tx, orgId);
    if (form.assigneeId) await assertActiveUser(tx, { orgId, userId: form.assigneeId, field: "assignment" });
    const [existing] = await tx.select({ id: leadForms.id }).from(leadForms).where(eq(leadForms.orgId, orgId)).limit(1);
    const isDefault = form.isDefault || !existing;
    if (isDefault) await tx.update(leadForms).set({ isDefault: false }).where(and(eq(leadForms.orgId, orgId), eq(leadForms.isDefault, true)));
    const [row] = await tx.insert(leadForms).values({ ...form, orgId, isDefault }).returning();
    if (!row) throw new Error("lead form insert returned nothing");
    return row;
  });
}

async function lockedForm(tx: Db, { orgId, id }: { orgId: string; id: string }) {
  await lockOrganization(tx, orgId);
  const [current] = await tx.select().from(leadForms).where(and(eq(leadForms.orgId, orgId), eq(leadForms.id, id)));
  if (!current) throw notFound();
  return current;
}

/** Replaces a form's settings. Clearing the default flag is ignored: the organization keeps a default until another form takes it. */
export async function updateLeadForm(db: Db, { orgId, id, form }: { orgId: string; id: string; form: LeadFormInput }) {
  return db.transaction(async (tx) => {
    const current = await lockedForm(tx, { orgId, id });
    if (form.assigneeId) await assertActiveUser(tx, { orgId, userId: form.assigneeId, field: "assignment" });
    const isDefault = form.isDefault || current.isDefault;
    if (isDefault && !current.isDefault) {
      if (current.archivedAt) throw archivedForm();
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

/**
 * Closes a form (or opens it again). Nothing is deleted: its touchpoints keep naming it. Archiving
 * an archived form keeps its first date; the default form is refused.
 */
export async function setLeadFormArchived(db: Db, { orgId, id, archived, now = new Date() }: { orgId: string; id: string; archived: boolean; now?: Date }) {
  return db.transaction(async (tx) => {
    const current = await lockedForm(tx, { orgId, id });
    if (archived && current.isDefault) throw defaultForm();
    const archivedAt = archived ? (current.archivedAt ?? now) : null;
    const [row] = await tx
      .update(leadForms)
      .set({ archivedAt, updatedAt: now })
      .where(and(eq(leadForms.orgId, orgId), eq(leadForms.id, id)))
      .returning();
    if (!row) throw notFound();
    return row;
  });
}
