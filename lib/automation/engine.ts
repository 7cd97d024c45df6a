import "server-only";
import PgBoss from "pg-boss";
import type { Connection, Db } from "@/db/client";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { recordDueFirings } from "@/db/mutations/automation-schedule";
import { listScheduledAutomations } from "@/db/queries/automations";

/**
 * The playbook engine. Firings are rows (automation_firings): stage entries are recorded by the
 * database with the move, time-based ones by a scheduled run; runners take pending firings with
 * SKIP LOCKED and do their actions in the transaction that marks them done. pg-boss owns the
 * schedule (a cron job that one process runs per minute, however many run the engine) and
 * survives restarts: a run missed while the server was off finds what came due then.
 */

const TICK = "automation-tick";
const BATCH = 100;
/** A runner stops after this many batches so one busy organization cannot hold it; the next round goes on. */
const MAX_BATCHES = 50;
const DRAIN_EVERY_MS = 2000;

/** Runs pending firings in batches until none is left (or MAX_BATCHES); answers how many ran. */
export async function drainFirings(db: Db): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const ran = await runPendingFirings(db, { limit: BATCH });
    total += ran;
    if (ran < BATCH) break;
  }
  return total;
}

/** One scheduled run: every enabled time-based playbook records what came due, then the firings run. */
export async function runScheduledAutomations(db: Db): Promise<{ fired: number; ran: number }> {
  let fired = 0;
  for (const automation of await listScheduledAutomations(db)) {
    try {
      fired += (await recordDueFirings(db, automation)).fired;
    } catch (error) {
      console.error(`automation ${automation.id} could not be evaluated`, error);
    }
  }
  return { fired, ran: await drainFirings(db) };
}

export interface Engine {
  stop: () => Promise<void>;
}

/** Starts the engine in this process: the per-minute schedule through pg-boss and a runner for stage entries. */
export async function startAutomationEngine(conn: Connection): Promise<Engine> {
  const boss = new PgBoss({ db: { executeSql: conn.executeSql }, schema: "pgboss", migrate: true, supervise: true, schedule: true });
  boss.on("error", (error: unknown) => console.error("automation engine", error));
  await boss.start();
  await boss.createQueue(TICK, { name: TICK, policy: "singleton" });
  await boss.schedule(TICK, "* * * * *");
  await boss.work(TICK, async () => {
    await runScheduledAutomations(conn.db);
  });
  let draining = false;
  const drain = setInterval(() => {
    if (draining) return;
    draining = true;
    drainFirings(conn.db)
      .catch((error: unknown) => console.error("automation runner", error))
      .finally(() => (draining = false));
  }, DRAIN_EVERY_MS);
  drain.unref();
  return {
    stop: async () => {
      clearInterval(drain);
      await boss.stop({ graceful: true, wait: true });
    },
  };
}
