import type postgres from "postgres";
import { sampleTimes } from "./timing";

export interface Statement {
  query: string;
  params: unknown[];
  /** The statements answered before this one was sent: on replay it waits for them. */
  after: number[];
}

interface Sent {
  query: string;
  params: unknown[];
  sentAt: number;
  answeredAt: number;
}

/**
 * Records what a function sends through a postgres.js client (drizzle sends everything through
 * `unsafe`) and when each statement was sent and answered. Replaying with the same dependencies
 * keeps chains as chains and `Promise.all` as parallel, so it times the SQL alone: no Next.js, no
 * session decoding, no drizzle row mapping, no rendering or JSON.
 */
export class SqlRecorder {
  private log: Sent[] | null = null;

  constructor(client: postgres.Sql) {
    this.watch(client);
    // A transaction's statements go through the `sql` postgres.js hands its callback: watched too.
    const begin = client.begin.bind(client) as (...args: unknown[]) => unknown;
    client.begin = ((...args: unknown[]) => {
      const work = args.pop() as (tx: postgres.TransactionSql) => unknown;
      return begin(...args, (tx: postgres.TransactionSql) => {
        this.watch(tx);
        return work(tx);
      });
    }) as typeof client.begin;
  }

  private watch(client: postgres.Sql | postgres.TransactionSql) {
    const unsafe = client.unsafe.bind(client);
    client.unsafe = ((query: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) => {
      const pending = unsafe(query, params, options);
      if (!this.log) return pending;
      const sent: Sent = { query, params: params ?? [], sentAt: performance.now(), answeredAt: Infinity };
      this.log.push(sent);
      // Noted before whoever awaits the answer sees it, so a statement it then sends comes after.
      type Then = (onAnswer?: (rows: unknown) => unknown, onError?: (error: unknown) => unknown) => Promise<unknown>;
      const then = pending.then.bind(pending) as Then;
      (pending as unknown as { then: Then }).then = (onAnswer, onError) =>
        then((rows) => {
          sent.answeredAt = performance.now();
          return onAnswer ? onAnswer(rows) : rows;
        }, onError);
      return pending;
    }) as typeof client.unsafe;
  }

  async record(run: () => Promise<unknown>): Promise<Statement[]> {
    const log: Sent[] = [];
    this.log = log;
    try {
      await run();
    } finally {
      this.log = null;
    }
    return log.map(({ query, params, sentAt }) => ({
      query,
      params,
      after: log.flatMap((other, j) => (other.answeredAt <= sentAt ? [j] : [])),
    }));
  }
}

/** Replays recorded statements `runs` times after a warm-up; the wall time of each replay in ms. */
export function timeReplay(client: postgres.Sql, statements: Statement[], runs: number): Promise<number[]> {
  if (statements.some(({ query }) => /^\s*begin\b/i.test(query))) return sampleTimes(() => replayInTransaction(client, statements), { runs });
  const replay = () => {
    const answered: Promise<unknown>[] = [];
    for (const [i, s] of statements.entries()) {
      // Sent as drizzle sends them: unnamed statements with bound parameters.
      answered[i] = Promise.all(s.after.map((j) => answered[j])).then(() => client.unsafe(s.query, s.params as postgres.ParameterOrJSON<never>[]));
    }
    return Promise.all(answered);
  };
  return sampleTimes(replay, { runs });
}

/**
 * A transaction's statements, one after another on one connection, as postgres.js's `begin` sends them;
 * then rolled back. The recording holds the `begin` but not always its end, and a connection handed
 * back to the pool inside a transaction would run every later statement in it (the first-load line's
 * writes then waited forever on the open transactions' row locks).
 */
async function replayInTransaction(client: postgres.Sql, statements: Statement[]) {
  const connection = await client.reserve();
  try {
    for (const s of statements) await connection.unsafe(s.query, s.params as postgres.ParameterOrJSON<never>[]);
  } finally {
    await connection.unsafe("rollback").catch(() => undefined);
    connection.release();
  }
}
