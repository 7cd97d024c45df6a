import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "@/core/errors";
import type { Db } from "../client";
import { customers } from "../schema";

interface OnCustomer {
  orgId: string;
  customerId: string;
  /** Set for sales users: the customer must be theirs. */
  ownerId?: string;
}

const customerWhere = ({ orgId, customerId, ownerId }: OnCustomer) =>
  and(eq(customers.orgId, orgId), eq(customers.id, customerId), ownerId ? eq(customers.ownerId, ownerId) : undefined);

/**
 * The customer's referral code, `fresh` stored as it when they have none yet: written once (a
 * racing first read finds the winner's), so showing the link does not rewrite the row each time.
 */
export async function ensureReferralCode(db: Db, input: OnCustomer & { fresh: string }): Promise<string> {
  const [stored] = await db
    .update(customers)
    .set({ referralCode: input.fresh })
    .where(and(customerWhere(input), isNull(customers.referralCode)))
    .returning({ code: customers.referralCode });
  if (stored?.code) return stored.code;
  const [row] = await db.select({ code: customers.referralCode }).from(customers).where(customerWhere(input));
  if (!row?.code) throw notFound();
  return row.code;
}

/** Replaces the code: links with the old one stop working. */
export async function replaceReferralCode(db: Db, input: OnCustomer & { fresh: string }): Promise<string> {
  const [row] = await db.update(customers).set({ referralCode: input.fresh }).where(customerWhere(input)).returning({ code: customers.referralCode });
  if (!row?.code) throw notFound();
  return row.code;
}
