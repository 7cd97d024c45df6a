import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { doNotContact, gone, notFound } from "@/core/errors";
import type { CustomerTokenPurpose, Locale } from "@/core/constants";
import type { Db } from "../client";
import { customers, customerTokens } from "../schema";
import { queryRows } from "../sql";

interface NewToken {
  orgId: string;
  customerId: string;
  /** Set for sales users: the customer must be theirs. */
  ownerId?: string;
  purpose: CustomerTokenPurpose;
  tokenHash: string;
  locale: Locale;
  createdById: string | null;
  expiresAt: Date;
}

/**
 * Stores a token's hash for a customer the caller may see (404 otherwise). A survey is a message:
 * a do-not-contact customer gets none (409); an unsubscribe link is always allowed.
 */
export async function createCustomerToken(db: Db, input: NewToken) {
  const [customer] = await db
    .select({ id: customers.id, doNotContact: customers.doNotContact })
    .from(customers)
    .where(and(eq(customers.orgId, input.orgId), eq(customers.id, input.customerId), input.ownerId ? eq(customers.ownerId, input.ownerId) : undefined));
  if (!customer) throw notFound();
  if (input.purpose === "survey" && customer.doNotContact) throw doNotContact();
  const { ownerId: _scope, ...values } = input;
  const [row] = await db.insert(customerTokens).values(values).returning();
  if (!row) throw new Error("customer token not stored");
  return row;
}

export interface PublicToken {
  orgId: string;
  customerId: string;
  customerName: string;
  orgName: string;
  locale: Locale;
  expiresAt: Date;
  usedAt: Date | null;
}

/** What the public page shows for a token's hash (the organization and the customer's first name), or null. */
export async function findPublicToken(db: Db, { tokenHash, purpose }: { tokenHash: string; purpose: CustomerTokenPurpose }): Promise<PublicToken | null> {
  const [row] = await queryRows<{ org_id: string; customer_id: string; customer_name: string; org_name: string; locale: Locale; expires_at: string | Date; used_at: string | Date | null }>(
    db,
    sql`select t.org_id, t.customer_id, c.name as customer_name, o.name as org_name, t.locale, t.expires_at, t.used_at
        from customer_tokens t
        join customers c on c.org_id = t.org_id and c.id = t.customer_id
        join organizations o on o.id = t.org_id
        where t.token_hash = ${tokenHash} and t.purpose = ${purpose}`,
  );
  if (!row) return null;
  return {
    orgId: row.org_id,
    customerId: row.customer_id,
    customerName: row.customer_name,
    orgName: row.org_name,
    locale: row.locale,
    expiresAt: new Date(row.expires_at),
    usedAt: row.used_at ? new Date(row.used_at) : null,
  };
}

/**
 * Answers a survey: in one statement the token is claimed (unused and unexpired; of concurrent
 * answers the row lock lets exactly one through) and the feedback written with channel `survey` and
 * the customer's current stage, so the loyalty triggers count it. A token that was not claimed is
 * 404 when unknown, 410 `used` or `expired` otherwise.
 */
export async function answerSurvey(db: Db, input: { tokenHash: string; feedbackId: string; score: number; comment: string | null }) {
  const [row] = await queryRows<{ id: string }>(
    db,
    sql`
    with claimed as (
      update customer_tokens set used_at = now(), feedback_id = ${input.feedbackId}
      where token_hash = ${input.tokenHash} and purpose = 'survey' and used_at is null and expires_at > now()
      returning org_id, customer_id
    )
    insert into feedback (org_id, id, customer_id, score, comment, stage_key, at, channel)
    select c.org_id, ${input.feedbackId}, c.id, ${input.score}, ${input.comment}, c.stage_key, now(), 'survey'
    from claimed k join customers c on c.org_id = k.org_id and c.id = k.customer_id
    returning id`,
  );
  if (row) return row;
  const token = await findPublicToken(db, { tokenHash: input.tokenHash, purpose: "survey" });
  if (!token) throw notFound();
  throw gone(token.usedAt ? "used" : "expired");
}

/**
 * The customer's own unsubscribe: sets do-not-contact (who: nobody, the customer) and bumps the
 * version so an edit made on an older copy cannot clear it unseen. Repeating it changes nothing.
 */
export async function unsubscribeByToken(db: Db, { tokenHash }: { tokenHash: string }) {
  const [row] = await queryRows<{ customer_id: string }>(
    db,
    sql`
    with token as (
      update customer_tokens set used_at = coalesce(used_at, now())
      where token_hash = ${tokenHash} and purpose = 'unsubscribe' and expires_at > now()
      returning org_id, customer_id
    ), customer as (
      update customers c set do_not_contact = true, do_not_contact_at = now(), do_not_contact_by_id = null, version = c.version + 1, updated_at = now()
      from token t where c.org_id = t.org_id and c.id = t.customer_id and not c.do_not_contact
      returning c.id
    )
    select customer_id from token`,
  );
  if (row) return row;
  const token = await findPublicToken(db, { tokenHash, purpose: "unsubscribe" });
  if (!token) throw notFound();
  throw gone("expired");
}
