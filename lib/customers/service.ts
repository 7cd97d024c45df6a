import "server-only";
import type { z } from "zod";
import { getDb, readDb } from "@/db";
import { bulkMove } from "@/db/mutations/bulk-moves";
import { reassignCustomers, updateCustomerProfile } from "@/db/mutations/customer-profile";
import { createCustomer } from "@/db/mutations/customers";
import { moveCustomer } from "@/db/mutations/moves";
import { getCustomer, listCustomers } from "@/db/queries/customers";
import { listMoves } from "@/db/queries/customer-activity";
import { findOrganization } from "@/db/queries/organizations";
import { can, customerScope } from "@/lib/auth/roles";
import type { CurrentUser } from "@/lib/auth/session";
import { forbidden, invalid, notFound } from "@/core/errors";
import { decodeCursor, encodeCursor } from "./cursor";
import { duplicatesFor, phoneE164For } from "./duplicates";
import { presentCustomer, presentMove } from "./present";
import { searchTermsFor } from "./search";
import type { bulkMoveSchema, createCustomerSchema, ListQuery, moveSchema, patchCustomerSchema, reassignSchema, updateCustomerSchema } from "./schemas";

/**
 * What a signed-in user may do with customers. Pages, server actions and the HTTP API all call
 * these, so scoping (sales users: their own customers only) is decided in one place. The list reads
 * from the read path (a replica when there is one); a customer, and every write, the primary.
 */
export async function listCustomersFor(user: CurrentUser, query: ListQuery) {
  const cursor = decodeCursor(query.cursor, query.sort === "name" ? "text" : "instant");
  if (cursor === "invalid") throw invalid({ cursor: ["invalid"] });
  const { q, ...filters } = query;
  const { items, nextCursor } = await listCustomers(await readDb(), {
    ...filters,
    orgId: user.orgId,
    ...customerScope(user),
    search: await searchTermsFor(user.orgId, q),
    cursor,
  });
  return { items, nextCursor: encodeCursor(nextCursor) };
}

export async function getCustomerFor(user: CurrentUser, id: string) {
  const row = await getCustomer(await getDb(), { orgId: user.orgId, ...customerScope(user), id });
  if (!row) throw notFound();
  return row;
}

/**
 * Creates a customer; `duplicates` names the customers the caller can see with the same email or
 * phone (none are refused here: the form asks first, see refuseDuplicates).
 */
export async function createCustomerFor(user: CurrentUser, input: z.infer<typeof createCustomerSchema>) {
  const db = await getDb();
  // Sales users create customers for themselves; others may name any owner of the organization.
  const ownerId = can.seeAllCustomers(user.role) ? input.ownerId : user.id;
  const { purchaseAmount, ...customer } = input;
  const [phoneE164, duplicates, org] = await Promise.all([
    phoneE164For(user.orgId, input.phone),
    duplicatesFor(user, input),
    purchaseAmount ? findOrganization(db, { orgId: user.orgId }) : null,
  ]);
  const result = await createCustomer(db, {
    ...customer,
    phoneE164,
    orgId: user.orgId,
    actorId: user.id,
    scopeOwnerId: customerScope(user).ownerId,
    ownerId: ownerId ?? user.id,
    purchaseAmountMinor: purchaseAmount,
    currency: org?.currency,
  });
  return { ...result, duplicates: duplicates.map((d) => d.id).filter((id) => id !== result.customer.id) };
}

export async function updateCustomerFor(user: CurrentUser, id: string, input: z.infer<typeof updateCustomerSchema>) {
  const { version, ...patch } = input;
  const db = await getDb();
  const profile = {
    ...patch,
    email: patch.email ?? null,
    phone: patch.phone ?? null,
    phoneE164: await phoneE164For(user.orgId, patch.phone),
    birthday: patch.birthday ?? null,
    externalId: patch.externalId ?? null,
  };
  return updateCustomerProfile(db, { orgId: user.orgId, ...customerScope(user), id, version, patch: profile });
}

/**
 * Changes only the fields the caller names (a field sent as null or blank clears it); setting
 * `doNotContact` records when and by whom. Same version check as the profile form.
 */
export async function patchCustomerFor(user: CurrentUser, id: string, input: z.infer<typeof patchCustomerSchema>) {
  const { version, ...fields } = input;
  const named = (key: keyof typeof fields) => Object.hasOwn(fields, key);
  const patch = {
    ...(fields.name !== undefined && { name: fields.name }),
    ...(fields.channel !== undefined && { channel: fields.channel }),
    ...(named("email") && { email: fields.email ?? null }),
    ...(named("phone") && { phone: fields.phone ?? null, phoneE164: await phoneE164For(user.orgId, fields.phone) }),
    ...(named("birthday") && { birthday: fields.birthday ?? null }),
    ...(named("externalId") && { externalId: fields.externalId ?? null }),
    ...(fields.doNotContact !== undefined && { doNotContact: fields.doNotContact }),
  };
  return updateCustomerProfile(await getDb(), { orgId: user.orgId, ...customerScope(user), id, version, patch, actorId: user.id });
}

export async function moveCustomerFor(user: CurrentUser, id: string, input: z.infer<typeof moveSchema>) {
  const db = await getDb();
  const { purchaseAmount, ...move } = input;
  const org = purchaseAmount ? await findOrganization(db, { orgId: user.orgId }) : null;
  return moveCustomer(db, {
    ...move,
    orgId: user.orgId,
    ...customerScope(user),
    actorId: user.id,
    customerId: id,
    purchaseAmountMinor: purchaseAmount,
    currency: org?.currency,
  });
}

export async function bulkMoveFor(user: CurrentUser, input: z.infer<typeof bulkMoveSchema>) {
  return bulkMove(await getDb(), { ...input, orgId: user.orgId, ...customerScope(user), actorId: user.id });
}

export async function reassignFor(user: CurrentUser, input: z.infer<typeof reassignSchema>) {
  if (!can.reassignOwner(user.role)) throw forbidden();
  return reassignCustomers(await getDb(), { orgId: user.orgId, ...input });
}

export async function listMovesFor(user: CurrentUser, id: string) {
  await getCustomerFor(user, id);
  const rows = await listMoves(await getDb(), { orgId: user.orgId, customerId: id });
  return rows.map((row) => ({ ...presentMove(row.event), actorName: row.actorName, automationName: row.automationName }));
}

export { presentCustomer };
