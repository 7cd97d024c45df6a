import "server-only";
import { and, asc, eq, isNull } from "drizzle-orm";
import { DomainError, invalid } from "@/core/errors";
import { checkCreate, defaultStartStage, type MoveIssue } from "@/core/journey/transitions";
import type { Db } from "../client";
import { customers, LOST, purchases, stageEvents, stages, type Channel, type Customer, type CustomerExtra } from "../schema";
import { assertActiveUser, assertVisibleCustomer } from "./customer-references";

export interface NewCustomerInput {
  orgId: string;
  /** Null when nobody of the organization made the customer: a visitor who filled a lead form. */
  actorId: string | null;
  /**
   * Set for sales users: the customers they may see are their own. An existing customer with the
   * same external id outside that scope is `external_id_taken`, never shown; so is a referrer.
   */
  scopeOwnerId?: string;
  externalId?: string | null;
  name: string;
  email?: string | null;
  phone?: string | null;
  phoneE164?: string | null;
  channel?: Channel;
  ownerId?: string | null;
  referredById?: string | null;
  extra?: CustomerExtra | null;
  birthday?: string | null;
  /** The stage to start in (default: the first acquisition stage) and when it was entered. */
  stage?: string;
  at?: Date;
  /** What a move into the starting stage could carry: its rules may require them. */
  note?: string | null;
  reason?: string | null;
  purchaseAmountMinor?: number | null;
  currency?: string;
}

/** The same answer whether another user holds the id or the caller lost the race to create it. */
const externalIdTaken = () => new DomainError(409, "external_id_taken", { externalId: ["external_id_taken"] });

/**
 * Creates a customer with its first stage event (and a purchase when one is given). Idempotent on
 * `externalId`: a second call with the same one returns the existing customer untouched
 * (`created: false`) when the caller may see it, and `external_id_taken` when not. The starting
 * stage is checked as a move into it (core/journey/transitions.ts `checkCreate`) and locked like a
 * move's target.
 */
export async function createCustomer(db: Db, input: NewCustomerInput) {
  return db.transaction(async (tx) => {
    if (input.externalId) {
      const existing = await findByExternalId(tx, input.orgId, input.externalId);
      if (existing) return { customer: visibleOrTaken(existing, input), created: false };
    }
    const at = input.at ?? new Date();
    if (at.getTime() > Date.now()) throw invalid({ at: ["in_future"] });
    const stageKey = await lockStartingStage(tx, input);
    if (input.ownerId) await assertActiveUser(tx, { orgId: input.orgId, userId: input.ownerId, field: "ownerId" });
    if (input.referredById) await assertVisibleCustomer(tx, { orgId: input.orgId, ownerId: input.scopeOwnerId, customerId: input.referredById, field: "referredById" });

    const [customer] = await tx
      .insert(customers)
      .values({
        orgId: input.orgId,
        externalId: input.externalId ?? null,
        name: input.name,
        email: input.email ?? null,
        phone: input.phone ?? null,
        phoneE164: input.phoneE164 ?? null,
        channel: input.channel ?? "other",
        extra: input.extra ?? null,
        ownerId: input.ownerId ?? null,
        referredById: input.referredById ?? null,
        birthday: input.birthday ?? null,
        stageKey,
        stageEnteredAt: at,
        lastActivityAt: at,
        createdAt: at,
      })
      .onConflictDoNothing()
      .returning();
    if (!customer) {
      // Another request created the same externalId first: answer as the idempotent repeat.
      const winner = await findByExternalId(tx, input.orgId, input.externalId ?? "");
      if (!winner) throw new Error("customer insert returned nothing");
      return { customer: visibleOrTaken(winner, input), created: false };
    }
    const { orgId, actorId } = input;
    await tx.insert(stageEvents).values({ orgId, customerId: customer.id, fromKey: null, toKey: stageKey, at, actorId, channel: customer.channel, note: input.note ?? null, reason: input.reason ?? null });
    if (input.purchaseAmountMinor) {
      await tx.insert(purchases).values({ orgId, customerId: customer.id, amountMinor: input.purchaseAmountMinor, currency: input.currency ?? "ILS", at });
    }
    return { customer, created: true };
  });
}

async function findByExternalId(tx: Db, orgId: string, externalId: string) {
  const [row] = await tx.select().from(customers).where(and(eq(customers.orgId, orgId), eq(customers.externalId, externalId)));
  return row;
}

function visibleOrTaken(existing: Customer, input: NewCustomerInput): Customer {
  if (input.scopeOwnerId && existing.ownerId !== input.scopeOwnerId) throw externalIdTaken();
  return existing;
}

/**
 * The stage the customer starts in, checked against its rules and then locked `for share` as a move
 * locks its target: an archive of it waits for this transaction (and then finds the customer in
 * the stage), or, committed first, leaves this read empty.
 */
async function lockStartingStage(tx: Db, input: NewCustomerInput): Promise<string> {
  if (input.stage === LOST) throw invalid({ stage: ["unknown_stage"] });
  const rules = await tx.select().from(stages).where(eq(stages.orgId, input.orgId)).orderBy(asc(stages.position));
  const start = defaultStartStage(rules);
  if (!start) throw invalid({ stage: ["no_stages"] });
  const to = input.stage ?? start.key;
  const issues = checkCreate(rules, start.key, { to, note: input.note, reason: input.reason, purchaseAmountMinor: input.purchaseAmountMinor, customer: { email: input.email ?? null, phone: input.phone ?? null } });
  if (issues.length > 0) throw invalid(createIssueErrors(issues));
  const [live] = await tx
    .select({ key: stages.key })
    .from(stages)
    .where(and(eq(stages.orgId, input.orgId), eq(stages.key, to), isNull(stages.archivedAt)))
    .for("share");
  if (!live) throw invalid({ stage: ["archived_stage"] });
  return to;
}

/** Rule issues as field errors of a create, where the stage is the `stage` field (a move's `to`). */
function createIssueErrors(issues: MoveIssue[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) (errors[issue.field === "to" ? "stage" : issue.field] ??= []).push(issue.code);
  return errors;
}
