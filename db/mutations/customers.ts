import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { invalid, notFound, versionConflict } from "@/lib/errors";
import type { Db } from "../client";
import { customers, LOST, stageEvents, stages, users, type Channel, type CustomerExtra } from "../schema";

export interface NewCustomerInput {
  orgId: string;
  actorId: string;
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
}

/**
 * Creates a customer with its first stage event. Idempotent on `externalId`: a second call with the
 * same one returns the existing customer untouched (`created: false`).
 */
export async function createCustomer(db: Db, input: NewCustomerInput) {
  return db.transaction(async (tx) => {
    if (input.externalId) {
      const [existing] = await tx
        .select()
        .from(customers)
        .where(and(eq(customers.orgId, input.orgId), eq(customers.externalId, input.externalId)));
      if (existing) return { customer: existing, created: false };
    }
    const at = input.at ?? new Date();
    if (at.getTime() > Date.now()) throw invalid({ at: ["in_future"] });
    const stageKey = await startingStage(tx, input.orgId, input.stage);
    await assertSameOrg(tx, input);

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
      const [winner] = await tx
        .select()
        .from(customers)
        .where(and(eq(customers.orgId, input.orgId), eq(customers.externalId, input.externalId ?? "")));
      if (!winner) throw new Error("customer insert returned nothing");
      return { customer: winner, created: false };
    }
    await tx.insert(stageEvents).values({
      orgId: input.orgId,
      customerId: customer.id,
      fromKey: null,
      toKey: stageKey,
      at,
      actorId: input.actorId,
      channel: customer.channel,
    });
    return { customer, created: true };
  });
}

async function startingStage(tx: Db, orgId: string, requested?: string): Promise<string> {
  const live = await tx
    .select({ key: stages.key, journey: stages.journey })
    .from(stages)
    .where(and(eq(stages.orgId, orgId), isNull(stages.archivedAt)))
    .orderBy(asc(stages.position));
  if (requested === LOST) throw invalid({ stage: ["unknown_stage"] });
  if (requested) {
    if (!live.some((s) => s.key === requested)) throw invalid({ stage: ["unknown_stage"] });
    return requested;
  }
  const first = live.find((s) => s.journey === "acquisition") ?? live[0];
  if (!first) throw invalid({ stage: ["no_stages"] });
  return first.key;
}

/** Owner and referrer must belong to the same organization (the composite FKs enforce it too). */
async function assertSameOrg(tx: Db, input: NewCustomerInput) {
  if (input.ownerId) {
    const [owner] = await tx
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.orgId, input.orgId), eq(users.id, input.ownerId), isNull(users.disabledAt)));
    if (!owner) throw invalid({ ownerId: ["unknown_user"] });
  }
  if (input.referredById) {
    const [referrer] = await tx
      .select({ id: customers.id })
      .from(customers)
      .where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.referredById)));
    if (!referrer) throw invalid({ referredById: ["unknown_customer"] });
  }
}

export interface ProfilePatch {
  name?: string;
  email?: string | null;
  phone?: string | null;
  phoneE164?: string | null;
  channel?: Channel;
  birthday?: string | null;
  externalId?: string | null;
}

/** Edits the profile under the same version check as moves: an edit made on a stale copy is refused. */
export async function updateCustomerProfile(
  db: Db,
  input: { orgId: string; ownerId?: string; id: string; version: number; patch: ProfilePatch },
) {
  const [row] = await db
    .update(customers)
    .set({ ...input.patch, version: sql`${customers.version} + 1`, updatedAt: new Date() })
    .where(
      and(
        eq(customers.orgId, input.orgId),
        eq(customers.id, input.id),
        eq(customers.version, input.version),
        input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined,
      ),
    )
    .returning();
  if (row) return row;
  const [current] = await db
    .select({ version: customers.version })
    .from(customers)
    .where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.id), input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined));
  throw current ? versionConflict(current.version) : notFound();
}

/** Hands customers to another active user of the same organization. */
export async function reassignCustomers(db: Db, input: { orgId: string; ids: string[]; ownerId: string }) {
  return db.transaction(async (tx) => {
    await assertSameOrg(tx, { orgId: input.orgId, ownerId: input.ownerId, actorId: input.ownerId, name: "" });
    const rows = await tx
      .update(customers)
      .set({ ownerId: input.ownerId, version: sql`${customers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(customers.orgId, input.orgId), inArray(customers.id, input.ids)))
      .returning({ id: customers.id });
    return rows.length;
  });
}
