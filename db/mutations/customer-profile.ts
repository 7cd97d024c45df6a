import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { invalid, notFound, versionConflict } from "@/core/errors";
import type { Db } from "../client";
import { uniqueViolation } from "../pg-errors";
import { customers, type Channel } from "../schema";
import { assertActiveUser } from "./customer-references";

export interface ProfilePatch {
  name?: string;
  email?: string | null;
  phone?: string | null;
  phoneE164?: string | null;
  channel?: Channel;
  birthday?: string | null;
  externalId?: string | null;
  doNotContact?: boolean;
}

/**
 * Consent columns for a patch: the date and who set it change only when the flag does (saving the
 * profile again keeps when and by whom the customer was marked).
 */
function consent(doNotContact: boolean | undefined, actorId: string | null) {
  if (doNotContact === undefined) return {};
  const changed = sql`${customers.doNotContact} is distinct from ${doNotContact}`;
  return {
    doNotContact,
    doNotContactAt: sql`case when ${changed} then ${doNotContact ? sql`now()` : sql`null`} else ${customers.doNotContactAt} end`,
    doNotContactById: sql`case when ${changed} then ${doNotContact ? actorId : null}::uuid else ${customers.doNotContactById} end`,
  };
}

/**
 * Edits the profile under the same version check as moves: an edit made on a stale copy is refused.
 * An external id another customer of the organization holds is a field error.
 */
export async function updateCustomerProfile(
  db: Db,
  input: { orgId: string; ownerId?: string; id: string; version: number; patch: ProfilePatch; actorId?: string | null },
) {
  const { doNotContact, ...patch } = input.patch;
  const scope = and(eq(customers.orgId, input.orgId), eq(customers.id, input.id), input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined);
  const [row] = await db
    .update(customers)
    .set({ ...patch, ...consent(doNotContact, input.actorId ?? null), version: sql`${customers.version} + 1`, updatedAt: new Date() })
    .where(and(scope, eq(customers.version, input.version)))
    .returning()
    .catch((error: unknown) => {
      if (uniqueViolation(error) === "customers_external_id_key") throw invalid({ externalId: ["external_id_taken"] });
      throw error;
    });
  if (row) return row;
  const [current] = await db.select({ version: customers.version }).from(customers).where(scope);
  throw current ? versionConflict(current.version) : notFound();
}

/** Hands customers to another active user of the same organization. */
export async function reassignCustomers(db: Db, input: { orgId: string; ids: string[]; ownerId: string }) {
  return db.transaction(async (tx) => {
    await assertActiveUser(tx, { orgId: input.orgId, userId: input.ownerId, field: "ownerId" });
    const rows = await tx
      .update(customers)
      .set({ ownerId: input.ownerId, version: sql`${customers.version} + 1`, updatedAt: new Date() })
      .where(and(eq(customers.orgId, input.orgId), inArray(customers.id, input.ids)))
      .returning({ id: customers.id });
    return rows.length;
  });
}
