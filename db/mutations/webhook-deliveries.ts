import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { WebhookAttempt } from "../schema";
import { queryRows } from "../sql";
import type { Outbox, OutboxRef } from "./outbox";

export type DeliveryRef = OutboxRef;

/** Deliveries are handed to the job queue as `sent`; each attempt is logged on the row. */
export const webhookOutbox: Outbox = { table: "webhook_deliveries", handed: "sent" };

export async function findDelivery(db: Db, { orgId, id }: DeliveryRef) {
  const [row] = await queryRows<{ id: string; url: string; secret: string; payload: unknown; status: string; created_at: Date; allow_private: boolean }>(
    db,
    sql`select d.id, d.url, d.secret, d.payload, d.status, d.created_at, o.allow_private_webhooks as allow_private
        from webhook_deliveries d join organizations o on o.id = d.org_id
        where d.org_id = ${orgId} and d.id = ${id}`,
  );
  return row ?? null;
}

/** Logs an attempt; `final` (done or failed) ends the delivery. */
export async function recordAttempt(db: Db, { orgId, id }: DeliveryRef, attempt: WebhookAttempt, final?: "done" | "failed") {
  await db.execute(sql`update webhook_deliveries
    set attempts = attempts || ${JSON.stringify([attempt])}::jsonb, status = coalesce(${final ?? null}, status)
    where org_id = ${orgId} and id = ${id}`);
}
