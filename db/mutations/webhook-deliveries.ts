import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import type { WebhookAttempt } from "../schema";
import { queryRows } from "../sql";

export interface DeliveryRef {
  orgId: string;
  id: string;
}

/**
 * Takes queued deliveries (SKIP LOCKED: two engines never take the same one), marks them sent and
 * hands them to `send` (the job queue) after that commits: on PGlite the queue's own statements
 * cannot run inside this transaction. A crash between the two leaves a delivery sent but with no
 * job; `listUnfinishedWebhooks` finds those when the engine starts, and the queue's singleton key
 * and the delivery's status make sending one twice harmless.
 */
export async function relayQueuedWebhooks(db: Db, send: (ref: DeliveryRef) => Promise<void>, limit = 100): Promise<number> {
  const rows = await queryRows<{ org_id: string; id: string }>(
    db,
    sql`update webhook_deliveries set status = 'sent'
        where (org_id, id) in (select org_id, id from webhook_deliveries where status = 'queued' order by created_at limit ${limit} for update skip locked)
        returning org_id, id`,
  );
  for (const row of rows) await send({ orgId: row.org_id, id: row.id });
  return rows.length;
}

/** Deliveries handed to the queue and not finished: what an engine hands over again when it starts. */
export async function listUnfinishedWebhooks(db: Db): Promise<DeliveryRef[]> {
  return queryRows<DeliveryRef>(db, sql`select org_id as "orgId", id from webhook_deliveries where status = 'sent' order by created_at`);
}

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
