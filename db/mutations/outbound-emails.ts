import "server-only";
import { sql } from "drizzle-orm";
import type { Locale } from "@/core/constants";
import type { Db } from "../client";
import { customerTokens, outboundEmails } from "../schema";
import { queryRows } from "../sql";
import { addTouchpoint } from "./activity";
import type { Outbox, OutboxRef } from "./outbox";

export type EmailRef = OutboxRef;

export const emailOutbox: Outbox = { table: "outbound_emails", handed: "handed" };

/**
 * Queues an email to a customer with its touchpoint and the customer's unsubscribe token, in one
 * transaction: the outbox row is what the job queue sends (relayQueuedEmails), so an email asked
 * for is sent once the engine runs, whatever happens to this process.
 */
export async function queueEmail(
  db: Db,
  input: {
    orgId: string;
    customerId: string;
    ownerId?: string;
    actorId: string;
    toAddress: string;
    locale: Locale;
    subject: string;
    body: string;
    unsubscribe: { tokenHash: string; url: string; expiresAt: Date };
  },
) {
  return db.transaction(async (tx) => {
    const scope = { orgId: input.orgId, customerId: input.customerId, ownerId: input.ownerId };
    await addTouchpoint(tx, { ...scope, actorId: input.actorId, channel: "email", kind: "email", at: new Date() });
    await tx.insert(customerTokens).values({
      orgId: input.orgId,
      customerId: input.customerId,
      purpose: "unsubscribe",
      tokenHash: input.unsubscribe.tokenHash,
      locale: input.locale,
      createdById: input.actorId,
      expiresAt: input.unsubscribe.expiresAt,
    });
    const [row] = await tx
      .insert(outboundEmails)
      .values({
        orgId: input.orgId,
        customerId: input.customerId,
        toAddress: input.toAddress,
        locale: input.locale,
        subject: input.subject,
        body: input.body,
        unsubscribeUrl: input.unsubscribe.url,
      })
      .returning({ id: outboundEmails.id });
    if (!row) throw new Error("email not queued");
    return row;
  });
}


export interface EmailToSend {
  id: string;
  to_address: string;
  locale: Locale;
  subject: string;
  body: string;
  unsubscribe_url: string;
  status: string;
  attempts: number;
  org_name: string;
  do_not_contact: boolean;
}

export async function findEmail(db: Db, { orgId, id }: EmailRef): Promise<EmailToSend | null> {
  const [row] = await queryRows<EmailToSend>(
    db,
    sql`select e.id, e.to_address, e.locale, e.subject, e.body, e.unsubscribe_url, e.status, e.attempts, o.name as org_name, c.do_not_contact
        from outbound_emails e
        join organizations o on o.id = e.org_id
        join customers c on c.org_id = e.org_id and c.id = e.customer_id
        where e.org_id = ${orgId} and e.id = ${id}`,
  );
  return row ?? null;
}

/** Logs an attempt; a final status (sent, failed, skipped) ends the email. */
export async function recordEmailAttempt(db: Db, { orgId, id }: EmailRef, outcome: { status?: "sent" | "failed" | "skipped"; error?: string }) {
  await db.execute(sql`update outbound_emails
    set attempts = attempts + 1, status = coalesce(${outcome.status ?? null}, status), last_error = ${outcome.error ?? null},
        sent_at = case when ${outcome.status ?? null} = 'sent' then now() else sent_at end
    where org_id = ${orgId} and id = ${id}`);
}
