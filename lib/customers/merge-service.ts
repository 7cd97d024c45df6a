import "server-only";
import type { z } from "zod";
import { getDb } from "@/db";
import { mergeCustomers } from "@/db/mutations/customer-merge";
import { findDuplicates, listMerges } from "@/db/queries/customer-duplicates";
import { can } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden } from "@/core/errors";
import { presentMerge } from "./present";
import type { mergeSchema } from "./schemas";

/** Merges `from` into the customer `id` (owners and managers): see db/mutations/customer-merge.ts. */
export async function mergeCustomerFor(user: CurrentUser, id: string, input: z.infer<typeof mergeSchema>) {
  if (!can.mergeCustomers(user.role)) throw forbidden();
  return mergeCustomers(await getDb(), { orgId: user.orgId, actorId: user.id, survivorId: id, mergedId: input.from, version: input.version });
}

/** The customer page's merge panel: the customer's likely duplicates, and the merges into it (for the timeline). */
export async function mergeInfoFor(user: CurrentUser, customer: { id: string; email: string | null; phoneE164: string | null }) {
  const db = await getDb();
  const [candidates, merges] = await Promise.all([
    can.mergeCustomers(user.role) ? findDuplicates(db, { orgId: user.orgId, email: customer.email, phoneE164: customer.phoneE164, exceptId: customer.id }) : [],
    listMerges(db, { orgId: user.orgId, customerId: customer.id }),
  ]);
  return { candidates, merges: merges.map(presentMerge) };
}
