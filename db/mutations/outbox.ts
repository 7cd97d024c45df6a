import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../client";
import { queryRows } from "../sql";

/** A row of an outbox table by its key: what a job on the queue carries. */
export interface OutboxRef {
  orgId: string;
  id: string;
}

/** A table of things to send (written with the change that caused them) and its status for "handed to the job queue". */
export interface Outbox {
  table: "webhook_deliveries" | "outbound_emails";
  handed: "sent" | "handed";
}

/**
 * Takes queued rows (SKIP LOCKED: two engines never take the same one), marks them handed and
 * passes them to `send` (the job queue) after that commits: on PGlite the queue's own statements
 * cannot run inside this transaction. A crash between the two leaves a row handed with no job;
 * `listHanded` finds those when the engine starts, and the queue's singleton key and the row's
 * status make sending one twice harmless.
 */
export async function relayQueued(db: Db, outbox: Outbox, send: (ref: OutboxRef) => Promise<void>, limit = 100): Promise<number> {
  const table = sql.identifier(outbox.table);
  const rows = await queryRows<{ org_id: string; id: string }>(
    db,
    sql`update ${table} set status = ${outbox.handed}
        where (org_id, id) in (select org_id, id from ${table} where status = 'queued' order by created_at limit ${limit} for update skip locked)
        returning org_id, id`,
  );
  for (const row of rows) await send({ orgId: row.org_id, id: row.id });
  return rows.length;
}

/** Rows handed to the queue and not finished: what an engine hands over again when it starts. */
export async function listHanded(db: Db, outbox: Outbox): Promise<OutboxRef[]> {
  return queryRows<OutboxRef>(db, sql`select org_id as "orgId", id from ${sql.identifier(outbox.table)} where status = ${outbox.handed} order by created_at`);
}
