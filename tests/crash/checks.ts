import { existsSync } from "node:fs";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { aggregateFromScratch, storedAggregate } from "@/db/queries/analytics-funnel-aggregate";
import { queryRows } from "@/db/sql";
import { rebuildAggregates, snapshotAggregates } from "../support/retention-aggregates";
import { IMPORT_EMAIL_PREFIX, type ImportJob } from "./import";
import { TARGET_STAGE, type Candidate, type MoveLedger } from "./moves";

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
}

export type HistoryCounts = Map<string, { version: number; events: number }>;

/** Each customer's version and number of stage events. */
export async function historyCounts(db: Db, orgId: string): Promise<HistoryCounts> {
  const rows = await queryRows<{ id: string; version: number; events: number }>(
    db,
    sql`select c.id, c.version, (select count(*)::int from stage_events e where e.org_id = c.org_id and e.customer_id = c.id) as events
        from customers c where c.org_id = ${orgId}`,
  );
  return new Map(rows.map((r) => [r.id, { version: r.version, events: r.events }]));
}

/** Live customers not yet in the stage the test moves them to, in a fixed order. */
export async function moveCandidates(db: Db, orgId: string): Promise<Candidate[]> {
  return queryRows<Candidate>(db, sql`select id, version from customers where org_id = ${orgId} and not lost and stage_key <> ${TARGET_STAGE} order by id`);
}

const sorted = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).sort();
const same = (a: unknown[], b: unknown[]) => JSON.stringify(sorted(a)) === JSON.stringify(sorted(b));

export async function checkMoves(db: Db, orgId: string, before: HistoryCounts, ledger: MoveLedger): Promise<Check[]> {
  const after = await historyCounts(db, orgId);
  const landed = (id: string) => (after.get(id)?.events ?? 0) - (before.get(id)?.events ?? 0);
  const eventIds = [...ledger.acknowledged.values()].flatMap((a) => (a.eventId ? [a.eventId] : []));
  const events = await queryRows<{ id: string; customerId: string; toKey: string }>(
    db,
    sql`select id, customer_id as "customerId", to_key as "toKey" from stage_events where org_id = ${orgId} and id = any(${`{${eventIds.join(",")}}`}::uuid[])`,
  );
  const eventById = new Map(events.map((e) => [e.id, e]));
  const lostAcks = [...ledger.acknowledged].filter(([id, ack]) => {
    const event = ack.eventId ? eventById.get(ack.eventId) : undefined;
    const eventOk = !ack.eventId || (event?.customerId === id && event.toKey === TARGET_STAGE);
    return landed(id) !== 1 || (after.get(id)?.version ?? 0) < ack.version || !eventOk;
  });
  const halves = ledger.unanswered.filter((group) => {
    const moved = group.ids.filter((id) => landed(id) > 0).length;
    return moved !== 0 && moved !== group.ids.length;
  });
  const outcome = ledger.unanswered.map((g) => `${g.label}: ${g.ids.every((id) => landed(id) > 0) ? "landed whole" : "rolled back whole"}`);
  const drift = [...before.keys()].filter((id) => {
    const [was, now] = [before.get(id), after.get(id)];
    return !was || !now || now.version - was.version !== now.events - was.events;
  });
  return [
    { name: "every acknowledged move is in the history, once", ok: lostAcks.length === 0, detail: `${ledger.acknowledged.size} acknowledged, missing: ${lostAcks.map(([id]) => id).join(" ") || "none"}` },
    { name: "unanswered moves landed whole or not at all", ok: halves.length === 0, detail: outcome.join("; ") },
    { name: "each customer's version grew by exactly its new stage events", ok: drift.length === 0, detail: `${before.size} customers, drifted: ${drift.length}` },
  ];
}

export async function checkConsistency(db: Db, orgId: string): Promise<Check[]> {
  const disagreeing = await queryRows<{ id: string }>(
    db,
    sql`select c.id from customers c
        left join lateral (
          select e.to_key from stage_events e where e.org_id = c.org_id and e.customer_id = c.id
          order by e.at desc, e.recorded_at desc limit 1
        ) last on true
        where c.org_id = ${orgId} and (last.to_key is null or last.to_key <> case when c.lost then 'lost' else c.stage_key end)`,
  );
  const funnelOk = same(await storedAggregate(db, { orgId }), await aggregateFromScratch(db, { orgId }));
  const stored = await snapshotAggregates(db, orgId);
  await rebuildAggregates(db, orgId);
  const retentionOk = JSON.stringify(stored) === JSON.stringify(await snapshotAggregates(db, orgId));
  return [
    { name: "every customer's stage is its last stage event's", ok: disagreeing.length === 0, detail: `disagreeing: ${disagreeing.length}` },
    { name: "the funnel aggregate equals its computation from the history", ok: funnelOk, detail: "funnel_cohort_days" },
    { name: "the retention and loyalty aggregates equal their rebuild", ok: retentionOk, detail: Object.keys(stored).join(", ") },
  ];
}

export async function checkImport(
  db: Db,
  orgId: string,
  input: { job: ImportJob; rows: number; rejected: number; rowsDoneAtKill: number; upload: string },
): Promise<Check[]> {
  const { job, rows, rejected } = input;
  const created = rows - rejected;
  const [customers] = await queryRows<{ n: number; emails: number; events: number; notOne: number }>(
    db,
    sql`select count(*)::int as n, count(distinct lower(c.email))::int as emails,
          coalesce(sum(x.events), 0)::int as events, count(*) filter (where x.events <> 1)::int as "notOne"
        from customers c
        cross join lateral (select count(*)::int as events from stage_events e where e.org_id = c.org_id and e.customer_id = c.id) x
        where c.org_id = ${orgId} and c.email like ${`${IMPORT_EMAIL_PREFIX}%`}`,
  );
  const [rejections] = await queryRows<{ n: number; rows: number }>(
    db,
    sql`select count(*)::int as n, count(distinct "row")::int as rows from import_rejections where org_id = ${orgId} and import_id = ${job.id}`,
  );
  const [running] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from imports where status = 'running'`);
  const counts = `${job.created} created, ${job.updated} updated, ${job.unchanged} unchanged, ${job.rejected} rejected`;
  return [
    { name: "the import was killed midway", ok: input.rowsDoneAtKill > 0 && input.rowsDoneAtKill < rows, detail: `${input.rowsDoneAtKill} of ${rows} rows in at the kill` },
    {
      name: "the resumed import finished with every row counted once",
      ok: job.status === "done" && job.rowsDone === rows && job.totalRows === rows && job.created === created && job.rejected === rejected && job.updated + job.unchanged === 0,
      detail: `${job.status}, ${job.rowsDone}/${job.totalRows} rows: ${counts}`,
    },
    {
      name: "imported customers exist once each, with one stage event each",
      ok: customers?.n === created && customers.emails === created && customers.events === created && customers.notOne === 0,
      detail: `${customers?.n} customers, ${customers?.emails} distinct emails, ${customers?.events} stage events`,
    },
    { name: "each rejected row is reported once", ok: rejections?.n === rejected && rejections.rows === rejected, detail: `${rejections?.n} rejections` },
    { name: "no import is left running and the upload is gone", ok: running?.n === 0 && !existsSync(input.upload), detail: `${running?.n} running` },
  ];
}
