import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { invalid, notFound, versionConflict } from "@/core/errors";
import type { Db } from "../client";
import { customerMerges, customers, feedback, purchases, tasks, touchpoints, type Customer } from "../schema";

export interface MergeInput {
  orgId: string;
  actorId: string;
  /** The customer that stays, at the version the caller saw. */
  survivorId: string;
  version: number;
  /** The customer merged into it and removed. */
  mergedId: string;
}

/**
 * Merges two records of one person (docs/architecture.md, "Merging customers"), in one transaction:
 * - the survivor keeps its own stage history and current stage (each customer's stage events stay
 *   one chain, which the analytics count on); the merged-away customer's stage events move,
 *   unchanged, into a `customer_merges` row that the survivor's timeline shows;
 * - its touchpoints, purchases, feedback and tasks, the customers it referred and earlier merges
 *   into it are repointed to the survivor; the survivor's blank profile fields take its values;
 * - it is deleted. The aggregate triggers recompute every figure in the same transaction.
 * The organization's analytics lock is taken first, before any customer row, as by the writers
 * of several statements the aggregates' triggers expect.
 */
export async function mergeCustomers(db: Db, input: MergeInput): Promise<Customer> {
  if (input.survivorId === input.mergedId) throw invalid({ from: ["same_customer"] });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select analytics_retention_lock(${input.orgId}::uuid)`);
    const pair = await tx
      .select()
      .from(customers)
      .where(and(eq(customers.orgId, input.orgId), sql`${customers.id} in (${input.survivorId}, ${input.mergedId})`))
      .orderBy(customers.id)
      .for("update");
    const survivor = pair.find((c) => c.id === input.survivorId);
    const merged = pair.find((c) => c.id === input.mergedId);
    if (!survivor) throw notFound();
    if (!merged) throw invalid({ from: ["unknown_customer"] });
    if (survivor.version !== input.version) throw versionConflict(survivor.version);

    await archive(tx, input);
    await repoint(tx, input);
    await tx.execute(sql`select team_forget_conversions(${input.orgId}::uuid, array[${input.mergedId}::uuid])`);
    await tx.execute(sql`delete from stage_events where org_id = ${input.orgId} and customer_id = ${input.mergedId}`);
    await tx.delete(customers).where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.mergedId)));
    return fillSurvivor(tx, survivor, merged);
  });
}

/** The merged-away customer's profile and stage events, each column as it was, into customer_merges. */
async function archive(tx: Db, { orgId, actorId, survivorId, mergedId }: MergeInput) {
  await tx.execute(sql`
    insert into ${customerMerges} (org_id, survivor_id, merged_id, merged, events, actor_id)
    select c.org_id, ${survivorId}, c.id,
      jsonb_build_object('name', c.name, 'externalId', c.external_id, 'email', c.email, 'phone', c.phone, 'channel', c.channel,
        'stageKey', c.stage_key, 'lost', c.lost, 'ownerId', c.owner_id, 'createdAt', c.created_at),
      coalesce((select jsonb_agg(to_jsonb(e) - 'org_id' - 'customer_id' order by e.at, e.recorded_at, e.id)
                from stage_events e where e.org_id = c.org_id and e.customer_id = c.id), '[]'::jsonb),
      ${actorId}
    from ${customers} c where c.org_id = ${orgId} and c.id = ${mergedId}`);
}

/** Everything that hangs off the merged-away customer now hangs off the survivor. */
async function repoint(tx: Db, { orgId, survivorId, mergedId }: MergeInput) {
  for (const table of [touchpoints, purchases, feedback, tasks]) {
    await tx.execute(sql`update ${table} set customer_id = ${survivorId} where org_id = ${orgId} and customer_id = ${mergedId}`);
  }
  await tx.execute(sql`update ${customers} set referred_by_id = ${survivorId} where org_id = ${orgId} and referred_by_id = ${mergedId} and id <> ${survivorId}`);
  await tx.execute(sql`update ${customerMerges} set survivor_id = ${survivorId} where org_id = ${orgId} and survivor_id = ${mergedId}`);
}

/**
 * The survivor's profile keeps its values and takes the merged-away customer's where it has none
 * (email, phone, external id, birthday, referrer, other fields); its latest activity is the later
 * of the two. A referrer that would be the survivor itself is dropped. Consent errs on the side of
 * silence: if either record asked not to be contacted, the survivor is not contacted (the
 * merged-away record's links, survey and unsubscribe, go with it).
 */
async function fillSurvivor(tx: Db, survivor: Customer, merged: Customer): Promise<Customer> {
  const ownReferrer = survivor.referredById === merged.id ? null : survivor.referredById;
  const referrer = ownReferrer ?? (merged.referredById === survivor.id ? null : merged.referredById);
  const phone = survivor.phone ? { phone: survivor.phone, phoneE164: survivor.phoneE164 } : { phone: merged.phone, phoneE164: merged.phoneE164 };
  const extra = { ...merged.extra, ...survivor.extra };
  const [row] = await tx
    .update(customers)
    .set({
      email: survivor.email ?? merged.email,
      ...phone,
      externalId: survivor.externalId ?? merged.externalId,
      birthday: survivor.birthday ?? merged.birthday,
      referredById: referrer,
      extra: Object.keys(extra).length > 0 ? extra : null,
      lastActivityAt: survivor.lastActivityAt > merged.lastActivityAt ? survivor.lastActivityAt : merged.lastActivityAt,
      ...(merged.doNotContact && !survivor.doNotContact
        ? { doNotContact: true, doNotContactAt: merged.doNotContactAt, doNotContactById: merged.doNotContactById }
        : {}),
      version: sql`${customers.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(customers.orgId, survivor.orgId), eq(customers.id, survivor.id)))
    .returning();
  if (!row) throw new Error("survivor vanished under its lock");
  return row;
}
