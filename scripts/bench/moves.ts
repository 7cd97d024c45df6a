import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import { queryRows } from "@/db/sql";
import { runAutocannon } from "./http";
import { percentiles } from "./report";

interface PooledCustomer {
  id: string;
  stageKey: string;
  version: number;
  busy: boolean;
  /** Set after an answer other than 201: its state is unknown, so it is not moved again. */
  retired: boolean;
}

const STAGES = ["awareness", "engagement"] as const;
const PER_CONNECTION = 64;

/**
 * Customers of one user for the move load, toggled between awareness and engagement. No two
 * requests in flight ever name the same customer, and each move sends the version the previous
 * answer returned, so every move is a real one (no version conflicts).
 */
class MovePool {
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
}

export interface MovesLoad {
  concurrency: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  /** Answers other than 201 (a version conflict would be a bench bug; a 5xx a server one). */
  non2xx: number;
}

/** One organization's share of the load: a signed-in sales user and the customers they move. */
export interface MoveTarget {
  cookie: string;
  orgId: string;
  ownerId: string;
}

type Lane = { cookie: string; pool: MovePool };

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
          const to = customer.stageKey === STAGES[0] ? STAGES[1] : STAGES[0];
          return {
            ...request,
            path: `/api/v1/customers/${customer.id}/moves`,
            headers: { cookie: lane.cookie, "content-type": "application/json" },
            body: JSON.stringify({ to, version: customer.version, reason: "bench" }),
          };
        },
        onResponse: (status, body, context) => {
          const customer = context.customer as PooledCustomer;
          customer.busy = false;
          customer.retired = status !== 201;
          if (customer.retired) return;
          const moved = JSON.parse(body) as { to: string; version: number };
          customer.stageKey = moved.to;
          customer.version = moved.version;
        },
      },
    ],
  });
}

/**
 * POST /api/v1/customers/{id}/moves from `concurrency` connections for `seconds`, after a short
 * warm-up, spread evenly over the `targets` (organizations); throughput counts 201 answers only.
 */
export async function loadMoves(opts: { baseUrl: string; db: Db; targets: MoveTarget[]; concurrency: number; seconds: number }): Promise<MovesLoad> {
  const { concurrency } = opts;
  const lanes = () =>
    Promise.all(
      opts.targets.map(async ({ cookie, orgId, ownerId }) => ({ cookie, pool: await MovePool.load(opts.db, { orgId, ownerId, size: concurrency * PER_CONNECTION }) })),
    );
  const warmupLanes = await lanes();
  const smallest = Math.min(...warmupLanes.map((lane) => lane.pool.size));
  if (smallest < concurrency * 2) throw new Error(`only ${smallest} customers to move in an organization: too few for ${concurrency} connections`);
  await runMoves(opts.baseUrl, warmupLanes, concurrency, 3);
  // The server finishes the moves whose requests the end of the warm-up cut off: let it, then read the versions again.
  await sleep(3000);
  const run = await runMoves(opts.baseUrl, await lanes(), concurrency, opts.seconds);
  if (run.latencies.length === 0) throw new Error("no move succeeded (see the server log)");
  const { p50, p95 } = percentiles(run.latencies);
  return { concurrency, rps: Math.round(run.latencies.length / run.seconds), p50Ms: p50, p95Ms: p95, non2xx: run.non2xx };
}
