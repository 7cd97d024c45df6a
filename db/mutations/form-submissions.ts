import "server-only";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { notFound } from "@/core/errors";
import type { Db } from "../client";
import { findDuplicates } from "../queries/customer-duplicates";
import { customers, leadForms, touchpoints, users, type LeadForm } from "../schema";
import { createCustomer } from "./customers";

export interface Attribution {
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  referrerUrl: string | null;
}

export interface LeadSubmission {
  orgId: string;
  formId: string;
  name: string;
  email: string | null;
  phone: string | null;
  /** `phone` in E.164 in the organization's country: what matches an existing customer. */
  phoneE164: string | null;
  question: string | null;
  attribution: Attribution;
  /** The referral code of the link the visitor came through. */
  referralCode: string | null;
  at?: Date;
}

/**
 * Records a lead form submission. A customer of the organization with the same email (any case)
 * or phone (E.164) gets a `form` touchpoint; otherwise a new customer is created through
 * createCustomer (first stage event, so funnels and analytics count it like any other) with the
 * same touchpoint, owned by the form's assignee or the next sales user in turn, and — when they
 * came through a referral link — referred by its customer, who gets a `referral` touchpoint.
 * Submissions with the same email or phone take turns (a transaction lock on each), so two at
 * once never make two customers.
 */
export async function submitLeadForm(db: Db, input: LeadSubmission): Promise<{ customerId: string; created: boolean }> {
  const at = input.at ?? new Date();
  return db.transaction(async (tx) => {
    const [form] = await tx.select().from(leadForms).where(and(eq(leadForms.orgId, input.orgId), eq(leadForms.id, input.formId)));
    if (!form || form.archivedAt) throw notFound();
    await lockContacts(tx, input);
    const [existing] = await findDuplicates(tx, { orgId: input.orgId, email: input.email, phoneE164: input.phoneE164, limit: 1 });
    const touchpoint = { orgId: input.orgId, channel: form.channel, kind: "form" as const, at, note: input.question, formId: form.id, ...input.attribution };
    if (existing) {
      await addTouchpoints(tx, [{ ...touchpoint, customerId: existing.id }]);
      return { customerId: existing.id, created: false };
    }
    const referrer = input.referralCode ? await findReferrer(tx, input.orgId, input.referralCode) : undefined;
    const ownerId = form.assigneeId ?? (await nextSalesUser(tx, form));
    const { customer } = await createCustomer(tx, {
      orgId: input.orgId,
      actorId: null,
      name: input.name,
      email: input.email,
      phone: input.phone,
      phoneE164: input.phoneE164,
      channel: referrer ? "referral" : form.channel,
      ownerId,
      referredById: referrer?.id ?? null,
      stage: form.stageKey ?? undefined,
      at,
    });
    const referral = referrer ? [{ orgId: input.orgId, customerId: referrer.id, channel: "referral" as const, kind: "referral" as const, at, note: null, formId: form.id }] : [];
    await addTouchpoints(tx, [{ ...touchpoint, customerId: customer.id }, ...referral]);
    return { customerId: customer.id, created: true };
  });
}

/** Transaction locks on the email and the phone, always in that order, so submissions of one person queue instead of racing. */
async function lockContacts(tx: Db, { orgId, email, phoneE164 }: LeadSubmission) {
  const keys = [email ? `lead:${orgId}:email:${email.toLowerCase()}` : null, phoneE164 ? `lead:${orgId}:phone:${phoneE164}` : null];
  for (const key of keys) if (key) await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
}

async function findReferrer(tx: Db, orgId: string, code: string) {
  const [row] = await tx.select({ id: customers.id }).from(customers).where(and(eq(customers.orgId, orgId), eq(customers.referralCode, code)));
  return row;
}

/**
 * The next active sales user in the form's round robin (by when they joined), or null when the
 * organization has none. The turn counter is bumped under the form row's lock, held to the end of
 * the transaction: concurrent submissions take consecutive turns, never the same one.
 */
async function nextSalesUser(tx: Db, form: LeadForm): Promise<string | null> {
  const [bumped] = await tx
    .update(leadForms)
    .set({ assignedCount: sql`${leadForms.assignedCount} + 1` })
    .where(and(eq(leadForms.orgId, form.orgId), eq(leadForms.id, form.id)))
    .returning({ count: leadForms.assignedCount });
  const sales = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, form.orgId), eq(users.role, "sales"), isNull(users.disabledAt)))
    .orderBy(asc(users.createdAt), asc(users.id));
  if (!bumped || sales.length === 0) return null;
  return sales[(bumped.count - 1) % sales.length]?.id ?? null;
}

type NewTouchpoint = typeof touchpoints.$inferInsert;

/** A contact counts as activity: each customer's staleness clock restarts. */
async function addTouchpoints(tx: Db, rows: NewTouchpoint[]) {
  await tx.insert(touchpoints).values(rows);
  for (const row of rows) {
    await tx
      .update(customers)
      .set({ lastActivityAt: sql`greatest(${customers.lastActivityAt}, ${row.at.toISOString()}::timestamptz)` })
      .where(and(eq(customers.orgId, row.orgId), eq(customers.id, row.customerId)));
  }
}
