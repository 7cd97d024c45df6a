import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/sql";
import { runAutocannon } from "./http";
import { percentiles, round2 } from "./report";

export interface PooledCustomer {
  id: string;
  stageKey: string;
  version: number;
  busy: boolean;
  /** Set after an answer other than 201: its state is unknown, so it is not moved again. */
  retired: boolean;
}

const STAGES = ["awareness", "engagement"] as const;
const PER_CONNECTION = 64;

/** The other of the two stages the pool toggles between. */
export const nextStage = (customer: PooledCustomer) => (customer.stageKey === STAGES[0] ? STAGES[1] : STAGES[0]);

/**
 * Customers of one user for the move load, toggled between awareness and engagement. No two
 * requests in flight ever name the same customer, and each move sends the version the previous
 * answer returned, so every move is a real one (no version conflicts).
 */
export class MovePool {
  private next = 0;
  constructor(private readonly customers: PooledCustomer[]) {}

  static async load(db: Db, { orgId, ownerId, size }: { orgId: string; ownerId: string; size: number }): Promise<MovePool> {
    const rows = await queryRows<Omit<PooledCustomer, "busy" | "retired">>(
      db,
      sql`select id, stage_key as "stageKey", version from customers
          where org_id = ${orgId} and owner_id = ${ownerId} and not lost and stage_key in ('awareness', 'engagement')
          order by id limit ${size}`,
    );
    return new MovePool(rows.map((row) => ({ ...row, busy: false, retired: false })));
  }

  get size() {
    return this.customers.length;
  }

  take(): PooledCustomer {
    for (let tries = 0; tries < this.customers.length; tries++) {
      const customer = this.customers[this.next++ % this.customers.length];
      if (customer && !customer.busy && !customer.retired) {
        customer.busy = true;
        return customer;
      }
    }
    throw new Error("every pooled customer is busy or retired: too many moves failed");
  }

  /** After a move: its new stage and version, or null when it failed (the customer is not moved again). */
  settle(customer: PooledCustomer, moved: { to: string; version: number } | null) {
    customer.busy = false;
    customer.retired = moved === null;
    if (!moved) return;
    customer.stageKey = moved.to;
    customer.version = moved.version;
  }
}

export interface MovesLoad {
  concurrency: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 201 (a version conflict would be a bench bug; a 5xx a server one). */
  non2xx: number;
  /** The server's CPU time per move of the timed run (null for moves-raw, or without /proc). */
  cpuMsPerMove: number | null;
}

/** One organization's share of the load: a signed-in sales user and the customers they move. */
export interface MoveTarget {
  cookie: string;
  orgId: string;
  ownerId: string;
}

/** A target's session cookie and the customers it moves in this run. */
export interface Lane {
  cookie: string;
  pool: MovePool;
}

/** The requests take the lanes (organizations) in turn, so each gets an equal share of the load. */
async function runMoves(baseUrl: string, lanes: Lane[], concurrency: number, seconds: number) {
  let turn = 0;
  return runAutocannon({
    url: baseUrl,
    connections: concurrency,
    duration: seconds,
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const lane = lanes[turn++ % lanes.length];
          if (!lane) throw new Error("no organization to move customers in");
          const customer = lane.pool.take();
          context.customer = customer;
          context.pool = lane.pool;
          return {
            ...request,
            path: `/api/v1/customers/${customer.id}/moves`,
            headers: { cookie: lane.cookie, "content-type": "application/json" },
            body: JSON.stringify({ to: nextStage(customer), version: customer.version, reason: "bench" }),
          };
        },
        onResponse: (status, body, context) => {
          const pool = context.pool as MovePool;
          pool.settle(context.customer as PooledCustomer, status === 201 ? (JSON.parse(body) as { to: string; version: number }) : null);
        },
      },
    ],
  });
}

/** Moves the lanes' customers from `concurrency` callers at once for `seconds`: the latency of each successful move, and how many failed. */
export type MoveRunner = (lanes: Lane[], seconds: number) => Promise<{ latencies: number[]; non2xx: number; seconds: number }>;

interface LoadOptions {
  db: Db;
  targets: MoveTarget[];
  concurrency: number;
  seconds: number;
  /** The server's CPU time so far, when there is a server to measure. */
  cpuMs?: () => number | null;
}

/** A short warm-up, then the timed run, each on the customers as they are then; throughput counts successful moves only. */
export async function loadMovesWith(runner: MoveRunner, opts: LoadOptions): Promise<MovesLoad> {
  const { concurrency } = opts;
  const lanes = () =>
    Promise.all(
      opts.targets.map(async ({ cookie, orgId, ownerId }) => ({ cookie, pool: await MovePool.load(opts.db, { orgId, ownerId, size: concurrency * PER_CONNECTION }) })),
    );
  const warmupLanes = await lanes();
  const smallest = Math.min(...warmupLanes.map((lane) => lane.pool.size));
  if (smallest < concurrency * 2) throw new Error(`only ${smallest} customers to move in an organization: too few for ${concurrency} connections`);
  await runner(warmupLanes, 3);
  // The moves the end of the warm-up cut off still finish: let them, then read the versions again.
  await sleep(3000);
  const timedLanes = await lanes();
  const cpuBefore = opts.cpuMs?.() ?? null;
  const run = await runner(timedLanes, opts.seconds);
  const cpuAfter = opts.cpuMs?.() ?? null;
  if (run.latencies.length === 0) throw new Error("no move succeeded (see the server log)");
  const { p50, p95 } = percentiles(run.latencies);
  const moves = run.latencies.length + run.non2xx;
  const cpuMsPerMove = cpuBefore !== null && cpuAfter !== null ? round2((cpuAfter - cpuBefore) / moves) : null;
  return { concurrency, rps: Math.round(run.latencies.length / run.seconds), p50Ms: p50, p95Ms: p95, non2xx: run.non2xx, cpuMsPerMove };
}

/** POST /api/v1/customers/{id}/moves from `concurrency` HTTP connections, spread evenly over the targets (organizations). */
export function loadMoves(opts: LoadOptions & { baseUrl: string }): Promise<MovesLoad> {
  return loadMovesWith((lanes, seconds) => runMoves(opts.baseUrl, lanes, opts.concurrency, seconds), opts);
}
