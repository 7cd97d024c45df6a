import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { DomainError } from "@/core/errors";
import { distinctKeyPrefix, planRound, type Decision, type ExistingCustomer, type PlannedRow, type ProfileUpdate } from "@/core/import/plan";
import type { RowCells, RowErrors } from "@/core/import/row";
import type { Db } from "../client";
import { customers, importRejections, imports, stageEvents, type Channel, type Stage } from "../schema";
import { lockForBatch } from "./import-locks";
import { insertMany } from "../insert-many";
import { queryRows } from "../sql";
import { applyMove } from "./moves";

export interface Rejection {
  row: number;
  errors: RowErrors;
  cells: RowCells;
}

export interface BatchInput {
  orgId: string;
  importId: string;
  actorId: string;
  worker: string;
  /** `rowsDone` before the batch and after it: the batch commits only over exactly that state. */
  fromRow: number;
  toRow: number;
  rows: PlannedRow[];
  /** Rows that failed validation before reaching the database. */
  rejected: Rejection[];
}

export interface BatchCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** The job was taken over by another worker (or finished): this worker must stop. */
export class ImportClaimLost extends Error {
  constructor() {
    super("import claimed by another worker");
  }
}

/**
 * Writes one batch of an import in one transaction: the customers it creates and updates, the
 * stage events of new customers and of stage changes, the rejected rows, and the job's progress.
 * The progress update is a compare-and-set on `rowsDone` and the worker, so a batch lands exactly
 * once even if two workers raced for the job; after a crash the job's `rowsDone` names the rows
 * that are in, and nothing of a half-written batch remains.
 */
export async function commitImportBatch(db: Db, input: BatchInput): Promise<BatchCounts> {
  return db.transaction(async (tx) => {
    const rules = await lockForBatch(tx, input.orgId);
    const counts: BatchCounts = { created: 0, updated: 0, unchanged: 0, rejected: input.rejected.length };
    const rejected = [...input.rejected];
    let queue = input.rows;
    while (queue.length > 0) {
      const done = await upsertRound(tx, input, rules, queue, counts, rejected);
      queue = queue.slice(done);
    }
    counts.rejected = rejected.length;
    if (rejected.length > 0) {
      // A row rejected for a NUL still has it in its cells; jsonb cannot hold one, so it is shown as U+FFFD.
      await tx.execute(sql`
        insert into ${importRejections} (org_id, import_id, "row", errors, cells)
        select ${input.orgId}::uuid, ${input.importId}::uuid, r."row", r.errors, r.cells
        from json_to_recordset(${JSON.stringify(rejected.map(storable))}::json) as r("row" integer, errors jsonb, cells jsonb)`);
    }
    const [progress] = await tx
      .update(imports)
      .set({
        rowsDone: input.toRow,
        createdCount: sql`${imports.createdCount} + ${counts.created}`,
        updatedCount: sql`${imports.updatedCount} + ${counts.updated}`,
        unchangedCount: sql`${imports.unchangedCount} + ${counts.unchanged}`,
        rejectedCount: sql`${imports.rejectedCount} + ${counts.rejected}`,
        updatedAt: new Date(),
      })
      .where(
        and(
          eq(imports.orgId, input.orgId),
          eq(imports.id, input.importId),
          eq(imports.status, "running"),
          eq(imports.worker, input.worker),
          eq(imports.rowsDone, input.fromRow),
        ),
      )
      .returning({ id: imports.id });
    if (!progress) throw new ImportClaimLost();
    return counts;
  });
}

const storable = (rejection: Rejection): Rejection => ({
  ...rejection,
  cells: Object.fromEntries(Object.entries(rejection.cells).map(([field, cell]) => [field, cell?.replaceAll("\u0000", "\ufffd")])),
});

/**
 * A customer changed between this batch's lookup and its write (an edit or a move made meanwhile):
 * the batch rolls back whole and runs again on fresh data.
 */
export class ImportConflict extends Error {
  constructor() {
    super("customer changed during the import batch");
  }
}

/**
 * Handles the rows of one round (see planRound): looks up the customers they can reach, then writes
 * the creations with their first stage events, the profile changes and the moves. Returns how many
 * rows it consumed.
 */
async function upsertRound(tx: Db, input: BatchInput, rules: Stage[], rows: PlannedRow[], counts: BatchCounts, rejected: Rejection[]) {
  const round = distinctKeyPrefix(rows);
  const { decisions, consumed } = planRound(round, await findExisting(tx, input.orgId, round), rules);
  const now = new Date();
  const inserts: (typeof customers.$inferInsert)[] = [];
  const events: (typeof stageEvents.$inferInsert)[] = [];
  const updates: ProfileUpdate[] = [];
  const moves: { row: PlannedRow; decision: Extract<Decision, { kind: "move" }> }[] = [];
  for (const { row, decision } of decisions) {
    if (decision.kind === "reject") rejected.push({ row: row.row, errors: decision.errors, cells: row.cells });
    else if (decision.kind === "update") updates.push(decision.update);
    else if (decision.kind === "move") moves.push({ row, decision });
    else if (decision.kind === "unchanged") counts.unchanged++;
    else {
      const customer = newCustomer(input, row, decision.stageKey, row.createdAt ?? now, now);
      inserts.push(customer);
      events.push({ orgId: input.orgId, id: randomUUID(), customerId: customer.id, fromKey: null, toKey: customer.stageKey, at: customer.createdAt, actorId: input.actorId, channel: customer.channel, note: null, reason: null, recordedAt: now });
    }
  }
  await insertMany(tx, customers, inserts);
  await insertMany(tx, stageEvents, events);
  counts.created += inserts.length;
  await applyProfileUpdates(tx, input.orgId, updates);
  counts.updated += updates.length;
  for (const { row, decision } of moves) {
    const refusal = await moveRow(tx, input, rules, decision);
    if (refusal) rejected.push({ row: row.row, errors: refusal, cells: row.cells });
    else counts.updated++;
  }
  return consumed;
}

