import "server-only";
import { and, asc, desc, eq, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { customerMerges, customers, users } from "../schema";

/**
 * The customers of the organization (a sales user's own only, `ownerId`) with this email, in any
 * case, or this phone in E.164: possible records of the same person, oldest first.
 */
export async function findDuplicates(
  db: Db,
  { orgId, ownerId, email, phoneE164, exceptId, limit = 5 }: { orgId: string; ownerId?: string; email?: string | null; phoneE164?: string | null; exceptId?: string; limit?: number },
) {
  if (!email && !phoneE164) return [];
  return db
    .select({ id: customers.id, name: customers.name, email: customers.email, phone: customers.phone, stageKey: customers.stageKey, lost: customers.lost })
    .from(customers)
    .where(
      and(
        eq(customers.orgId, orgId),
        ownerId ? eq(customers.ownerId, ownerId) : undefined,
        or(email ? sql`lower(${customers.email}) = ${email.toLowerCase()}` : undefined, phoneE164 ? eq(customers.phoneE164, phoneE164) : undefined),
        exceptId ? ne(customers.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(customers.createdAt), asc(customers.id))
    .limit(limit);
}

/** The merges into a customer, newest first, with who made them. */
export async function listMerges(db: Db, { orgId, customerId }: { orgId: string; customerId: string }) {
  return db
    .select({ merge: customerMerges, actorName: users.name })
    .from(customerMerges)
    .leftJoin(users, and(eq(users.orgId, customerMerges.orgId), eq(users.id, customerMerges.actorId)))
    .where(and(eq(customerMerges.orgId, orgId), eq(customerMerges.survivorId, customerId)))
    .orderBy(desc(customerMerges.at))
    .limit(50);
}
