import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { invalid } from "@/core/errors";
import type { Db } from "../client";
import { customers, users } from "../schema";

/**
 * A user a record is given to (an owner, an assignee) must be an active user of the organization;
 * anything else (unknown, another organization's, disabled) is the same field error, checked before
 * the composite foreign keys would fail the write.
 */
export async function assertActiveUser(tx: Db, { orgId, userId, field }: { orgId: string; userId: string; field: string }) {
  const [user] = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.orgId, orgId), eq(users.id, userId), isNull(users.disabledAt)));
  if (!user) throw invalid({ [field]: ["unknown_user"] });
}

/**
 * A customer named as a referrer must be one the caller may see (`ownerId` set for sales users):
 * otherwise its name would be shown to them as "referred by".
 */
export async function assertVisibleCustomer(tx: Db, { orgId, ownerId, customerId, field }: { orgId: string; ownerId?: string; customerId: string; field: string }) {
  const [customer] = await tx
    .select({ id: customers.id })
    .from(customers)
    .where(and(eq(customers.orgId, orgId), eq(customers.id, customerId), ownerId ? eq(customers.ownerId, ownerId) : undefined));
  if (!customer) throw invalid({ [field]: ["unknown_customer"] });
}
