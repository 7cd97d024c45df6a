import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
import { and, eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, expect, it } from "vitest";
import { runPendingFirings } from "@/db/mutations/automation-firings";
import { createAutomation } from "@/db/mutations/automations";
import { moveCustomer } from "@/db/mutations/moves";
import { relayQueued } from "@/db/mutations/outbox";
import { webhookOutbox, type DeliveryRef } from "@/db/mutations/webhook-deliveries";
import { organizations, webhookDeliveries } from "@/db/schema";
import { startAutomationEngine } from "@/lib/automation/engine";
import { attemptDelivery, GIVE_UP_AFTER_MS } from "@/lib/automation/webhook";
import { describeOnEngines } from "../support/engines";
import { createTestCustomer, createTestOrg } from "../support/factories";

/** A local receiver answering each request with the next status of `script` (then 200). */
function receiver() {
  const received: { headers: IncomingHttpHeaders; body: string; at: number }[] = [];
  const script: number[] = [];
  const server: Server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    request.on("end", () => {
      received.push({ headers: request.headers, body, at: Date.now() });
      response.writeHead(script.shift() ?? 200).end();
    });
  });
  return {
    received,
    script,
    start: () => new Promise<string>((resolve) => server.listen(0, "127.0.0.1", () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`))),
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

const secret = () => `whsec_${randomBytes(32).toString("base64")}`;
const verify = (key: string, request: { headers: IncomingHttpHeaders; body: string }) =>
  new Webhook(key).verify(request.body, {
    "webhook-id": String(request.headers["webhook-id"]),
    "webhook-timestamp": String(request.headers["webhook-timestamp"]),
    "webhook-signature": String(request.headers["webhook-signature"]),
  });

describeOnEngines("automation: webhooks", (conn) => {
  const hook = receiver();
  let url = "";
  let org: Awaited<ReturnType<typeof createTestOrg>>;
  beforeAll(async () => {
    url = await hook.start();
    org = await createTestOrg(conn().db);
    await conn().db.update(organizations).set({ allowPrivateWebhooks: true }).where(eq(organizations.id, org.orgId));
  });
  afterAll(() => hook.stop());

  /** A playbook sending a webhook on entering `stage`, and a customer moved there: the delivery its firing queued. */
  async function queuedDelivery(stage: string, key: string) {
    const { db } = conn();
    await createAutomation(db, {
      orgId: org.orgId,
      userId: org.ownerId,
      input: { name: `hook ${stage}`, enabled: true, trigger: { type: "stage_entered", stage }, actions: [{ type: "webhook", url, secret: key }], filter: {}, runCap: 1000 },
    });
    const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId, name: "Rivka" });
    await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: stage, version: 1 });
    await runPendingFirings(db);
    const refs: DeliveryRef[] = [];
    await relayQueued(db, webhookOutbox, async (ref) => void refs.push(ref));
    expect(refs).toHaveLength(1);
    return { ref: refs[0] as DeliveryRef, customerId: c.id };
  }

  const deliveryOf = async (ref: DeliveryRef) =>
    (await conn().db.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.orgId, ref.orgId), eq(webhookDeliveries.id, ref.id))))[0];

  it("signs every attempt with the same webhook-id, retries after a 500 and stops at the first 2xx", async () => {
    const key = secret();
    const { ref, customerId } = await queuedDelivery("engagement", key);
    const before = hook.received.length;
    hook.script.push(500);
    expect(await attemptDelivery(conn().db, ref)).toBe("retry");
    expect(await attemptDelivery(conn().db, ref)).toBe("done");
    expect(await attemptDelivery(conn().db, ref)).toBe("done");
    const requests = hook.received.slice(before);
    expect(requests).toHaveLength(2);
    expect(requests.map((r) => r.headers["webhook-id"])).toEqual([ref.id, ref.id]);
    for (const request of requests) expect(verify(key, request)).toMatchObject({ type: "automation.fired", customer: { id: customerId, name: "Rivka", stage: "engagement" } });
    expect(() => verify(secret(), requests[0] ?? { headers: {}, body: "" })).toThrow();
    expect(await deliveryOf(ref)).toMatchObject({ status: "done", attempts: [{ status: 500 }, { status: 200 }] });
  });

  it("gives up after 24 hours, and refuses a private target the organization does not allow without calling it", async () => {
    const { ref } = await queuedDelivery("consideration", secret());
    hook.script.push(503);
    const created = (await deliveryOf(ref))?.createdAt ?? new Date();
    expect(await attemptDelivery(conn().db, ref, new Date(created.getTime() + GIVE_UP_AFTER_MS + 1000))).toBe("failed");
    expect(await deliveryOf(ref)).toMatchObject({ status: "failed", attempts: [{ status: 503 }] });

    const { ref: closed } = await queuedDelivery("conversion", secret());
    await conn().db.update(organizations).set({ allowPrivateWebhooks: false }).where(eq(organizations.id, org.orgId));
    const before = hook.received.length;
    expect(await attemptDelivery(conn().db, closed)).toBe("failed");
    expect(hook.received.length).toBe(before);
    expect(await deliveryOf(closed)).toMatchObject({ status: "failed", attempts: [{ status: null, error: "private_target" }] });
    await conn().db.update(organizations).set({ allowPrivateWebhooks: true }).where(eq(organizations.id, org.orgId));
  });

  it("the engine delivers through pg-boss and retries a failed attempt within 10 s", { timeout: 60_000 }, async () => {
    const { db } = conn();
    const key = secret();
    await createAutomation(db, {
      orgId: org.orgId,
      userId: org.ownerId,
      input: { name: "hook retention", enabled: true, trigger: { type: "stage_entered", stage: "retention" }, actions: [{ type: "webhook", url, secret: key }], filter: {}, runCap: 1000 },
    });
    const engine = await startAutomationEngine(conn());
    try {
      const before = hook.received.length;
      hook.script.push(502);
      const c = await createTestCustomer(db, { orgId: org.orgId, actorId: org.salesId, ownerId: org.salesId });
      await moveCustomer(db, { orgId: org.orgId, actorId: org.salesId, customerId: c.id, to: "retention", version: 1 });
      const deadline = Date.now() + 45_000;
      while (hook.received.length < before + 2 && Date.now() < deadline) await delay(250);
      const [first, second] = hook.received.slice(before);
      expect(second?.headers["webhook-id"]).toBe(first?.headers["webhook-id"]);
      expect((second?.at ?? Infinity) - (first?.at ?? 0)).toBeLessThan(10_000);
      expect(verify(key, second ?? { headers: {}, body: "" })).toMatchObject({ customer: { id: c.id } });
    } finally {
      await engine.stop();
    }
  });
});
