// npx tsx --conditions=react-server scripts/bench-webhook-latency.ts [--moves 50]
// Webhook delivery latency, end to end: the time from a stage move to a local receiver getting the
// playbook's signed POST, with the engine running in this process as the web server runs it
// (lib/automation/engine.ts). On the demo organization of the configured database (DATABASE_URL,
// else PGlite in PGLITE_DIR; the figures in docs/benchmarks.md are on PostgreSQL). It adds one
// `stage_entered` consideration playbook with a webhook to the receiver, pauses the organization's
// other playbooks meanwhile (so the engine's runs are this playbook's alone), moves --moves
// customers from engagement to consideration one at a time, a random 0–2 s apart (so the moves do
// not keep step with the engine's 2-second runner), and checks each signature. It puts the other
// playbooks back and removes its own with its firings and deliveries; the moves stay.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { and, eq, inArray, sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { openFromEnv } from "@/db/client";
import { createAutomation, deleteAutomation } from "@/db/mutations/automations";
import { moveCustomer } from "@/db/mutations/moves";
import { automations, organizations, users } from "@/db/schema";
import { findDemoOrg } from "@/db/seed/demo-org";
import { queryRows } from "@/db/sql";
import { startAutomationEngine } from "@/lib/automation/engine";
import { fail, flags } from "./cli";

const args = flags({ moves: { type: "string" } });
const MOVES = Number(args.moves ?? 50);
if (!Number.isSafeInteger(MOVES) || MOVES < 1) fail(`--moves must be a positive whole number, got "${args.moves}"`);
const WAIT_MS = 30_000;

const secret = `whsec_${randomBytes(32).toString("base64")}`;
const verifier = new Webhook(secret);
/** When each customer's POST arrived (by the customer id in the payload), and any that failed verification. */
const received = new Map<string, number>();
let unverified = 0;
const server = createServer((request, response) => {
  let body = "";
  request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
  request.on("end", () => {
    const at = Date.now();
    try {
      const payload = verifier.verify(body, request.headers as Record<string, string>) as { customer: { id: string } };
      received.set(payload.customer.id, at);
    } catch {
      unverified++;
    }
    response.writeHead(200).end();
  });
});
const url = await new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`)));

const conn = await openFromEnv();
const { db } = conn;
const orgId = (await findDemoOrg(db)) ?? fail("No demo organization: run `npm run db:seed` first.");
let playbookId: string | undefined;
let paused: string[] = [];
let allowedPrivate: boolean | undefined;
let engine: Awaited<ReturnType<typeof startAutomationEngine>> | undefined;
try {
  const [owner] = await db.select().from(users).where(and(eq(users.orgId, orgId), eq(users.email, "owner@demo.test")));
  if (!owner) fail("No demo owner.");
  const movers = await queryRows<{ id: string; version: number }>(
    db,
    sql`select id, version from customers where org_id = ${orgId} and not lost and stage_key = 'engagement' order by id limit ${MOVES}`,
  );
  if (movers.length < MOVES) fail(`only ${movers.length} customers in engagement for ${MOVES} moves`);

  const [org] = await db.select({ allow: organizations.allowPrivateWebhooks }).from(organizations).where(eq(organizations.id, orgId));
  allowedPrivate = org?.allow ?? false;
  await db.update(organizations).set({ allowPrivateWebhooks: true }).where(eq(organizations.id, orgId));
  paused = (
    await db
      .update(automations)
      .set({ enabled: false })
      .where(and(eq(automations.orgId, orgId), eq(automations.enabled, true)))
      .returning({ id: automations.id })
  ).map((a) => a.id);
  const playbook = await createAutomation(db, {
    orgId,
    userId: owner.id,
    input: { name: "bench webhook", enabled: true, trigger: { type: "stage_entered", stage: "consideration" }, actions: [{ type: "webhook", url, secret }], filter: {}, runCap: 1000 },
  });
  playbookId = playbook.id;
  engine = await startAutomationEngine(conn);

  const moved = new Map<string, number>();
  for (const customer of movers) {
    await delay(Math.random() * 2000);
    moved.set(customer.id, Date.now());
    await moveCustomer(db, { orgId, actorId: owner.id, customerId: customer.id, to: "consideration", version: customer.version });
    const deadline = Date.now() + WAIT_MS;
    while (!received.has(customer.id) && Date.now() < deadline) await delay(5);
  }

  // When the engine ran each firing and wrote its delivery to the outbox (the database's clock, this machine's).
  const queued = await queryRows<{ customer_id: string; created_at: Date }>(
    db,
    sql`select payload->'customer'->>'id' as customer_id, created_at from webhook_deliveries where org_id = ${orgId} and automation_id = ${playbook.id}`,
  );
  const outboxAt = new Map(queued.map((q) => [q.customer_id, new Date(q.created_at).getTime()]));
  const spans = { total: [] as number[], toOutbox: [] as number[], toReceiver: [] as number[] };
  for (const [id, at] of moved) {
    const got = received.get(id);
    const out = outboxAt.get(id);
    if (got === undefined || out === undefined) continue;
    spans.total.push(got - at);
    spans.toOutbox.push(out - at);
    spans.toReceiver.push(got - out);
  }
  const at = (samples: number[], q: number) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))] ?? NaN;
  const line = (label: string, samples: number[]) =>
    console.log(`${label.padEnd(40)} p50 ${at(samples, 0.5).toFixed(0).padStart(5)} ms  p95 ${at(samples, 0.95).toFixed(0).padStart(5)} ms  max ${at(samples, 1).toFixed(0).padStart(5)} ms`);
  console.log(`${conn.engine}: ${MOVES} moves, ${spans.total.length} POSTs received and verified, ${unverified} unverified`);
  line("move → receiver got the signed POST", spans.total);
  line("  move → delivery in the outbox", spans.toOutbox);
  line("  outbox → receiver", spans.toReceiver);
} finally {
  await engine?.stop();
  if (playbookId) await deleteAutomation(db, { orgId, id: playbookId });
  if (paused.length) await db.update(automations).set({ enabled: true }).where(and(eq(automations.orgId, orgId), inArray(automations.id, paused)));
  if (allowedPrivate !== undefined) await db.update(organizations).set({ allowPrivateWebhooks: allowedPrivate }).where(eq(organizations.id, orgId));
  await conn.close();
  server.close();
  server.closeAllConnections();
}