/** A text[] literal: one parameter however many values (thousands of bind parameters cost more). */
const textArray = (values: string[]) => `{${values.map((v) => `"${v.replace(/["\\]/g, "\\$&")}"`).join(",")}}`;

const existingColumns = sql`c.id, c.external_id as "externalId", c.name, c.email, c.phone, c.phone_e164 as "phoneE164", c.channel,
  c.extra, c.stage_key as "stageKey", c.lost, c.owner_id as "ownerId", c.version, c.do_not_contact as "doNotContact", c.created_at::text as "createdAt"`;

/**
 * The customers a round's rows may reach: by external id, the oldest one per email, and for rows
 * with neither the oldest without them with the same name and phone (see naturalKey). One index
 * lookup per key (a LATERAL ... LIMIT 1 the planner cannot turn into a scan of the organization,
 * even on a table so freshly filled that it has no statistics yet). Rows are not locked: updates
 * check the version they read instead (see ImportConflict).
 */
async function findExisting(tx: Db, orgId: string, rows: PlannedRow[]): Promise<ExistingCustomer[]> {
  const externalIds = rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
  const emails = rows.flatMap((r) => (r.email ? [r.email] : []));
  const natural = rows.filter((r) => !r.externalId && !r.email);
  const names = natural.map((r) => r.name);
  const phones = natural.map((r) => r.phoneE164 ?? "");
  const found = await queryRows<ExistingCustomer & { createdAt: string }>(
    tx,
    sql`select ${existingColumns} from unnest(${textArray(externalIds)}::text[]) k(v)
        cross join lateral (select * from ${customers} c where c.org_id = ${orgId} and c.external_id = k.v limit 1) c
        union
        select ${existingColumns} from unnest(${textArray(emails)}::text[]) k(v)
        cross join lateral (
          select * from ${customers} c where c.org_id = ${orgId} and lower(c.email) = k.v order by c.created_at, c.id limit 1
        ) c
        union
        select ${existingColumns} from unnest(${textArray(names)}::text[], ${textArray(phones)}::text[]) k(name, phone)
        cross join lateral (
          select * from ${customers} c
          where c.org_id = ${orgId} and c.name = k.name and coalesce(c.phone_e164, '') = k.phone and c.external_id is null and c.email is null
          order by c.created_at, c.id limit 1
        ) c`,
  );
  return found.sort((a, b) => (a.createdAt === b.createdAt ? a.id.localeCompare(b.id) : a.createdAt < b.createdAt ? -1 : 1));
}

function newCustomer(input: BatchInput, row: PlannedRow, stageKey: string, at: Date, now: Date) {
  return {
    orgId: input.orgId,
    id: randomUUID(),
    externalId: row.externalId ?? null,
    name: row.name,
    email: row.email ?? null,
    phone: row.phone ?? null,
    phoneE164: row.phoneE164 ?? null,
    channel: row.channel ?? ("other" as Channel),
    extra: row.extra ?? null,
    doNotContact: row.doNotContact ?? false,
    doNotContactAt: row.doNotContact ? now : null,
    stageKey,
    stageEnteredAt: at,
    lost: false,
    ownerId: row.ownerId ?? input.actorId,
    version: 1,
    lastActivityAt: at,
    createdAt: at,
    updatedAt: now,
  };
}

/** Writes the profiles, each only over the version it was read at. */
async function applyProfileUpdates(tx: Db, orgId: string, updates: ProfileUpdate[]) {
  if (updates.length === 0) return;
  const written = await queryRows<{ id: string }>(
    tx,
    sql`update ${customers} c
        set external_id = v.external_id, name = v.name, email = v.email, phone = v.phone, phone_e164 = v.phone_e164,
            channel = v.channel, owner_id = v.owner_id, extra = v.extra, version = c.version + 1, updated_at = now(),
            do_not_contact = v.do_not_contact,
            do_not_contact_at = case when c.do_not_contact = v.do_not_contact then c.do_not_contact_at when v.do_not_contact then now() end,
            do_not_contact_by_id = case when c.do_not_contact = v.do_not_contact then c.do_not_contact_by_id end
        from json_to_recordset(${JSON.stringify(updates)}::json)
          as v(id uuid, version integer, external_id text, name text, email text, phone text, phone_e164 text, channel text,
               owner_id uuid, extra jsonb, do_not_contact boolean)
        where c.org_id = ${orgId} and c.id = v.id and c.version = v.version
        returning c.id`,
  );
  if (written.length !== updates.length) throw new ImportConflict();
}

/**
 * A stage that differs from the customer's is a move made now through the journey's rules (the
 * same `applyMove` as the board), together with the row's profile changes in one savepoint: the
 * rules refusing the move reject the whole row, and nothing of it is written.
 */
async function moveRow(tx: Db, input: BatchInput, rules: Stage[], { update, target, to }: Extract<Decision, { kind: "move" }>) {
  try {
    await tx.transaction(async (savepoint) => {
      if (update) await applyProfileUpdates(savepoint, input.orgId, [update]);
      await applyMove(savepoint, { orgId: input.orgId, actorId: input.actorId, customerId: target.id, to, version: target.version + (update ? 1 : 0) }, rules);
    });
    return null;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "version_conflict") throw new ImportConflict();
    const codes = Object.values(error.fieldErrors).flat();
    return { stage: codes.length > 0 ? codes : [error.code] };
  }
}
