import "server-only";
import PgBoss from "pg-boss";
import type { Connection, Db } from "@/db/client";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { recordDueFirings } from "@/db/mutations/automation-schedule";
import { emailOutbox, type EmailRef } from "@/db/mutations/outbound-emails";
import { listHanded, relayQueued } from "@/db/mutations/outbox";
import { deleteRefilledPublicBudgets } from "@/db/mutations/public-rate-limits";
import { webhookOutbox, type DeliveryRef } from "@/db/mutations/webhook-deliveries";
import { emailEnabled } from "@/lib/messages/email";
import { deliverEmail, smtpTransport } from "@/lib/messages/email-queue";
import { listScheduledAutomations } from "@/db/queries/automations";
import { scheduleStageEventFold } from "@/lib/analytics/loyalty/fold-schedule";
import { attemptDelivery } from "./webhook";

/**
 * The playbook engine. Firings are rows (automation_firings): stage entries are recorded by the
 * database with the move, time-based ones by a scheduled run; runners take pending firings with
 * SKIP LOCKED and do their actions in the transaction that marks them done. pg-boss owns the
 * schedule (a cron job that one process runs per minute, however many run the engine), the
 * webhooks' retries and the analytics fold every ten minutes, and survives restarts: a run missed
 * while the server was off finds what came due then.
 */

const TICK = "automation-tick";
const WEBHOOK = "automation-webhook";
/** Retries back off exponentially from a few seconds (the first within 10 s); attemptDelivery gives up after 24 h. */
const WEBHOOK_RETRIES = { retryLimit: 30, retryDelay: 2, retryBackoff: true, expireInSeconds: 60 };
/** The public endpoints' rate budgets that are whole again are forgotten every ten minutes. */
const RATE_LIMIT_SWEEP = "public-rate-limit-sweep";
const EMAIL = "message-email";
/** Email retries back off from a few seconds to about an hour; deliverEmail gives up after MAX_EMAIL_ATTEMPTS. */
const EMAIL_RETRIES = { retryLimit: 12, retryDelay: 5, retryBackoff: true, expireInSeconds: 120 };
const BATCH = 100;
/** A runner stops after this many batches so one busy organization cannot hold it; the next round goes on. */
const MAX_BATCHES = 50;
const DRAIN_EVERY_MS = 2000;

/** Where a playbook's public links point (NEXTAUTH_URL, else this server) and whether it can send email. */
const automationMessaging = () => ({
  origin: process.env.NEXTAUTH_URL ? new URL(process.env.NEXTAUTH_URL).origin : `http://localhost:${process.env.PORT ?? 3000}`,
  email: emailEnabled(),
});

/** Runs pending firings in batches until none is left (or MAX_BATCHES); answers how many ran. */
export async function drainFirings(db: Db): Promise<number> {
  let total = 0;
  for (let i = 0; i < MAX_BATCHES; i++) {
    const ran = await runPendingFirings(db, { limit: BATCH, messaging: automationMessaging() });
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
      fired += (await recordDueFirings(db, automation, { count: false })).fired;
    } catch (error) {
      console.error(`automation ${automation.id} could not be evaluated`, error);
    }
  }
  return { fired, ran: await drainFirings(db) };
}

export interface Engine {
  stop: () => Promise<void>;
}

/** Starts the engine in this process: the per-minute schedule and the analytics fold through pg-boss, and a runner for stage entries. */
export async function startAutomationEngine(conn: Connection): Promise<Engine> {
  const boss = new PgBoss({ db: { executeSql: conn.executeSql }, schema: "pgboss", migrate: true, supervise: true, schedule: true });
  boss.on("error", (error: unknown) => console.error("automation engine", error));
  await boss.start();
  await boss.createQueue(TICK, { name: TICK, policy: "singleton" });
  await boss.schedule(TICK, "* * * * *");
  await boss.work(TICK, async () => {
    await runScheduledAutomations(conn.db);
  });
  await scheduleStageEventFold(boss, conn.db);
  await boss.createQueue(RATE_LIMIT_SWEEP, { name: RATE_LIMIT_SWEEP, policy: "singleton" });
  await boss.schedule(RATE_LIMIT_SWEEP, "*/10 * * * *");
  await boss.work(RATE_LIMIT_SWEEP, async () => {
    await deleteRefilledPublicBudgets(conn.db);
  });
  await boss.createQueue(WEBHOOK, { name: WEBHOOK, ...WEBHOOK_RETRIES });
  await boss.work<DeliveryRef>(WEBHOOK, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      // Throwing hands the job back to pg-boss, which retries it after its back-off.
      if ((await attemptDelivery(conn.db, job.data)) === "retry") throw new Error(`webhook ${job.data.id} not delivered yet`);
    }
  });
  const sendWebhook = async (ref: DeliveryRef) => void (await boss.send(WEBHOOK, ref, { singletonKey: ref.id, ...WEBHOOK_RETRIES }));
  const sendEmail = await startEmailQueue(boss, conn.db);
  const relay = async () => {
    while ((await relayQueued(conn.db, webhookOutbox, sendWebhook)) > 0);
    if (sendEmail) while ((await relayQueued(conn.db, emailOutbox, sendEmail)) > 0);
  };
  for (const ref of await listHanded(conn.db, webhookOutbox)) await sendWebhook(ref);
  if (sendEmail) for (const ref of await listHanded(conn.db, emailOutbox)) await sendEmail(ref);
  let draining = false;
  const drain = setInterval(() => {
    if (draining) return;
    draining = true;
    drainFirings(conn.db)
      .then(relay)
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

/**
 * The email queue, when SMTP_URL is set (without it nothing is queued: email is not offered).
 * Answers how to hand an outbox email to the queue.
 */
async function startEmailQueue(boss: PgBoss, db: Db): Promise<((ref: EmailRef) => Promise<void>) | null> {
  const url = process.env.SMTP_URL;
  if (!url) return null;
  const transport = smtpTransport(url);
  await boss.createQueue(EMAIL, { name: EMAIL, ...EMAIL_RETRIES });
  await boss.work<EmailRef>(EMAIL, { pollingIntervalSeconds: 1 }, async (jobs) => {
    for (const job of jobs) {
      if ((await deliverEmail(db, job.data, transport)) === "retry") throw new Error(`email ${job.data.id} not sent yet`);
    }
  });
  return async (ref) => void (await boss.send(EMAIL, ref, { singletonKey: ref.id, ...EMAIL_RETRIES }));
}
